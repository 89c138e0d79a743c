// Public entry of the build-time configuration (client id, authority, Graph scopes, demo switch).
export { GRAPH_SCOPES, DEFAULT_AUTHORITY, configFromEnv, readBuildConfig } from "./build-config";
export type { BuildConfig, BuildEnv, GraphScope } from "./build-config";
