// Chooses how the add-in gets tokens. The demo token is used only when the build asked for it
// explicitly: webpack's demo build defines DIALBACK_DEMO="1"; the add-in build (dist/) defines "",
// so the add-in Outlook loads always signs in for real.
import { readBuildConfig, type BuildConfig } from "../../config";
import { DemoTokenProvider } from "./demo-token-provider";
import { MsalTokenProvider } from "./msal-token-provider";
import { officeAuthHost } from "./office-host";
import type { MsalFactory, OfficeAuthHost, TokenProvider } from "./types";

export interface TokenProviderDeps {
  msal?: MsalFactory;
  office?: OfficeAuthHost;
  /** Absolute URL of auth-dialog.html; defaults to the page next to the current one. */
  dialogPageUrl?: string;
  now?: () => number;
}

export const AUTH_DIALOG_PAGE = "auth-dialog.html";

/** Loads MSAL on first sign-in, so it is a separate chunk and not part of the taskpane's first download. */
export const browserMsalFactory: MsalFactory = {
  createNestable: async (configuration) => {
    const msal = await import("@azure/msal-browser");
    return msal.createNestablePublicClientApplication(configuration);
  },
};

export function createTokenProvider(config: BuildConfig = readBuildConfig(), deps: TokenProviderDeps = {}): TokenProvider {
  if (config.demo) return new DemoTokenProvider();
  return new MsalTokenProvider(config, {
    msal: deps.msal ?? browserMsalFactory,
    office: deps.office ?? globalOfficeHost(),
    dialogPageUrl: deps.dialogPageUrl ?? defaultDialogPageUrl(),
    now: deps.now,
  });
}

function defaultDialogPageUrl(): string {
  const here = typeof location !== "undefined" ? location.href : "https://localhost:3000/";
  return new URL(AUTH_DIALOG_PAGE, here).toString();
}

/** Resolves the Office global when used, not when created: office.js may still be loading. */
function globalOfficeHost(): OfficeAuthHost {
  const current = (): OfficeAuthHost | null => (typeof Office !== "undefined" && Office.context ? officeAuthHost(Office) : null);
  return {
    isSetSupported: (name, minVersion) => current()?.isSetSupported(name, minVersion) ?? false,
    loginHint: () => current()?.loginHint(),
    displayDialog(url, options, callback) {
      const host = current();
      if (host === null) {
        callback({ ok: false, code: -1, message: "Office is not available on this page." });
        return;
      }
      host.displayDialog(url, options, callback);
    },
  };
}
