import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startSmtpCapture } from "../lib/testing/smtp-capture";

// The e2e run's mail server (started by playwright.config.ts beside the app): the app sends over
// real SMTP, and every message is written to SMTP_SINK_DIR for specs to read (e2e/mail.ts).
const port = Number(process.env.SMTP_SINK_PORT);
const dir = process.env.SMTP_SINK_DIR!;
// Each run starts with an empty mailbox.
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const sink = await startSmtpCapture({
  port,
  onMail: (mail) => {
    // Written before the server answers 250, so the sender's success means the file is there.
    const filed = { to: mail.to.map((a) => a.toLowerCase()), raw: mail.raw };
    fs.writeFileSync(path.join(dir, `${Date.now()}-${randomBytes(4).toString("hex")}.json`), JSON.stringify(filed));
  },
});
console.log(`smtp sink on ${sink.port}`);
for (const sig of ["SIGTERM", "SIGINT"] as const) process.on(sig, () => void sink.close().then(() => process.exit(0)));
