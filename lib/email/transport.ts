import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type OutgoingMail = { to: string; subject: string; html: string; text: string };
export type MailTransportName = "smtp" | "dev-outbox";

// One seam for mail: SMTP (any server, configured by SMTP_URL) or, with none configured, the dev
// outbox, where the stored message itself is the delivery and the console shows it.
const globalForMail = globalThis as unknown as { __mailTransport?: { url: string; transporter: Transporter } };

export function mailTransportName(): MailTransportName {
  return env().SMTP_URL ? "smtp" : "dev-outbox";
}

function transporter(url: string): Transporter {
  if (globalForMail.__mailTransport?.url !== url) {
    globalForMail.__mailTransport = { url, transporter: nodemailer.createTransport(url) };
  }
  return globalForMail.__mailTransport.transporter;
}

/** Delivers over SMTP; a no-op for the dev outbox. Throws when the SMTP server refuses. */
export async function deliverMail(mail: OutgoingMail): Promise<void> {
  const url = env().SMTP_URL;
  if (!url) return;
  await transporter(url).sendMail({ from: env().MAIL_FROM, ...mail });
}
