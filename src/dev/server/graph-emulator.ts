// The Graph emulator as a standalone HTTP server: `npm run graph-emulator -- --port 4000`, then point any
// Graph client at http://localhost:4000/v1.0. Same handle() as the jest and browser emulators.
import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";
import { createEmulator, generateBulkMailbox, GraphEmulator } from "../emulator";

export interface ServerOptions {
  port?: number;
  host?: string;
  emulator?: GraphEmulator;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Prefer, ConsistencyLevel, client-request-id",
  "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE, OPTIONS",
  "Access-Control-Expose-Headers": "request-id, client-request-id, Retry-After, Preference-Applied, Location",
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the server; resolves once it listens (port 0 picks a free port). */
export async function startGraphEmulatorServer(options: ServerOptions = {}): Promise<{ server: Server; url: string; emulator: GraphEmulator; close(): Promise<void> }> {
  const emulator = options.emulator ?? createEmulator();
  const host = options.host ?? "127.0.0.1";
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      if (req.method === "OPTIONS") {
        res.writeHead(204, CORS).end();
        return;
      }
      const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const origin = `http://${req.headers.host ?? `${host}:${(server.address() as AddressInfo).port}`}`;
      const request = new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, body: body && body.length ? new Uint8Array(body) : undefined });
      const response = await emulator.handle(request);
      if (response.type === "error") {
        // Fault injection asked for a dropped connection: close the socket without an answer.
        req.socket.destroy();
        return;
      }
      const out: Record<string, string> = { ...CORS };
      response.headers.forEach((v, k) => (out[k] = v));
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (err) {
      res.writeHead(500, { "Content-Type": "application/json", ...CORS });
      res.end(JSON.stringify({ error: { code: "InternalServerError", message: String(err) } }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}/v1.0`,
    emulator,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

export interface ServerArgs {
  port: number;
  host: string;
  now?: Date;
  variant?: "standard" | "customTimeZone" | "iana";
  bulk: number;
}

/** `--port N --host H --now ISO --variant standard|customTimeZone|iana --bulk N`; throws on nonsense. */
export function parseServerArgs(args: string[]): ServerArgs {
  const port = Number(argValue(args, "--port") ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected 0..65535, got ${argValue(args, "--port")}`);
  const nowText = argValue(args, "--now");
  const now = nowText ? new Date(nowText) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now: expected an ISO date-time, got ${nowText}`);
  const variant = argValue(args, "--variant");
  if (variant && !["standard", "customTimeZone", "iana"].includes(variant)) throw new Error(`--variant: expected standard, customTimeZone or iana, got ${variant}`);
  const bulk = Number(argValue(args, "--bulk") ?? 0);
  if (!Number.isInteger(bulk) || bulk < 0) throw new Error(`--bulk: expected a number of messages, got ${argValue(args, "--bulk")}`);
  return { port, host: argValue(args, "--host") ?? "127.0.0.1", now, variant: variant as ServerArgs["variant"], bulk };
}

async function main(args: string[]): Promise<void> {
  if (args.includes("--help")) {
    console.log("usage: graph-emulator [--port N] [--host H] [--variant standard|customTimeZone|iana] [--now ISO] [--bulk N]");
    return;
  }
  const opts = parseServerArgs(args);
  const emulator = createEmulator({ now: opts.now, variant: opts.variant });
  if (opts.bulk > 0) {
    const extra = generateBulkMailbox({ now: opts.now, messages: opts.bulk });
    emulator.state.messages.push(...extra.messages);
    emulator.state.events.push(...extra.events);
  }
  const { url } = await startGraphEmulatorServer({ port: opts.port, host: opts.host, emulator });
  console.log(`Graph emulator listening on ${url} (${emulator.state.messages.length} messages, ${emulator.state.events.length} events)`);
  console.log(`Try: curl -H "Authorization: Bearer dev" ${url}/me`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    // Argument and port errors only: the emulator itself never throws mailbox content up to here.
    const reason = err instanceof Error ? err.message : String(err);
    console.error(`graph-emulator: ${reason}`);
    process.exit(2);
  });
}
