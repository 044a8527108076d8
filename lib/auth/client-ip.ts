import { env } from "@/lib/env";

/**
 * The caller's IP for rate limiting. Next.js fills X-Forwarded-For from the socket only when the
 * header is absent, so behind a trusted proxy the left-most entry is the client; without one we
 * take the right-most entry, the hop closest to us.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((p) => p.trim()).filter(Boolean);
    const ip = env().TRUST_PROXY === "true" ? parts[0] : parts[parts.length - 1];
    if (ip) return ip;
  }
  return headers.get("x-real-ip");
}
