import { afterEach, describe, expect, it, vi } from "vitest";
import { startSweeper } from "./sweeper";

afterEach(() => vi.useRealTimers());

describe("startSweeper", () => {
  it("sweeps every interval, once per key however often it is started", async () => {
    vi.useFakeTimers();
    const sweep = vi.fn(async () => {});
    startSweeper({ key: "__testSweeperOnce", what: "test sweep", everyMs: 1000, sweep });
    startSweeper({ key: "__testSweeperOnce", what: "test sweep", everyMs: 1000, sweep });
    expect(sweep).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3000);
    expect(sweep).toHaveBeenCalledTimes(3);
    vi.clearAllTimers();
  });

  it("logs a failed sweep and keeps sweeping", async () => {
    vi.useFakeTimers();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const sweep = vi.fn(async () => {
      throw new Error("smtp down");
    });
    startSweeper({ key: "__testSweeperFails", what: "test sweep", everyMs: 1000, sweep });
    await vi.advanceTimersByTimeAsync(2000);
    expect(sweep).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenCalledWith("test sweep failed", "smtp down");
    logged.mockRestore();
    vi.clearAllTimers();
  });
});
