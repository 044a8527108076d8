import { z } from "zod";

// Environment, read and validated once. Everything optional has an embedded default so a
// fresh machine runs with no configuration; production must set the secrets (see docs/operations.md).
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().default(".data"),
  // An explicit PGlite folder ("memory://" for an in-memory database; the unit tests use it).
  PGLITE_DATA_DIR: z.string().optional(),
  // A dump of an already migrated data folder that an in-memory PGlite starts from (tests: one
  // initdb and migration per run instead of per file). See lib/testing/global-setup.ts.
  PGLITE_TEMPLATE: z.string().optional(),
  // Set (with DATABASE_URL) when a CLI talks to the running app's embedded database through its
  // socket, which shares one session: no pool, no named statements. See lib/db/embedded-owner.ts.
  DB_EMBEDDED_SOCKET: z.enum(["0", "1"]).optional(),
  // The embedded database's loopback socket (0 = any free port) and its limits: it runs one
  // transaction at a time, so a client may wait for it, or hold it idle, only so long.
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  EMBEDDED_DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  EMBEDDED_DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
  APP_URL: z.string().url().optional(),
  // The app's port when APP_URL is unset (CLIs print links to http://localhost:PORT).
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  AUTH_SECRET: z.string().min(16).optional(),
  TOKEN_GRACE_HOURS: z.coerce.number().int().min(0).max(72).default(12),
  PUSHER_APP_ID: z.string().optional(),
  PUSHER_KEY: z.string().optional(),
  PUSHER_SECRET: z.string().optional(),
  PUSHER_CLUSTER: z.string().default("local"),
  PUSHER_HOST: z.string().optional(),
  PUSHER_PORT: z.coerce.number().int().optional(),
  PUSHER_USE_TLS: z.enum(["true", "false"]).optional(),
  // What browsers connect to, when it differs from what the server triggers through.
  PUSHER_CLIENT_HOST: z.string().optional(),
  PUSHER_CLIENT_PORT: z.coerce.number().int().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Guest Services <no-reply@guest-services.local>"),
  REDIS_URL: z.string().optional(),
  // Lets a scheduler (e.g. Vercel Cron) call the outbox sweep on serverless hosts.
  CRON_SECRET: z.string().min(16).optional(),
  // Trust X-Forwarded-For only behind a known proxy.
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  // Refused guest tokens allowed per address per 10 minutes before 429 (guessing).
  TOKEN_FAILURE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(100),
  // Per-booking guest write limits (lib/rate-limit/guest-write-limits.ts says what each counts).
  GUEST_ORDER_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  GUEST_OPEN_ORDER_LIMIT: z.coerce.number().int().min(1).max(100_000).default(5),
  GUEST_PRECHECKIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  GUEST_BREAKFAST_WRITE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
  GUEST_CANCEL_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
  GUEST_REQUEST_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(10),
  GUEST_OPEN_REQUEST_LIMIT: z.coerce.number().int().min(1).max(100_000).default(8),
  // Email a DONE or DECLINED service request the guest has not seen in the portal after this many minutes.
  REQUEST_EMAIL_AFTER_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  // The Next.js process's V8 heap cap (MiB), the memory budget docs/operations.md plans with.
  APP_MAX_HEAP_MIB: z.coerce.number().int().min(128).max(16_384).default(512),
});

export type Env = z.infer<typeof envSchema>;

// The one place app code reads process.env (lint holds it: eslint.config.mjs). Parsed once, on the
// first call, and cached for the life of the process.
let cached: Env | undefined;

export function env(): Env {
  if (!cached) cached = envSchema.parse(process.env);
  return cached;
}

/**
 * Only for tests that change process.env between cases: the cache would keep the old values, so
 * set the variables, call this, and call it again after restoring them (e.g. in afterEach).
 */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Sets variables for this process (and its children) and re-reads the environment: a CLI that finds the running app's database. */
export function overrideEnv(values: Partial<Record<keyof Env, string>>): void {
  Object.assign(process.env, values);
  cached = undefined;
}
