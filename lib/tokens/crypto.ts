import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

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

/** Keyed so the audit log cannot be reversed into IP addresses by brute force. */
export function hashIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const key = process.env.AUTH_SECRET ?? "guest-services-ip";
  return createHmac("sha256", key).update(ip).digest("hex").slice(0, 32);
}
