import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layering, held by lint (README "Rules the code keeps"): lib/db is the ground and imports nothing above it;
// lib/ never imports the UI; only lib/realtime talks to Pusher; transactions open only through
// lib/db/transaction.ts. A later config object replaces a rule set by an earlier one, so each
// block below repeats the restrictions it inherits.

const noUiInLib = [
  { group: ["@/app", "@/app/*", "@/components", "@/components/*"], message: "lib/ is below the UI: move the shared part into lib/." },
  { group: ["../*"], message: "Import through @/lib/…, not ../" },
];
const pusherMessage = "Domain code never calls Pusher: record events with recordEvents() in lib/realtime/outbox.ts.";
const noPusherSdk = [{ name: "pusher", message: pusherMessage }];
const noPusherOutsideRealtime = [{ group: ["@/lib/realtime/pusher-server", "@/lib/realtime/dispatcher"], message: pusherMessage }];
const noDbAbove = [
  {
    group: ["@/lib/*", "!@/lib/db", "!@/lib/db/*", "!@/lib/env", "next", "next/*", "@/app", "@/app/*", "@/components", "@/components/*"],
    message: "lib/db is the ground: it imports nothing above it (hooks such as afterCommit() let upper layers plug in).",
  },
];

const transactionOutsideDb = {
  selector:
    "CallExpression[callee.type='MemberExpression'][callee.property.name='transaction']:matches([callee.object.type='CallExpression'][callee.object.callee.name=/^(getDb|dbHandle)$/], [callee.object.type='MemberExpression'][callee.object.property.name='db'], [callee.object.name=/^db$/i])",
  message: "Open transactions with transaction() from @/lib/db/transaction (post-commit hooks, getDb() guard).",
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "drizzle/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", transactionOutsideDb],
    },
  },
  // Race tests open raw transactions on purpose (two at once, one parked behind the other's lock).
  { files: ["lib/db/client.ts", "lib/db/transaction.ts", "**/*.test.ts", "lib/testing/**"], rules: { "no-restricted-syntax": "off" } },
  { files: ["lib/**/*.ts", "lib/**/*.tsx"], rules: { "no-restricted-imports": ["error", { paths: noPusherSdk, patterns: [...noUiInLib, ...noPusherOutsideRealtime] }] } },
  // Channel auth signs with the SDK's secret; it sends nothing to Pusher.
  // Test tooling drives the SDK and the local server the way the app and its clients do.
  { files: ["lib/realtime/**", "lib/access/channel-access.ts", "lib/testing/**"], rules: { "no-restricted-imports": ["error", { patterns: noUiInLib }] } },
  {
    files: ["lib/db/**"],
    // Tests use the domain (tokens, passwords); they are tooling, not the ground.
    // embedded-owner reads the local secrets file (the embedded database's password).
    ignores: ["lib/db/**/*.test.ts", "lib/db/embedded-owner.ts"],
    rules: { "no-restricted-imports": ["error", { paths: noPusherSdk, patterns: [...noUiInLib, ...noDbAbove] }] },
  },
  // Env is read only through lib/env.ts (parsed and validated once). Tests, test tooling, scripts/ and
  // config files may read process.env directly.
  {
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/env.ts", "**/*.test.ts", "lib/testing/**"],
    rules: { "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read the environment through env() from @/lib/env." }] },
  },
  { files: ["app/**", "components/**"], rules: { "no-restricted-imports": ["error", { paths: noPusherSdk, patterns: [{ group: ["@/lib/realtime/pusher-server"], message: pusherMessage }] }] } },
];
export default config;
