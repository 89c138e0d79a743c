// Two builds from one config:
//   production (`npm run build`)          → dist/: the taskpane Outlook loads, office.js from Microsoft's CDN, CSP meta tag.
//   demo (`webpack --env demo`, DIALBACK_DEMO=1) → dist-demo/: the simulated Outlook host page (index.html) with the
//       taskpane mounted beside the reading pane, the Graph emulator behind msw's service worker, no office.js, no sign-in.
// The demo switch is a build-time constant, so the production bundle never contains the demo token path.
const path = require("node:path");
const fs = require("node:fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The taskpane's Content-Security-Policy: our own scripts and office.js's; Graph and Entra ID for data and sign-in.
 * office.js's Outlook host scripts load MicrosoftAjax.js from ajax.aspnetcdn.com and post office.js's telemetry to
 * browser.pipe.aria.microsoft.com. The list and its sources: test/privacy/officeJsHosts.ts (issue 16.5).
 */
function contentSecurityPolicy() {
  const scriptSrc = "'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com";
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    // Fluent UI (Griffel) inserts its atomic CSS rules at run time.
    "style-src 'self' 'unsafe-inline' https://appsforoffice.microsoft.com",
    "img-src 'self' data: https://appsforoffice.microsoft.com",
    "font-src 'self' data:",
    "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com https://browser.pipe.aria.microsoft.com",
    // office.js talks to the Outlook host through hidden frames from Microsoft's domains.
    "frame-src 'self' https://login.microsoftonline.com https://*.office.com https://*.office365.com https://*.officeapps.live.com https://*.microsoft.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

module.exports = (env = {}, argv = {}) => {
  const demo = Boolean(env.demo) || process.env.DIALBACK_DEMO === "1";
  const mode = argv.mode || "production";
  const production = mode === "production";
  const outDir = path.resolve(__dirname, env.out || (demo ? "dist-demo" : "dist"));
  const hasAuthDialog = fs.existsSync(path.resolve(__dirname, "src/office/auth/dialog/index.ts"));

  // The demo host mounts the same App in its own page, over the simulated Office object; the Outlook entry
  // (taskpane) never imports demo code, and the demo build has no taskpane.html of its own.
  const entry = demo ? { host: "./src/dev/host/index.tsx" } : { taskpane: "./src/taskpane/index.tsx" };
  if (hasAuthDialog && !demo) entry["auth-dialog"] = "./src/office/auth/dialog/index.ts";

  const page = (filename, chunk, title, extra = {}) =>
    new HtmlWebpackPlugin({
      filename,
      chunks: [chunk],
      template: path.resolve(__dirname, "src/taskpane/page.html"),
      templateParameters: { title, csp: extra.csp || "", officeJs: extra.officeJs || "", rootId: extra.rootId || "root" },
      scriptLoading: "defer",
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
    });

  const plugins = [
    new webpack.DefinePlugin({
      "process.env.DIALBACK_DEMO": JSON.stringify(demo ? "1" : ""),
      "process.env.DIALBACK_CLIENT_ID": JSON.stringify(process.env.DIALBACK_CLIENT_ID || ""),
      "process.env.DIALBACK_AUTHORITY": JSON.stringify(
        process.env.DIALBACK_AUTHORITY || "https://login.microsoftonline.com/common",
      ),
    }),
  ];
  if (!demo) plugins.push(page("taskpane.html", "taskpane", "Dialback", { csp: contentSecurityPolicy(), officeJs: OFFICE_JS_CDN }));
  if (demo) {
    plugins.push(
      page("index.html", "host", "Outlook (simulated) – Dialback demo", { rootId: "host-root" }),
      // msw's worker must be served from the site root so its scope covers the host page and the taskpane iframe.
      new CopyWebpackPlugin({
        patterns: [{ from: require.resolve("msw/mockServiceWorker.js"), to: "mockServiceWorker.js" }],
      }),
    );
  }
  if (entry["auth-dialog"]) {
    // The sign-in dialog page (Office dialog fallback of the auth module): office.js plus its own chunk.
    const template = path.resolve(__dirname, "src/office/auth/dialog/auth-dialog.html");
    plugins.push(
      fs.existsSync(template)
        ? new HtmlWebpackPlugin({
            filename: "auth-dialog.html",
            chunks: ["auth-dialog"],
            template,
            scriptLoading: "defer",
            minify: production ? { collapseWhitespace: true, removeComments: true } : false,
          })
        : page("auth-dialog.html", "auth-dialog", "Dialback – sign in", { csp: contentSecurityPolicy(), officeJs: OFFICE_JS_CDN }),
    );
  }
  if (fs.existsSync(path.resolve(__dirname, "assets"))) {
    plugins.push(new CopyWebpackPlugin({ patterns: [{ from: "assets", to: "assets" }] }));
  }

  return {
    mode,
    entry,
    target: "web",
    // Separate source maps in production (no sourceMappingURL comment shipped to users is not required: maps are files).
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:10].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:10].js" : "[name].js",
      assetModuleFilename: "assets/[name].[contenthash:10][ext]",
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js", ".mjs"],
      // Sources use Node16 ESM-style specifiers ("./x.js") that point at .ts files.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, buffer: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
        { test: /\.(png|svg|ico)$/, type: "asset/resource" },
      ],
    },
    plugins,
    performance: { hints: false }, // the budget is checked by scripts/check-bundle-size.js on gzip bytes
    optimization: {
      splitChunks: { chunks: "all" },
      runtimeChunk: false,
    },
    stats: "errors-warnings",
  };
};
