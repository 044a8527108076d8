// The app's HTTP server: Next.js behind a plain Node server that, before Next sees a request,
// pins X-Forwarded-For to the socket's address (unless TRUST_PROXY=true), because Next keeps a
// client-sent header as is and gives handlers no other way to learn the real client address;
// and drops an unsafe Auth.js callback-url cookie, which would make `auth()` read a valid staff
// session as signed out. Started by scripts/start.ts. With APP_HEAP_REPORT set (the soak), SIGUSR2
// writes the heap after a full collection (scripts/heap-report.ts).
import http, { type IncomingMessage } from "node:http";
import next from "next";
import { cookieHeaderWithoutBadCallbackUrl } from "@/lib/auth/callback-url";
import { pinForwardedFor } from "@/lib/auth/client-ip";
import { installHeapReport } from "./heap-report";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const trustProxy = process.env.TRUST_PROXY === "true";

const app = next({ dev, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();
const upgrade = app.getUpgradeHandler();

function prepare(req: IncomingMessage) {
  pinForwardedFor(req, trustProxy);
  const cookie = cookieHeaderWithoutBadCallbackUrl(req.headers.cookie ?? null, req.headers.host ?? null);
  if (cookie !== null) req.headers.cookie = cookie;
}

const server = http.createServer((req, res) => {
  prepare(req);
  void handle(req, res);
});
server.on("upgrade", (req, socket, head) => {
  prepare(req);
  void upgrade(req, socket, head);
});
// Node closes an idle keep-alive socket after 5 s; a client (a browser, a proxy, a test's request
// context) that reuses it in that instant gets ECONNRESET on a request that never reached us.
// Idle sockets outlive the clients' and proxies' own idle limits (60 s at common load balancers).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => console.log(`Ready on http://localhost:${port}`));

async function stop() {
  server.close();
  await app.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
installHeapReport();
