import type { IncomingMessage, ServerResponse } from "node:http";
import { verifyRestRequest } from "./rest-auth";
import {
  getChannel,
  getChannels,
  getChannelUsers,
  postBatchEvents,
  postEvents,
  postTerminateUser,
  type RestDeps,
  type RestResult,
} from "./rest-routes";

// HTTP plumbing for the REST API: body limits, query parsing, signature check, routing, JSON replies.

export type HttpApiOptions = RestDeps & { appId: string; key: string; secret: string; log: (msg: string) => void };

/** Hard cap on request bodies; per-event data limits (10 KB → 413) are checked in the routes. */
const MAX_BODY_BYTES = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, { status, body }: RestResult): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Over the cap we keep draining (and dropping) the body so the 413 reply can still be delivered.
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => (size > MAX_BODY_BYTES ? reject(new HttpError(413, "Request body too large")) : resolve(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new HttpError(400, "Malformed percent-encoding");
  }
};

/** Manual parse: the SDK signs raw values and `+` must stay a `+`, which URLSearchParams would turn into a space. */
function parseQuery(search: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const part of search.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const k = eq < 0 ? part : part.slice(0, eq);
    params[decode(k)] = eq < 0 ? "" : decode(part.slice(eq + 1));
  }
  return params;
}

function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString("utf8")) as unknown;
  } catch {
    throw new HttpError(400, "Body is not valid JSON");
  }
}

function route(opts: HttpApiOptions, method: string, segments: string[], query: Record<string, string>, raw: Buffer): RestResult {
  const [head, a, b, c] = segments;
  const only = (m: string, run: () => RestResult): RestResult =>
    method === m ? run() : { status: 405, body: { error: `Use ${m}` } };
  if (head === "events" && a === undefined) return only("POST", () => postEvents(opts, parseJsonBody(raw)));
  if (head === "batch_events" && a === undefined) return only("POST", () => postBatchEvents(opts, parseJsonBody(raw)));
  if (head === "channels" && a === undefined) return only("GET", () => getChannels(opts, query));
  if (head === "channels" && a !== undefined && b === undefined) return only("GET", () => getChannel(opts, a, query));
  if (head === "channels" && a !== undefined && b === "users" && c === undefined) return only("GET", () => getChannelUsers(opts, a));
  if (head === "users" && a !== undefined && b === "terminate_connections" && c === undefined) {
    return only("POST", () => postTerminateUser(opts, a));
  }
  return { status: 404, body: { error: "Not found" } };
}

async function handle(opts: HttpApiOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const rawPath = q < 0 ? url : url.slice(0, q);
  const query = parseQuery(q < 0 ? "" : url.slice(q + 1));
  const segments = rawPath.split("/").slice(1).map(decode);
  if (segments[0] !== "apps" || segments[1] === undefined) return sendJson(res, { status: 404, body: { error: "Not found" } });
  if (segments[1] !== opts.appId) return sendJson(res, { status: 404, body: { error: "Unknown app" } });

  const raw = await readBody(req);
  const method = (req.method ?? "GET").toUpperCase();
  const decodedPath = "/" + segments.join("/");
  const auth = verifyRestRequest({
    method,
    paths: decodedPath === rawPath ? [rawPath] : [rawPath, decodedPath],
    params: query,
    rawBody: raw,
    key: opts.key,
    secret: opts.secret,
    nowSec: Math.floor(Date.now() / 1000),
  });
  if (!auth.ok) return sendJson(res, { status: 401, body: { error: auth.error } });
  sendJson(res, route(opts, method, segments.slice(2), query, raw));
}

export function createHttpApi(opts: HttpApiOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(opts, req, res).catch((err: unknown) => {
      if (err instanceof HttpError) return sendJson(res, { status: err.status, body: { error: err.message } });
      opts.log(`http api error: ${(err as Error).stack ?? String(err)}`);
      sendJson(res, { status: 500, body: { error: "Internal server error" } });
    });
  };
}
