import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { SMTPServer } from "smtp-server";

// The e2e run's mail server (started by playwright.config.ts beside the app): the app sends over
// real SMTP, and every message is written to SMTP_SINK_DIR for specs to read (e2e/mail.ts).
const port = Number(process.env.SMTP_SINK_PORT);
const dir = process.env.SMTP_SINK_DIR!;
// Each run starts with an empty mailbox.
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, cb) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      const mail = { to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw: Buffer.concat(chunks).toString("utf8") };
      // Written before the server answers 250, so the sender's success means the file is there.
      fs.writeFileSync(path.join(dir, `${Date.now()}-${randomBytes(4).toString("hex")}.json`), JSON.stringify(mail));
      cb();
    });
  },
});
server.listen(port, "127.0.0.1", () => console.log(`smtp sink on ${port}`));
for (const sig of ["SIGTERM", "SIGINT"] as const) process.on(sig, () => server.close(() => process.exit(0)));
