// Seeds the demo hotels and prints staff logins and magic links. `--json` prints one JSON document;
// `--prefix X` creates an isolated copy (for test workers). Works with or without the app running.
import { closeDb } from "@/lib/db/client";
import { connectCli } from "@/lib/db/embedded-owner";
import { resolveAppUrl } from "@/lib/dev/app-url";
import { env } from "@/lib/env";
import { formatSeed, seedDemo } from "@/lib/demo/seed";
import { flushTokenAudit } from "@/lib/tokens/validate";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { json: { type: "boolean" }, prefix: { type: "string" }, "app-url": { type: "string" } } });
if (values.prefix && !/^[a-z0-9]{1,16}$/i.test(values.prefix)) {
  console.error("--prefix must be 1-16 letters or digits");
  process.exit(2);
}
await connectCli();
const appUrl = values["app-url"] ?? resolveAppUrl(env().DATA_DIR);
const doc = await seedDemo({ appUrl, prefix: values.prefix });
await flushTokenAudit();
await closeDb();
console.log(values.json ? JSON.stringify(doc, null, 2) : formatSeed(doc));
