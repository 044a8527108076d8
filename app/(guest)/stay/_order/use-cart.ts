"use client";

import { useCallback, useEffect, useState } from "react";

/** One cart line: what the API needs (item id, choice ids, quantity, instructions) plus labels to show. */
export type CartLine = {
  key: string;
  item_id: string;
  name: string;
  quantity: number;
  options: string[];
  option_labels: string[];
  /** Estimate for display (item + choices); the server prices the order. */
  unit_minor: number;
  instructions: string;
  /** Declared for this dish only (the order's own declaration applies to every line too). */
  allergies?: { allergens: string[]; note: string };
  /** The dish's allergens as the menu listed them when added (the menu's current list is checked too). */
  contains?: string[];
};

type CartState = {
  lines: CartLine[];
  /**
   * The Idempotency-Key of the submission under way, made once when the guest first presses the
   * order button and kept (also across a reload) until the order succeeds or the cart changes, so a
   * double tap or a retry after a lost answer never makes a second order.
   */
  submissionKey: string | null;
};

const EMPTY: CartState = { lines: [], submissionKey: null };
export const MAX_CART_LINES = 30;
export const MAX_QUANTITY = 20;

function read(storageKey: string): CartState {
  try {
    const raw = window.localStorage.getItem(storageKey);
    if (!raw) return EMPTY;
    const parsed = JSON.parse(raw) as Partial<CartState>;
    const lines = Array.isArray(parsed.lines) ? parsed.lines.filter((l): l is CartLine => typeof l?.item_id === "string" && typeof l.quantity === "number") : [];
    return { lines, submissionKey: typeof parsed.submissionKey === "string" ? parsed.submissionKey : null };
  } catch {
    return EMPTY; // private mode or a damaged entry: start empty
  }
}

/** A cart kept in localStorage under `storageKey` (one per booking and menu), so it survives a reload. */
export function useCart(storageKey: string) {
  const [state, setState] = useState<CartState>(EMPTY);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    // localStorage exists only in the browser: read it after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState(read(storageKey));
    setLoaded(true);
    const onStorage = (e: StorageEvent) => {
      if (e.key === storageKey) setState(read(storageKey));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [storageKey]);

  const save = useCallback(
    (next: CartState) => {
      setState(next);
      try {
        if (next.lines.length === 0 && !next.submissionKey) window.localStorage.removeItem(storageKey);
        else window.localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // storage full or blocked: the cart still works for this page view
      }
    },
    [storageKey],
  );

  // Any change to the lines is a new request body, so it needs a new key.
  const add = (line: Omit<CartLine, "key">) => save({ lines: [...state.lines, { ...line, key: crypto.randomUUID() }].slice(0, MAX_CART_LINES), submissionKey: null });
  const setQuantity = (key: string, quantity: number) =>
    save({ lines: state.lines.map((l) => (l.key === key ? { ...l, quantity: Math.min(MAX_QUANTITY, Math.max(1, quantity)) } : l)), submissionKey: null });
  const remove = (key: string) => save({ lines: state.lines.filter((l) => l.key !== key), submissionKey: null });
  const clear = () => save(EMPTY);
  /** The key for this submission: the one already made, or a new one kept with the cart. */
  const submissionKey = (): string => {
    if (state.submissionKey) return state.submissionKey;
    const key = crypto.randomUUID();
    save({ ...state, submissionKey: key });
    return key;
  };
  /** Another body for the same cart (e.g. another breakfast slot) needs another key. */
  const forgetSubmission = () => {
    if (state.submissionKey) save({ ...state, submissionKey: null });
  };

  const count = state.lines.reduce((n, l) => n + l.quantity, 0);
  const totalMinor = state.lines.reduce((n, l) => n + l.unit_minor * l.quantity, 0);
  return { lines: state.lines, loaded, count, totalMinor, add, setQuantity, remove, clear, submissionKey, forgetSubmission };
}

export type Cart = ReturnType<typeof useCart>;
