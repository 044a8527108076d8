import type { OrderLineView } from "./order-view";

// Types only from order-view.ts: the kitchen, console and guest screens run this in the browser.

/** An order line as the screens list it: options by their label, blank instructions as none. */
export type LabelledLine = { name: string; quantity: number; options: string[]; instructions: string | null };

export const labelledLines = (lines: Pick<OrderLineView, "name" | "quantity" | "options" | "instructions">[]): LabelledLine[] =>
  lines.map((l) => ({ name: l.name, quantity: l.quantity, options: l.options.map((c) => c.label), instructions: l.instructions || null }));
