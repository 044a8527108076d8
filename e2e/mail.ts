import fs from "node:fs";
import path from "node:path";

// Mail the app sent during this run, as received by e2e/smtp-sink.ts.
const port = Number(process.env.E2E_PORT ?? 3100);
const dir = path.resolve(".data", `e2e-${port}`, "mail");

export type ReceivedMail = { to: string[]; raw: string };

/** Every message received for `address`, oldest first. */
export function mailsTo(address: string): ReceivedMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as ReceivedMail)
    .filter((m) => m.to.includes(address.toLowerCase()));
}

/** The text of a message with quoted-printable soft breaks and escapes undone. */
export function decodedMail(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The first magic link (/g/<token>) in a message. */
export function magicLinkIn(mail: ReceivedMail): string | null {
  return decodedMail(mail.raw).match(/https?:\/\/[^\s"'<>]+\/g\/[A-Za-z0-9_-]{40,}/)?.[0] ?? null;
}
