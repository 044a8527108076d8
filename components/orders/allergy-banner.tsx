import type { AllergyAlert } from "@/lib/orders/allergies";

// The allergy banner of a ticket or order card. Never clamped or truncated: every declared
// allergen, every allergy text and every conflicting dish is shown in full, wherever it appears.

const LOOK = {
  kitchen: { box: "rounded-lg bg-red-700 px-2.5 py-1.5 text-white ring-2 ring-white", conflict: "mt-1 rounded bg-white px-2 font-black text-red-800" },
  console: { box: "rounded-md border-2 border-red-700 bg-red-50 px-3 py-2 text-red-950", conflict: "mt-1 font-bold text-red-800" },
} as const;

export function AllergyBanner({ alert, look, className = "", ...rest }: { alert: AllergyAlert; look: keyof typeof LOOK; className?: string; "data-keep"?: boolean }) {
  const s = LOOK[look];
  const names = alert.allergens.map((a) => a.label).join(", ");
  return (
    <div {...rest} role="note" aria-label="Allergy alert" data-testid="allergy-alert" className={`${s.box} break-words whitespace-pre-wrap ${className}`}>
      <p className="font-black uppercase tracking-wide">
        ⚠ Allergy{names ? `: ${names}` : ""}
      </p>
      {alert.notes.map((n, i) => (
        <p key={i} data-testid="allergy-note" dir="auto" className="font-semibold">
          “<bdi>{n}</bdi>”
        </p>
      ))}
      {alert.warnings.map((w, i) => (
        <p key={i} data-testid="allergy-conflict" className={s.conflict}>
          ⚠ <bdi>{w.message}</bdi>
        </p>
      ))}
    </div>
  );
}
