import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Secrets for the embedded defaults: generated once per data folder, never committed.
export type LocalSecrets = { authSecret: string; pusher: { appId: string; key: string; secret: string } };

export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "local-secrets.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
  } catch {
    const secrets: LocalSecrets = {
      authSecret: randomBytes(32).toString("base64url"),
      pusher: { appId: String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000)), key: randomBytes(10).toString("hex"), secret: randomBytes(16).toString("hex") },
    };
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}
