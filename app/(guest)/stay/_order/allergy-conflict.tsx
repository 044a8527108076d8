import { allergenLabel } from "@/lib/menus/labels";
import { conflictsOf } from "@/lib/orders/allergies";

/** "Contains mustard, which you declared": shown wherever a guest picks a dish, before ordering. */
export function AllergyConflict({ name, contains, declared, className = "" }: { name: string; contains: readonly string[]; declared: readonly string[]; className?: string }) {
  const hits = conflictsOf(contains, declared);
  if (hits.length === 0) return null;
  const words = hits.map((a) => allergenLabel(a).toLowerCase()).join(", ");
  return (
    <p role="alert" data-testid="allergy-conflict" className={`rounded-xl border-2 border-red-700 bg-red-50 p-2 text-sm font-semibold text-red-900 ${className}`}>
      ⚠ <bdi>{name}</bdi> contains {words}, which you declared. The kitchen will see your allergy; if this dish is not safe for you, remove it or ask the front desk.
    </p>
  );
}
