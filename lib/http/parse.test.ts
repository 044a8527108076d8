import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonDepth, readJsonObject, zodFields } from "./parse";

const post = (body: string, type = "application/json") => new Request("http://x.test/", { method: "POST", body, headers: { "Content-Type": type } });

describe("readJsonObject", () => {
  it("measures nesting in one pass, ignoring brackets inside strings", () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[\\"[["}')).toBe(1);
  });

  it("refuses JSON nested thousands deep without overflowing the stack", async () => {
    const r = await readJsonObject(post(`{"a":${"[".repeat(7000)}${"]".repeat(7000)}}`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("VALIDATION_ERROR");
  });

  it("still finds unstorable characters anywhere in an accepted body", async () => {
    const r = await readJsonObject(post(JSON.stringify({ a: [{ b: "ok" }, { c: "x\u0000y" }] })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields).toEqual({ "a.1.c": ["Contains characters that cannot be saved"] });
    expect((await readJsonObject(post(JSON.stringify({ a: { b: ["fine"] } })))).ok).toBe(true);
  });
});

describe("zodFields", () => {
  it("names each field's problems once, even when two checks say the same thing", () => {
    const phone = z.string().regex(/^\+?[0-9 ]{6,}$/, "Enter a phone number").refine((s) => (s.match(/\d/g)?.length ?? 0) >= 6, "Enter a phone number");
    const r = z.object({ phone, name: z.string().min(2, "Too short") }).safeParse({ phone: "12", name: "a" });
    expect(r.success).toBe(false);
    expect(zodFields(r.error!)).toEqual({ phone: ["Enter a phone number"], name: ["Too short"] });
  });
});
