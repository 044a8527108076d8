"use client";

import { useEffect, useState } from "react";

/**
 * How the board lays tickets out on this screen. Landscape: a fixed number of ticket rows per
 * column (3 up to ~900 px high, e.g. 1280×800; 4 on taller screens, e.g. 1920×1080) and as many
 * tracks as needed, so 12 open tickets fit without scrolling. Portrait tablets: one track per
 * column, compact tickets, and columns that scroll.
 */
export function useBoardLayout(): { rows: number; portrait: boolean } {
  const [layout, setLayout] = useState({ rows: 3, portrait: false });
  useEffect(() => {
    const update = () => {
      const portrait = window.innerHeight > window.innerWidth;
      setLayout({ rows: window.innerHeight >= 1000 ? 4 : 3, portrait });
    };
    update();
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);
  return layout;
}
