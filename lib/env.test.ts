import { ESLint } from "eslint";
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "./env";

const saved = process.env.APP_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = saved;
  resetEnvCache();
});

describe("env()", () => {
  it("parses once and keeps the values until resetEnvCache()", () => {
    process.env.APP_URL = "https://one.example";
    resetEnvCache();
    expect(env().APP_URL).toBe("https://one.example");
    process.env.APP_URL = "https://two.example";
    expect(env().APP_URL).toBe("https://one.example");
    resetEnvCache();
    expect(env().APP_URL).toBe("https://two.example");
  });
});

describe("lint keeps process.env reads in lib/env.ts", () => {
  it("refuses a read in app code and allows it where it belongs", async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const restricts = async (filePath: string) => {
      const config = (await eslint.calculateConfigForFile(filePath)) as { rules?: Record<string, unknown> };
      const rule = config.rules?.["no-restricted-properties"] as unknown[] | undefined;
      const options = (rule ?? []).slice(1) as { object?: string; property?: string }[];
      return Boolean(rule && rule[0] !== 0 && rule[0] !== "off" && options.some((r) => r.object === "process" && r.property === "env"));
    };
    for (const f of ["lib/tokens/cookie.ts", "lib/db/client.ts", "app/api/x/route.ts", "components/x.tsx", "proxy.ts"]) expect(await restricts(f), f).toBe(true);
    for (const f of ["lib/env.ts", "lib/tokens/crypto.test.ts", "scripts/start.ts", "playwright.config.ts"]) expect(await restricts(f), f).toBe(false);
  }, 60_000);
});
