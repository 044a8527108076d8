"use client";

import { useCallback, useEffect, useState } from "react";
import { ALLERGENS } from "@/lib/menus/allergens";
import { NO_ALLERGIES, type AllergyChoice } from "./allergy-fields";

/**
 * The allergies the guest declared for their orders, kept on this device for the whole stay (both
 * menus, every order after the first) so a worried parent never has to remember to tick them again.
 */
export function useStayAllergies(bookingId: string) {
  const key = `allergies:${bookingId}`;
  const [value, setValue] = useState<AllergyChoice>(NO_ALLERGIES);
  useEffect(() => {
    try {
      const raw = JSON.parse(window.localStorage.getItem(key) ?? "null") as Partial<AllergyChoice> | null;
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (raw) setValue({ allergens: ALLERGENS.filter((a) => raw.allergens?.includes(a)), note: typeof raw.note === "string" ? raw.note : "" });
    } catch {
      // blocked or damaged storage: start with nothing declared
    }
  }, [key]);
  const set = useCallback(
    (next: AllergyChoice) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // storage blocked: kept for this page view
      }
    },
    [key],
  );
  return [value, set] as const;
}
