import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { MESSAGES, NAMESPACES } from "./messages";

// No missing or broken string can land: every language has exactly English's keys, every message
// parses as ICU, and uses the same arguments as English (a translated placeholder would print raw).

function flatten(obj: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else if (v && typeof v === "object") for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv);
    else out.set(key, `<<not a string: ${String(v)}>>`);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(e.value);
    if (e.type === TYPE.select || e.type === TYPE.plural) {
      into.add(e.value);
      for (const o of Object.values(e.options)) argumentsOf(o.value, into);
    }
    if (e.type === TYPE.tag) {
      into.add(`<${e.value}>`);
      argumentsOf(e.children, into);
    }
  }
  return into;
}

describe("message files", () => {
  for (const ns of NAMESPACES) {
    const english = flatten(MESSAGES.en[ns]);
    for (const locale of LOCALES) {
      it(`${locale}/${ns}: the same keys as English, each parsing with English's arguments`, () => {
        const own = flatten(MESSAGES[locale][ns]);
        expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
        for (const [key, text] of own) {
          expect(text.trim(), `${locale}/${ns}.${key} is empty`).not.toBe("");
          let ast: MessageFormatElement[] = [];
          expect(() => (ast = parse(text)), `${locale}/${ns}.${key} does not parse`).not.toThrow();
          expect([...argumentsOf(ast)].sort(), `${locale}/${ns}.${key} arguments`).toEqual([...argumentsOf(parse(english.get(key)!))].sort());
        }
      });
    }
  }

  it("plural messages give every plural category the language needs", () => {
    for (const locale of LOCALES) {
      const rules = new Intl.PluralRules(locale);
      for (const ns of NAMESPACES) {
        for (const [key, text] of flatten(MESSAGES[locale][ns])) {
          const walk = (elements: MessageFormatElement[]) => {
            for (const e of elements) {
              if (e.type === TYPE.plural && e.pluralType !== "ordinal") {
                const has = new Set(Object.keys(e.options));
                // Every category the language uses (Arabic: zero, one, two, few, many, other).
                for (const c of rules.resolvedOptions().pluralCategories) expect(has.has(c), `${locale}/${ns}.${key}: no "${c}"`).toBe(true);
              }
              if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) walk(o.value);
              if (e.type === TYPE.tag) walk(e.children);
            }
          };
          walk(parse(text));
        }
      }
    }
  });
});
