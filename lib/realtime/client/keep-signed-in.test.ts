import http from "node:http";
import type { AddressInfo } from "node:net";
import PusherJS from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalPusherServer } from "@/lib/realtime/local-server/server";
import { APP, pusherJsOptions, sdkFor, startTestServer, waitUntil } from "@/lib/testing/local-pusher";
import { keepSignedIn } from "./keep-signed-in";

// Against the real local server with a short sign-in deadline, and a user-auth endpoint that
// pusher-js calls over ajax as it calls the app's: it answers late, refuses, or signs.

const DEADLINE_MS = 800;
let server: LocalPusherServer;
beforeAll(async () => {
  server = await startTestServer({ signinTimeoutMs: DEADLINE_MS });
});
afterAll(async () => server.close());

type Answer = "late" | 403 | 503 | "sign";

async function userAuthEndpoint(answers: Answer[]) {
  let calls = 0;
  const endpoint = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += String(c)));
    req.on("end", () => {
      calls++;
      const answer = answers.shift() ?? "sign";
      const sign = () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sdkFor(server).authenticateUser(new URLSearchParams(body).get("socket_id")!, { id: "guest-kept" })));
      if (answer === "sign") return sign();
      if (answer === "late") return void setTimeout(sign, DEADLINE_MS * 2); // past the server's deadline
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => endpoint.listen(0, "127.0.0.1", r));
  const client = new PusherJS(APP.key, { ...pusherJsOptions(server), userAuthentication: { endpoint: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/user-auth`, transport: "ajax" } });
  let signedIn = 0;
  // pusher-js tells only its connection's listeners that the server accepted the sign-in.
  client.connection.bind("message", (e: { event?: string }) => void (e.event === "pusher:signin_success" && signedIn++));
  client.connection.bind("connected", () => client.signin());
  const stop = keepSignedIn(client, 200);
  return {
    client,
    calls: () => calls,
    signedIn: () => signedIn,
    close: async () => {
      stop();
      client.disconnect();
      await new Promise((r) => endpoint.close(r));
    },
  };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("keepSignedIn", () => {
  it("connects again after the server's sign-in deadline closed a socket whose sign-in came late", async () => {
    const t = await userAuthEndpoint(["late", "sign"]);
    try {
      await waitUntil(() => (t.signedIn() > 0 ? true : undefined), "signed in on the second socket");
      expect(t.calls()).toBe(2);
      expect(t.client.connection.state).toBe("connected");
    } finally {
      await t.close();
    }
  });

  it("connects again after a passing sign-in failure (503)", async () => {
    const t = await userAuthEndpoint([503, "sign"]);
    try {
      await waitUntil(() => (t.signedIn() > 0 ? true : undefined), "signed in after the retry");
      expect(t.calls()).toBe(2);
    } finally {
      await t.close();
    }
  });

  it("stays down after a refusal (403), once the deadline ends the socket", async () => {
    const t = await userAuthEndpoint([403, 403]);
    try {
      await waitUntil(() => (t.client.connection.state === "disconnected" ? true : undefined), "closed at the deadline");
      await settle(DEADLINE_MS * 2);
      expect(t.calls()).toBe(1);
      expect(t.client.connection.state).toBe("disconnected");
    } finally {
      await t.close();
    }
  });

  it("stays down when the server ends the user's sockets on purpose (a revoked link)", async () => {
    const t = await userAuthEndpoint(["sign"]);
    try {
      await waitUntil(() => (t.signedIn() > 0 ? true : undefined), "signed in");
      await sdkFor(server).terminateUserConnections("guest-kept");
      await waitUntil(() => (t.client.connection.state === "disconnected" ? true : undefined), "terminated");
      await settle(DEADLINE_MS * 2);
      expect(t.calls()).toBe(1);
      expect(t.client.connection.state).toBe("disconnected");
    } finally {
      await t.close();
    }
  });
});
