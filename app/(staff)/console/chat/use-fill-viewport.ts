"use client";

import { useLayoutEffect, type RefObject } from "react";

/**
 * On wide screens, sizes the element to reach the bottom of the window (less `bottomGapPx`), so the
 * inbox and the conversation use the screen's height and scroll inside. Measured, because the
 * console's header above it may wrap; on narrow screens the element keeps its natural height.
 */
export function useFillViewport(ref: RefObject<HTMLElement | null>, opts: { minWidthPx?: number; bottomGapPx?: number } = {}) {
  const { minWidthPx = 1024, bottomGapPx = 24 } = opts;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const wide = window.matchMedia(`(min-width: ${minWidthPx}px)`);
    const fit = () => {
      if (!wide.matches) {
        el.style.height = "";
        return;
      }
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.height = `${Math.max(360, window.innerHeight - top - bottomGapPx)}px`;
    };
    fit();
    window.addEventListener("resize", fit);
    wide.addEventListener("change", fit);
    return () => {
      window.removeEventListener("resize", fit);
      wide.removeEventListener("change", fit);
      el.style.height = "";
    };
  }, [ref, minWidthPx, bottomGapPx]);
}
