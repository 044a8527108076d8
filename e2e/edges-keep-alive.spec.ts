import http from "node:http";
import { expect, test } from "./fixtures";

// A client that reuses an idle keep-alive socket must find it open: Node's default closes it after
// 5 s, and a request sent in that instant fails with ECONNRESET before it reaches the app
// (scripts/next-server.ts keeps idle sockets 65 s, past browsers' and proxies' own limits).

function get(agent: http.Agent, baseURL: string, path: string): Promise<{ status: number; reused: boolean }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.get({ host: url.hostname, port: url.port, path: url.pathname, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on("error", reject);
  });
}

test("an idle keep-alive socket is still open after 6 s and serves the next request", async ({ baseURL }) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const first = await get(agent, baseURL!, "/api/public/hotel/grand-harbour/booking/");
    expect(first).toEqual({ status: 401, reused: false });
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await get(agent, baseURL!, "/api/public/hotel/grand-harbour/booking/")).toEqual({ status: 401, reused: true });
  } finally {
    agent.destroy();
  }
});
