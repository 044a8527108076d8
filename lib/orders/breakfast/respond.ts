import { handle, json } from "@/lib/http/respond";
import { BreakfastConflict } from "./conflict";

/** handle() for the breakfast routes: a BreakfastConflict's details (order_id, free_slots) join the `{error, code}` body. */
export function breakfastHandler<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return handle(async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      if (e instanceof BreakfastConflict) return json({ error: e.message, code: e.code, ...e.details }, e.status);
      throw e;
    }
  });
}
