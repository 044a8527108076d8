import { useTranslations } from "next-intl";
import { conflictsOf } from "@/lib/orders/allergies";
import { useMenuLabels } from "./use-menu-labels";

/** "Contains mustard, which you declared": shown wherever a guest picks a dish, before ordering. */
export function AllergyConflict({ name, contains, declared, className = "" }: { name: string; contains: readonly string[]; declared: readonly string[]; className?: string }) {
  const t = useTranslations("menu");
  const labels = useMenuLabels();
  const hits = conflictsOf(contains, declared);
  if (hits.length === 0) return null;
  const words = labels.list(hits.map(labels.allergenInText));
  return (
    <p role="alert" data-testid="allergy-conflict" className={`rounded-xl border-2 border-red-700 bg-red-50 p-2 text-sm font-semibold text-red-900 ${className}`}>
      {t.rich("allergies.conflict", { name, allergens: words, dish: (c) => <bdi>{c}</bdi> })}
    </p>
  );
}
