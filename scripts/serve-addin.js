#!/usr/bin/env node
// Serves the built add-in (dist/) over HTTPS at https://localhost:3000, the origin manifest.xml names,
// with the development certificate from office-addin-dev-certs (installed and trusted on first run).
// This is the dev server `npm run start:outlook` hands to office-addin-debugging; see docs/SIDELOAD.md.
//
//   node scripts/serve-addin.js [--port 3000] [--dir dist] [--cert file --key file]
"use strict";

const fs = require("node:fs");
const https = require("node:https");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function tlsOptions() {
  const cert = option("cert");
  const key = option("key");
  if (cert && key) return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  const { getHttpsServerOptions } = require("office-addin-dev-certs");
  return getHttpsServerOptions();
}

/** Maps a URL path to a file under root, or null when it would escape root. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${decoded.endsWith("/") ? `${decoded}taskpane.html` : decoded}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function main() {
  const port = Number(option("port", "3000"));
  const root = path.resolve(__dirname, "..", option("dir", "dist"));
  if (!fs.existsSync(path.join(root, "taskpane.html"))) {
    console.error(`serve-addin: ${path.join(root, "taskpane.html")} not found; run "npm run build" first.`);
    process.exit(1);
  }
  const server = https.createServer(await tlsOptions(), (req, res) => {
    const file = fileFor(root, req.url || "/");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (file === null) {
      res.writeHead(400).end("bad path");
      return;
    }
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      const ext = path.extname(file).toLowerCase();
      res.writeHead(200, {
        "Content-Type": TYPES[ext] || "application/octet-stream",
        "Content-Length": stat.size,
        // Pages are re-read on every open (they name the content-hashed bundles); bundles never change.
        "Cache-Control": ext === ".html" ? "no-cache" : "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  server.listen(port, "localhost", () => {
    console.log(`Dialback add-in served from ${root} at https://localhost:${port}/taskpane.html`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`serve-addin: ${error.message}`);
  process.exit(1);
});
