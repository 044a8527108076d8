import { describe, expect, it, vi } from "vitest";
import { errorResponse } from "./respond";

// A driver error as drizzle wraps it: the SQLSTATE sits on the cause.
const dbError = (code: string) => Object.assign(new Error("Failed query: insert … params: secret guest data"), { cause: Object.assign(new Error("db"), { code }) });

describe("database refusals are the request's 4xx, never a 500", () => {
  it("maps unique and foreign-key violations and lost races to 409, data errors to 400, without the message", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const cases: [string, number, string][] = [
      ["23505", 409, "CONFLICT"],
      ["23503", 409, "CONFLICT"],
      ["40001", 409, "CONFLICT"],
      ["40P01", 409, "CONFLICT"],
      ["22003", 400, "VALIDATION_ERROR"],
      ["22007", 400, "VALIDATION_ERROR"],
      ["22008", 400, "VALIDATION_ERROR"],
      ["22P02", 400, "VALIDATION_ERROR"],
    ];
    for (const [code, status, answer] of cases) {
      const res = errorResponse(dbError(code));
      expect(res.status, code).toBe(status);
      const body = (await res.json()) as { code: string; error: string };
      expect(body.code, code).toBe(answer);
      expect(body.error).not.toContain("secret");
    }
  });

  it("keeps 500 for what is truly the server's fault", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(errorResponse(dbError("53300")).status).toBe(500); // too many connections
    expect(errorResponse(new Error("boom")).status).toBe(500);
  });
});
