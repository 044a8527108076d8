import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Secrets for the embedded defaults: generated once per data folder, never committed, readable by
// the owner only (the embedded database's password is in here).
export type LocalSecrets = { authSecret: string; dbPassword: string; pusher: { appId: string; key: string; secret: string } };

const fresh = (): LocalSecrets => ({
  authSecret: randomBytes(32).toString("base64url"),
  dbPassword: randomBytes(24).toString("base64url"),
  pusher: { appId: String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000)), key: randomBytes(10).toString("hex"), secret: randomBytes(16).toString("hex") },
});

export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "local-secrets.json");
  let stored: Partial<LocalSecrets> | undefined;
  try {
    stored = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LocalSecrets>;
  } catch {
    stored = undefined;
  }
  // Files written before a secret existed (e.g. dbPassword) get it added; existing ones are kept.
  const secrets = { ...fresh(), ...stored };
  if (!stored || Object.keys(secrets).some((k) => !(k in stored))) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  fs.chmodSync(file, 0o600);
  return secrets;
}
