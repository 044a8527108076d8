import { describe, expect, it } from "vitest";
import { isoDateSchema, optionalTextSchema, requiredTextSchema } from "./fields";

const name = requiredTextSchema(120, { min: 2, required: "Enter the name", singleLine: true });
const message = requiredTextSchema(2000);
const notes = optionalTextSchema(500, { label: "Notes" });
const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

describe("requiredTextSchema", () => {
  it("calls text of only whitespace and format characters blank", () => {
    for (const blank of ["", "   ", "\u200b\u200c\u200d\u2060", "\u202e", "\ufeff", " \u2066\u2069 ", "\u00ad"]) {
      expect(issues(message.safeParse(blank)), JSON.stringify(blank)).toEqual(["Required"]);
    }
    expect(issues(name.safeParse("\u200b\u200b\u200b"))).toEqual(["Enter the name"]);
  });

  it("removes bidi controls and trims, keeping other format characters inside the text", () => {
    expect(message.parse("Your invoice: https://evil.example/\u202efdp.eciovni")).toBe("Your invoice: https://evil.example/fdp.eciovni");
    expect(message.parse(" \u2067abc\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d ")).toBe("abc");
    // A zero-width joiner inside an emoji sequence is part of the text.
    expect(message.parse("family 👨\u200d👩\u200d👧")).toBe("family 👨\u200d👩\u200d👧");
  });

  it("refuses line breaks in single-line fields, anywhere in them", () => {
    for (const v of ["Ann\nLee", "Ann\r\nLee", "Ann Lee\r\n", "\nAnn Lee", "Ann\u2028Lee"]) expect(issues(name.safeParse(v)), JSON.stringify(v)).toEqual(["Must be a single line"]);
    expect(message.parse("line one\nline two")).toBe("line one\nline two");
  });

  it("counts characters, not UTF-16 units, and refuses non-strings", () => {
    expect(requiredTextSchema(3).parse("😀😀😀")).toBe("😀😀😀");
    expect(issues(requiredTextSchema(3).safeParse("😀😀😀😀"))).toEqual(["At most 3 characters"]);
    expect(issues(name.safeParse("A"))).toEqual(["Enter the name"]);
    expect(message.safeParse(42).success).toBe(false);
  });
});

describe("optionalTextSchema", () => {
  it("turns missing, empty and blank into null, cleans the rest, and labels its messages", () => {
    for (const v of [undefined, null, "", "  ", "\u200b\u2060"]) expect(notes.parse(v)).toBeNull();
    expect(notes.parse(" no \u202enuts ")).toBe("no nuts");
    expect(issues(notes.safeParse("x".repeat(501)))).toEqual(["Notes: at most 500 characters"]);
    expect(issues(notes.safeParse(7))).toEqual(["Notes must be text"]);
  });
});

describe("isoDateSchema", () => {
  const messages = (v: unknown) => {
    const r = isoDateSchema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it("says Required for an empty date, one reason for a bad one, and keeps to the years the API takes", () => {
    expect(messages("")).toEqual(["Required"]);
    expect(messages("31/05/2026")).toEqual(["Use a date like 2026-05-31"]);
    expect(messages("2026-02-30")).toEqual(["No such date"]);
    expect(messages("9999-12-31")).toEqual(["Pick a date between 2000 and 2100"]);
    expect(messages("2024-02-29")).toEqual([]);
  });
});
