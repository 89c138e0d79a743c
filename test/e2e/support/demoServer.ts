import path from "node:path";
import { ROOT } from "./builds";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

// scripts/demo-server.js is plain Node so `npm run demo` needs no TypeScript step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startDemoServer } = require(path.join(ROOT, "scripts/demo-server.js")) as {
  startDemoServer(options: { dir: string; port?: number }): Promise<RunningServer>;
};

export function serve(dir: string): Promise<RunningServer> {
  return startDemoServer({ dir, port: 0 });
}
