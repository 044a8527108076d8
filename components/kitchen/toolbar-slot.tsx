"use client";

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";

export const TOOLBAR_ID = "kitchen-toolbar";

/** Puts a view's controls (e.g. Recall) in the screen's top bar, so tickets keep the full height. */
export function ToolbarSlot({ children }: { children: React.ReactNode }) {
  const [target, setTarget] = useState<HTMLElement | null>(null);
  useEffect(() => {
    // The slot is rendered by the shell, outside this view.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTarget(document.getElementById(TOOLBAR_ID));
  }, []);
  return target ? createPortal(children, target) : null;
}
