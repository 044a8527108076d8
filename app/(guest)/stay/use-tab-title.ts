"use client";

import { useEffect, useRef } from "react";

/** "(2) Your stay · …" while `count` things wait for the guest, so a tab in the background shows it. */
export function useTabTitle(count: number) {
  const base = useRef<string | null>(null);
  useEffect(() => {
    base.current ??= document.title.replace(/^\(\d+\)\s*/, "");
    document.title = count > 0 ? `(${count}) ${base.current}` : base.current;
  }, [count]);
}
