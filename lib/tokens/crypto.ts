import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const RAW_TOKEN = /^[A-Za-z0-9_-]{43}$/; // 32 bytes, base64url without padding

export function generateRawToken(): string {
  return randomBytes(32).toString("base64url");
}

export function looksLikeToken(raw: string): boolean {
  return RAW_TOKEN.test(raw);
}

export function hashToken(raw: string): string {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}

export function hashesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

// Without AUTH_SECRET (a CLI, a test) the key is random per process: hashes then only match within
// that process, which is all the audit needs, and no public key ever makes them reversible.
let processIpKey: Buffer | undefined;

function ipKey(): string | Buffer {
  const secret = env().AUTH_SECRET;
  if (secret) return `ip-hash:${secret}`;
  return (processIpKey ??= randomBytes(32));
}

/** Keyed so the audit log cannot be reversed into IP addresses by brute force (the IPv4 space is small). */
export function hashIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  return createHmac("sha256", ipKey()).update(ip).digest("hex").slice(0, 32);
}
