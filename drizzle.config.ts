import { defineConfig } from "drizzle-kit";

// Generation only needs the schema; migrations are applied by lib/db/migrate.ts on either engine.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/*.ts",
  out: "./drizzle",
});
