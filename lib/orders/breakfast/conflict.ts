import { AppError } from "@/lib/errors";

/**
 * A 409 that names what the guest needs next: the existing order's id (one order per morning) or
 * the nearest free slots (slot full). Route handlers answer it with breakfastResponse().
 */
export class BreakfastConflict extends AppError {
  readonly details: Record<string, unknown>;

  constructor(code: "ALREADY_ORDERED" | "SLOT_FULL", message: string, details: Record<string, unknown>) {
    super(code, message);
    this.details = details;
  }
}
