import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { withSql } from "./db";

// After the whole suite: the app's own log must not contain any guest token that exists in the
// database. Every 43-character base64url run in the log is hashed and looked up.
export default async function globalTeardown() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const log = path.resolve(".data", `e2e-${port}`, "app.log");
  if (!fs.existsSync(log)) throw new Error(`app log missing at ${log}`);
  const text = fs.readFileSync(log, "utf8");
  const candidates = [...new Set(text.match(/[A-Za-z0-9_-]{43}/g) ?? [])];
  const hashes = candidates.map((c) => createHash("sha256").update(c).digest("hex"));
  if (hashes.length === 0) return;
  const leaked = await withSql((sql) => sql`select id from guest_booking_tokens where token_hash = any(${hashes})`);
  if (leaked.length > 0) throw new Error(`the app log contains ${leaked.length} guest token(s)`);
}
