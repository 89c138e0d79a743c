// Entry of auth-dialog.html (webpack entry "auth-dialog"). Runs inside the Office dialog window.
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { readBuildConfig } from "../../../config";
import { runAuthDialog } from "./run-auth-dialog";

void Office.onReady(() =>
  runAuthDialog({
    config: readBuildConfig(),
    createClient: (configuration) => createStandardPublicClientApplication(configuration),
    messageParent: (message) => Office.context.ui.messageParent(message),
    search: window.location.search,
    redirectUri: `${window.location.origin}${window.location.pathname}`,
  }),
);
