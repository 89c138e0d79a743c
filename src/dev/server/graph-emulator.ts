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

async function main(args: string[]): Promise<void> {
  if (args.includes("--help")) {
    console.log("usage: graph-emulator [--port N] [--host H] [--variant standard|customTimeZone|iana] [--now ISO] [--bulk N]");
    return;
  }
  const port = Number(argValue(args, "--port") ?? 4000);
  const now = argValue(args, "--now");
  const variant = argValue(args, "--variant") as "standard" | "customTimeZone" | "iana" | undefined;
  const emulator = createEmulator({ now: now ? new Date(now) : undefined, variant });
  const bulk = Number(argValue(args, "--bulk") ?? 0);
  if (bulk > 0) {
    const extra = generateBulkMailbox({ now: now ? new Date(now) : undefined, messages: bulk });
    emulator.state.messages.push(...extra.messages);
    emulator.state.events.push(...extra.events);
  }
  const { url } = await startGraphEmulatorServer({ port, host: argValue(args, "--host") ?? "127.0.0.1", emulator });
  console.log(`Graph emulator listening on ${url} (${emulator.state.messages.length} messages, ${emulator.state.events.length} events)`);
  console.log(`Try: curl -H "Authorization: Bearer dev" ${url}/me`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
