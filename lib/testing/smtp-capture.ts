import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// The real SMTP path in tests: a local server that hands each message over (unit tests keep it in
// memory, the e2e sink files it). One setup for every test that sends mail.

export type CapturedMail = { to: string[]; raw: string };

/**
 * Listens on 127.0.0.1 (`port` 0 = any free port). `onMail` runs before the server answers 250, so
 * a sender's success means the message was handed over; recipients `refuse` matches are refused.
 */
export async function startSmtpCapture(opts: { port?: number; onMail: (mail: CapturedMail) => void; refuse?: (address: string) => boolean }): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, cb) {
      if (opts.refuse?.(address.address)) return cb(new Error("mailbox unavailable"));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        opts.onMail({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
