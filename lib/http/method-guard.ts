import http from "node:http";
import { ALLOWED_METHODS } from "./edge-checks";

const globalForGuard = globalThis as unknown as { __methodGuard?: boolean };

/**
 * Answers methods we do not serve (TRACE above all) with a JSON 405 at the HTTP server itself.
 * Next builds a fetch Request for the proxy and every handler, and fetch refuses TRACE outright,
 * which surfaced as a plain-text 500 before any of our code could run.
 */
export function installMethodGuard(): void {
  if (globalForGuard.__methodGuard) return;
  globalForGuard.__methodGuard = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (req.method && !ALLOWED_METHODS.includes(req.method)) {
        const body = JSON.stringify({ error: "Method not allowed", code: "METHOD_NOT_ALLOWED" });
        res.writeHead(405, {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
          Allow: ALLOWED_METHODS.join(", "),
          "Cache-Control": "no-store",
          "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
          "X-Content-Type-Options": "nosniff",
          "X-Frame-Options": "DENY",
        });
        res.end(body);
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
