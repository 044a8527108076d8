// A tiny shape checker for the event catalogue. The browser checks every event it receives, so the
// catalogue is plain data checked by a few lines here instead of a schema library shipped to every
// live page; the server checks the same shapes before an event is recorded.

type Str = { kind: "string"; max?: number; nullable?: boolean };
type Field = Str | { kind: "number" } | { kind: "boolean" } | { kind: "enum"; values: readonly string[] } | { kind: "list"; of: readonly string[] | "string" };
export type Shape = Record<string, Field>;

export const str = (max?: number): Str => ({ kind: "string", max });
export const nullableStr = () => ({ kind: "string", nullable: true }) as const;
export const num = () => ({ kind: "number" }) as const;
export const bool = () => ({ kind: "boolean" }) as const;
export const oneOf = <const V extends readonly string[]>(...values: V) => ({ kind: "enum", values }) as const;
/** A list of strings, or of the given values only. */
export const listOf = <const V extends readonly string[] | "string">(of: V) => ({ kind: "list", of }) as const;

type FieldType<F> = F extends { kind: "string"; nullable: true }
  ? string | null
  : F extends { kind: "string" }
    ? string
    : F extends { kind: "number" }
      ? number
      : F extends { kind: "boolean" }
        ? boolean
        : F extends { kind: "enum"; values: infer V extends readonly string[] }
          ? V[number]
          : F extends { kind: "list"; of: infer O }
            ? O extends readonly string[]
              ? O[number][]
              : string[]
            : never;
export type ShapeType<S extends Shape> = { [K in keyof S]: FieldType<S[K]> };

function fieldProblem(f: Field, v: unknown): string | null {
  switch (f.kind) {
    case "string":
      if (v === null && f.nullable) return null;
      if (typeof v !== "string") return f.nullable ? "a string or null" : "a string";
      return f.max !== undefined && v.length > f.max ? `at most ${f.max} characters` : null;
    case "number":
      return typeof v === "number" && Number.isFinite(v) ? null : "a number";
    case "boolean":
      return typeof v === "boolean" ? null : "true or false";
    case "enum":
      return typeof v === "string" && f.values.includes(v) ? null : `one of ${f.values.join(", ")}`;
    case "list": {
      if (!Array.isArray(v)) return "a list";
      const ok = (x: unknown) => typeof x === "string" && (f.of === "string" || f.of.includes(x));
      return v.every(ok) ? null : f.of === "string" ? "a list of strings" : `a list of ${f.of.join(", ")}`;
    }
  }
}

/** What is wrong with `data` for this shape (empty when it fits). Fields the shape does not name are allowed. */
export function shapeProblems(shape: Shape, data: unknown): string[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return ["an object"];
  const record = data as Record<string, unknown>;
  return Object.entries(shape).flatMap(([key, f]) => {
    const problem = fieldProblem(f, record[key]);
    return problem ? [`${key} must be ${problem}`] : [];
  });
}

/** Only the fields the shape names, in its order. */
export function pickShape(shape: Shape, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(shape).map((k) => [k, data[k]]));
}
