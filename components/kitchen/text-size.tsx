"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import { TEXT_SIZE_COOKIE, TEXT_SIZES, type TextSize } from "@/components/kitchen/model/text-size";

type TextSizeValue = { size: TextSize; setSize: (s: TextSize) => void };
const TextSizeContext = createContext<TextSizeValue>({ size: "standard", setSize: () => {} });

export function TextSizeProvider({ initial, children }: { initial: TextSize; children: React.ReactNode }) {
  const [size, setState] = useState(initial);
  const setSize = useCallback((s: TextSize) => {
    setState(s);
    // A year, on the kitchen's paths only: the screen is a fixed device.
    document.cookie = `${TEXT_SIZE_COOKIE}=${s}; path=/kitchen; max-age=31536000; samesite=lax`;
  }, []);
  const value = useMemo(() => ({ size, setSize }), [size, setSize]);
  return <TextSizeContext.Provider value={value}>{children}</TextSizeContext.Provider>;
}

export const useTextSize = () => useContext(TextSizeContext);

const LOOK: Record<TextSize, { mark: string; label: string; cls: string }> = {
  small: { mark: "A−", label: "Small text", cls: "text-base" },
  standard: { mark: "A", label: "Standard text", cls: "text-lg" },
  large: { mark: "A+", label: "Large text", cls: "text-2xl" },
};

export function TextSizeSwitch() {
  const { size, setSize } = useTextSize();
  return (
    <div role="group" aria-label="Text size" className="flex shrink-0 overflow-hidden rounded-lg ring-2 ring-stone-600">
      {TEXT_SIZES.map((s) => (
        <button
          key={s}
          type="button"
          aria-label={LOOK[s].label}
          aria-pressed={size === s}
          onClick={() => setSize(s)}
          className={`min-w-11 px-2 py-1 font-black leading-none ${LOOK[s].cls} ${size === s ? "bg-white text-stone-950" : "bg-stone-900 text-white"}`}
        >
          {LOOK[s].mark}
        </button>
      ))}
    </div>
  );
}
