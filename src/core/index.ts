// Public entry of the pure core: everything the CLI, Graph layer and taskpane may use.
export * from "./types";
