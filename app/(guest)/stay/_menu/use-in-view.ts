"use client";

import { useEffect, useState } from "react";

/** Whether the element with this id is on screen now (re-looked up when `watch` changes). */
export function useInView(id: string, watch: unknown): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const el = document.getElementById(id);
    if (!el) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setInView(false);
      return;
    }
    const io = new IntersectionObserver(([e]) => setInView(Boolean(e?.isIntersecting)));
    io.observe(el);
    return () => io.disconnect();
  }, [id, watch]);
  return inView;
}
