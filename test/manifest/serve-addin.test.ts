// scripts/serve-addin.js, the HTTPS server `npm run start:outlook` uses: serves the build with the
// right types and caching, and nothing outside it. Runs with a throwaway self-signed certificate.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const haveOpenssl = spawnSync("openssl", ["version"]).status === 0;
const describeWithOpenssl = haveOpenssl ? describe : describe.skip;
if (!haveOpenssl) console.warn("serve-addin tests skipped: openssl is not installed");

function get(port: number, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    // The path is sent as written (no normalisation), like a hostile client would.
    const req = request({ host: "localhost", port, path, rejectUnauthorized: false }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describeWithOpenssl("scripts/serve-addin.js", () => {
  let dir: string;
  let server: ChildProcess;
  const port = 3400 + Math.floor(Math.random() * 500);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "dialback-serve-"));
    const site = join(dir, "site");
    mkdirSync(join(site, "assets"), { recursive: true });
    writeFileSync(join(site, "taskpane.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(site, "taskpane.0123456789.js"), "console.log(1)");
    writeFileSync(join(dir, "secret.txt"), "outside the site");
    const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")]);
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
    server = spawn(process.execPath, [join(ROOT, "scripts", "serve-addin.js"), "--port", String(port), "--dir", site, "--cert", join(dir, "cert.pem"), "--key", join(dir, "key.pem")]);
    await new Promise<void>((ready, fail) => {
      server.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("served") && ready());
      server.on("exit", (code) => fail(new Error(`server exited with ${code}`)));
    });
  });

  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves pages uncached and content-hashed bundles as immutable", async () => {
    const page = await get(port, "/taskpane.html");
    expect(page).toMatchObject({ status: 200, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" } });
    const bundle = await get(port, "/taskpane.0123456789.js");
    expect(bundle.headers["cache-control"]).toContain("immutable");
    expect(bundle.headers["x-content-type-options"]).toBe("nosniff");
  });

  it.each(["/../secret.txt", "/..%2fsecret.txt", "/assets/..%2f..%2fsecret.txt", "/%2e%2e/secret.txt"])("does not serve %s from outside the build", async (path) => {
    const response = await get(port, path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain("outside the site");
  });

  it("answers 404 for a missing file", async () => {
    expect((await get(port, "/nope.js")).status).toBe(404);
  });
});
