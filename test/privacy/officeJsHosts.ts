// The hosts the production taskpane's Content-Security-Policy allows for scripts and connections, each with
// the reason it is there (issue 16.5). Microsoft publishes no canonical CSP list for office.js
// (OfficeDev/office-js#1005 and OfficeDev/office-js-docs-pr#721 are open requests for one), so the office.js
// entries come from what current office.js is reported to load and call.

export interface AllowedHost {
  origin: string;
  why: string;
  source: string;
}

export const SCRIPT_HOSTS: AllowedHost[] = [
  { origin: "'self'", why: "our own bundles", source: "webpack.config.js" },
  {
    origin: "https://appsforoffice.microsoft.com",
    why: "office.js itself and the host scripts it loads next (outlook-web-16.01.js, outlook-win32-16.02.js, locale strings)",
    source: "https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn; stack traces in microsoft/MHA#125",
  },
  {
    origin: "https://ajax.aspnetcdn.com",
    why: "office.js's Outlook host scripts load https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js and fail to initialise without it",
    source: "microsoft/MHA#125 (the loader code), OfficeDev/office-js#4131 (2024), #5518 and #5733 (2025)",
  },
];

export const CONNECT_HOSTS: AllowedHost[] = [
  { origin: "'self'", why: "our own chunks and assets", source: "webpack.config.js" },
  { origin: "https://graph.microsoft.com", why: "every Graph call", source: "src/graph/client.ts DEFAULT_GRAPH_BASE_URL" },
  { origin: "https://login.microsoftonline.com", why: "MSAL token requests in the sign-in dialog fallback", source: "src/config, src/office/auth" },
  {
    origin: "https://browser.pipe.aria.microsoft.com",
    why: "office.js posts its own usage telemetry here (the add-in sends nothing of its own)",
    source: "OfficeDev/office-js#61; listed in OfficeDev/office-js#1005",
  },
];
