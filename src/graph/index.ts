// Public entry of the Microsoft Graph layer.
export { createGraph, DEFAULT_GRAPH_BASE_URL, isScheduleRefused, MAX_CONCURRENT_REQUESTS } from "./client";
export type {
  CallOptions,
  CreateGraphOptions,
  FirstPaint,
  FirstPaintInput,
  Graph,
  MeetingSummary,
  PartResult,
  ScheduleQuery,
  SentMessageSummary,
} from "./client";
export { GraphError, graphErrorFromBody, graphErrorFromResponse } from "./errors";
export type { AttemptInfo, ODataErrorBody } from "./errors";
export { MAX_BATCH_PARTS, runBatch } from "./batch";
export type { BatchPart, PartOutcome, PostBatch } from "./batch";
export { ewsToRestId, odataString, restToEwsId, toGraphConversationId, toOfficeConversationId } from "./ids";
export { MESSAGE_SELECT, THREAD_SELECT, sortNewestFirst, toGraphMessage, toMailMessage } from "./messages";
export type { GraphAttachmentInfo, GraphMessage } from "./messages";
export type { GetToken } from "./middleware";
export { DEFAULT_RETRY_POLICY, backoffDelay, isRetriableStatus, parseRetryAfter } from "./retryPolicy";
export type { RetryPolicy } from "./retryPolicy";
export { Semaphore } from "./semaphore";
export { scanPaths } from "./careScan";
export type { ScanOptions } from "./careScan";
