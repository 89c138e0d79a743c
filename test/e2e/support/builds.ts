// The browser tests run against real builds: dist/ (production, made by the test command's build step)
// and dist-demo/ (the demo host), built here when missing or older than the sources.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!entry.name.includes(".test.")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isStale(outDir: string, page: string): boolean {
  const built = path.join(ROOT, outDir, page);
  if (!existsSync(built)) return true;
  const sources = Math.max(newestMtime(path.join(ROOT, "src")), statSync(path.join(ROOT, "webpack.config.js")).mtimeMs);
  return statSync(built).mtimeMs < sources;
}

export function ensureBuild(kind: "demo" | "production"): string {
  const outDir = kind === "demo" ? "dist-demo" : "dist";
  const page = kind === "demo" ? "index.html" : "taskpane.html";
  if (isStale(outDir, page)) {
    const args = ["webpack", "--mode", "production", ...(kind === "demo" ? ["--env", "demo"] : [])];
    execFileSync("npx", args, { cwd: ROOT, stdio: "inherit" });
  }
  return path.join(ROOT, outDir);
}
