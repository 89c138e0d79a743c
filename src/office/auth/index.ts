// Public entry of sign-in. The rest of the add-in asks one question: `provider.getToken()`.
//
//   const tokens = createTokenProvider();            // config read from the build (src/config)
//   const graph = createGraph({ getToken: (o) => tokens.getToken(o) });
//
// Errors are AuthError with a `code` ("cancelled", "interaction-required", "blocked",
// "not-configured", "failed") and a message written for the user.
export { createTokenProvider, browserMsalFactory, AUTH_DIALOG_PAGE } from "./create-token-provider";
export type { TokenProviderDeps } from "./create-token-provider";
export { MsalTokenProvider, NESTED_APP_AUTH } from "./msal-token-provider";
export type { MsalTokenProviderDeps } from "./msal-token-provider";
export { DemoTokenProvider, DEMO_TOKEN } from "./demo-token-provider";
export { AuthError, isAuthError } from "./auth-error";
export type { AuthErrorCode } from "./auth-error";
export { officeAuthHost } from "./office-host";
export type { OfficeNamespaceLike } from "./office-host";
export { EXPIRY_MARGIN_MS } from "./token-cache";
export type {
  AuthDialog,
  DialogOpenResult,
  GetTokenOptions,
  MsalFactory,
  NestedMsalClient,
  OfficeAuthHost,
  TokenGrant,
  TokenProvider,
} from "./types";
