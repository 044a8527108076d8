import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

// The launcher records the URL it serves, so CLIs print links that open the running app even
// when it was started on another port.

const file = (dataDir: string) => path.join(dataDir, "app-url");

export function recordAppUrl(dataDir: string, url: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file(dataDir), url);
}

/** APP_URL if set, else what the launcher last served from this data folder, else the default port. */
export function resolveAppUrl(dataDir: string): string {
  const { APP_URL, PORT } = env();
  if (APP_URL) return APP_URL;
  try {
    const recorded = fs.readFileSync(file(dataDir), "utf8").trim();
    if (/^https?:\/\//.test(recorded)) return recorded;
  } catch {
    // never started here
  }
  return `http://localhost:${PORT}`;
}
