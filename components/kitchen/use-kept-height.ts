"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The least height a ticket may be squeezed to on a full board: the sum of its parts marked
 * `data-keep` (header, allergy banner, buttons) and its borders, so what must never be cut off
 * (allergies) stays in view while the items shrink behind "More". Measured again on every resize.
 */
export function useKeptHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const style = getComputedStyle(el);
      let h = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
      for (const part of el.querySelectorAll<HTMLElement>(":scope > [data-keep]")) {
        const s = getComputedStyle(part);
        h += part.offsetHeight + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
      }
      const next = Math.ceil(h);
      setHeight((prev) => (prev === next ? prev : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const part of el.querySelectorAll<HTMLElement>(":scope > [data-keep]")) observer.observe(part);
    return () => observer.disconnect();
  }, []);
  return [ref, height] as const;
}
