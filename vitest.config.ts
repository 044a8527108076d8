import { defineConfig } from "vitest/config";

const all = ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"];
const engineDependent = all.map((g) => g.replace(/\.test\.ts$/, ".db.test.ts"));

// Two projects: `*.db.test.ts` files use a database engine (in-process, or through a CLI or the
// launcher they spawn) and CI runs them on both engines; the rest are engine-free and run once
// (lib/testing/no-database.ts fails one that opens the database).
export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname, "server-only": `${import.meta.dirname}/lib/testing/server-only-stub.ts` } },
  test: {
    environment: "node",
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup-file.ts"],
    // Files wait on the database and on the processes they spawn: two workers on two cores left them
    // idle half the time (CI phase 172 s → 73 s on PostgreSQL, 149 s → 97 s embedded, with four).
    maxWorkers: 4,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test" },
    projects: [
      { extends: true, test: { name: "db", include: engineDependent } },
      { extends: true, test: { name: "pure", include: all, exclude: engineDependent, setupFiles: ["lib/testing/no-database.ts"] } },
    ],
  },
});
