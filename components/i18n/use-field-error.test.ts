import { describe, expect, it } from "vitest";
import { precheckinSchema } from "@/lib/bookings/precheckin";
import { zodFields } from "@/lib/http/parse";
import { LOCALES } from "@/lib/i18n/locales";
import englishErrors from "@/lib/i18n/messages/en/errors.json";
import { translatorFor } from "@/lib/i18n/translator";
import compile from "icu-minify/compile";
import { fieldMessageKey, patternOf } from "./use-field-error";

// Answers the API refuses, field by field: what the pre-check-in form can send (strings), and a
// JSON number a client other than the form may send.
const BAD_ANSWERS: Record<string, unknown>[] = [
  { arrival_time: "25:00", adults: "0", children: "-1", phone: "abc", special_requests: "x".repeat(1001) },
  { arrival_time: "7:30", adults: "11", children: "11", phone: "1".repeat(31) },
  { arrival_time: "07:30", adults: "", children: "1.5", phone: "12345" },
  { arrival_time: "07:30", adults: "2", special_requests: 5 },
  { arrival_time: "07:30", adults: 2, children: -1 },
];

function messagesOf(answers: Record<string, unknown>): string[] {
  const r = precheckinSchema.safeParse(answers);
  return r.success ? [] : Object.values(zodFields(r.error)).flat();
}

describe("the pre-check-in form's field messages", () => {
  const given = [...new Set(BAD_ANSWERS.flatMap(messagesOf))];

  it("each has a key in errors.fields, whose English is exactly the API's text", () => {
    const en = translatorFor("en", "errors");
    expect(given.length).toBeGreaterThan(5);
    for (const message of given) {
      const known = fieldMessageKey(message);
      expect(known, message).not.toBeNull();
      expect(en(`fields.${known!.key}`, known!.values)).toBe(message);
    }
    // …and every key is a message the schema gives (no stale keys).
    expect(new Set(given.map((m) => fieldMessageKey(m)!.key))).toEqual(new Set(Object.keys(englishErrors.fields)));
  });

  it("reads numbers out of a message and translates it in every language", () => {
    expect(fieldMessageKey("At most 1000 characters")).toEqual({ key: "maxCharacters", values: { max: 1000 } });
    expect(fieldMessageKey("At most 10")).toEqual({ key: "atMost", values: { max: 10 } });
    expect(fieldMessageKey("Invalid input: expected string, received undefined")).toBeNull();
    expect(translatorFor("de", "errors")("fields.maxCharacters", { max: 1000 })).toBe("Höchstens 1.000 Zeichen");
    for (const locale of LOCALES) {
      const t = translatorFor(locale, "errors");
      for (const message of given) {
        const known = fieldMessageKey(message)!;
        expect(t(`fields.${known.key}`, known.values), `${locale}: ${message}`).not.toMatch(/errors\.|\{/);
      }
    }
  });

  it("matches the same texts from the build's precompiled messages as from the raw ones", () => {
    for (const [key, english] of Object.entries(englishErrors.fields)) {
      const compiled = compile(english) as Parameters<typeof patternOf>[0];
      expect(patternOf(compiled).source, key).toBe(patternOf(english).source);
    }
    expect(patternOf(compile("At most {max}") as Parameters<typeof patternOf>[0]).exec("At most 12")?.groups).toEqual({ max: "12" });
  });
});
