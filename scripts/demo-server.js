#!/usr/bin/env node
// Static server for the demo build (dist-demo/): the simulated Outlook host at "/", the taskpane at
// /taskpane.html, msw's service worker at /mockServiceWorker.js. Port 3000, or the next free one.
// Usage: node scripts/demo-server.js [dir] [--port N]
// As a module: startDemoServer({ dir, port }) → { url, close() } (used by the browser tests and bench:ui).
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

function handler(root) {
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(root, "." + rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
        return;
      }
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      // Hashed bundles may be cached; pages and the service worker must not be, so a rebuild is picked up.
      const cache = /\.[0-9a-f]{10}\.js$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
      res.writeHead(200, { "Content-Type": type, "Cache-Control": cache, "X-Content-Type-Options": "nosniff" });
      res.end(data);
    });
  };
}

function listen(server, port, host, triesLeft) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off("listening", onListening);
      if (err.code === "EADDRINUSE" && triesLeft > 0) resolve(listen(server, port + 1, host, triesLeft - 1));
      else reject(err);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/** Starts the server; port 0 picks any free port. */
async function startDemoServer({ dir = "dist-demo", port = 3000, host = "127.0.0.1" } = {}) {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, "index.html")) && !fs.existsSync(path.join(root, "taskpane.html"))) {
    throw new Error(`${root} has no build; run npm run build:demo first`);
  }
  const server = http.createServer(handler(root));
  const actual = await listen(server, port, host, port === 0 ? 0 : 20);
  return {
    url: `http://localhost:${actual}/`,
    port: actual,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

module.exports = { startDemoServer };

if (require.main === module) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf("--port");
  const port = portFlag >= 0 ? Number(args[portFlag + 1]) : Number(process.env.PORT ?? 3000);
  const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--port") ?? "dist-demo";
  startDemoServer({ dir, port, host: process.env.HOST ?? "127.0.0.1" }).then(
    (s) => {
      console.log(`\nDialback demo: ${s.url}\n(simulated Outlook on the in-browser Graph emulator; Ctrl+C to stop)\n`);
    },
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
