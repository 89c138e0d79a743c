// Public entry of the pure core: everything the CLI, Graph layer and taskpane may use.
export * from "./types";
export * from "./carecalls";
export * from "./responsiveness";
export * from "./contacts";
export * from "./scheduling";
export * from "./agenda";
export * from "./compose";
export * from "./booking";
export * from "./proposal";
export * from "./text";
export * from "./mime";
export * from "./phones";
export * from "./signature";
export * from "./extract";
