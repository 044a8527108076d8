"use client";

import { useEffect, useRef, useState } from "react";

/**
 * What a box cuts off: `box` when the box itself overflows, `any` when it or one of its clamped
 * parts (`[data-clamp]`) does. Measured again whenever the box resizes or `content` changes.
 */
export function useClipped<T extends HTMLElement>(content: unknown) {
  const ref = useRef<T>(null);
  const [clipped, setClipped] = useState({ box: false, any: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const cut = (e: HTMLElement) => e.scrollHeight > e.clientHeight + 1;
    const measure = () => {
      const box = cut(el);
      const any = box || [...el.querySelectorAll<HTMLElement>("[data-clamp]")].some(cut);
      setClipped((c) => (c.box === box && c.any === any ? c : { box, any }));
    };
    const observer = new ResizeObserver(measure); // also reports once on observe
    observer.observe(el);
    return () => observer.disconnect();
  }, [content]);
  return [ref, clipped] as const;
}
