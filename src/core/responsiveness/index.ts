// Responsiveness: how long the client on the open thread has been waiting for the firm's reply.
export {
  waitingForReply,
  workingMillisBetween,
  formatWaiting,
  waitingSinceLabel,
  DEFAULT_NUDGE_WORKING_HOURS,
  DEFAULT_WORKING_HOURS,
} from "./waiting";
export type { ThreadMessageLike, WaitingOptions, WaitingStatus } from "./waiting";
