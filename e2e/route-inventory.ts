import fs from "node:fs";
import path from "node:path";

// Every API route of the app, read from app/api/**/route.ts, so the fuzzer covers endpoints added
// later without anyone remembering to list them.

export type Endpoint = { method: string; path: (p: string) => string; body: boolean };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const\s+)?\{([^}]*)\}/g)) {
    for (const name of m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/).pop()!)) if ((METHODS as readonly string[]).includes(name)) found.add(name);
  }
  return [...found];
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));
}

/** Route files under app/api as endpoints; dynamic segments take the fuzzed value. Auth.js's catch-all is left to its own spec. */
export function apiEndpoints(root = path.resolve("app/api")): { public: Endpoint[]; console: Endpoint[] } {
  const out = { public: [] as Endpoint[], console: [] as Endpoint[] };
  for (const file of walk(root)) {
    const rel = path.relative(path.resolve("app"), path.dirname(file)).split(path.sep);
    if (rel.some((s) => s.startsWith("[..."))) continue;
    // The seed's public paths keep Django's trailing slash; the console's have none.
    const consolePath = rel[1] === "console";
    const build = (p: string) => "/" + rel.map((s) => (s.startsWith("[") ? p : s)).join("/") + (consolePath ? "" : "/");
    for (const method of exportedMethods(fs.readFileSync(file, "utf8"))) {
      (consolePath ? out.console : out.public).push({ method, path: build, body: method !== "GET" });
    }
  }
  return out;
}
