import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { labelOf } from "@/lib/menus/labels";

/**
 * The menu's codes in the guest's language: allergens (the server's codes stay as they are; only
 * their words are translated), dietary tags, and lists of them. A code without a translation (a tag
 * a hotel made up) shows as the console writes it.
 */
export function useMenuLabels() {
  const t = useTranslations("menu");
  return useMemo(() => {
    const allergen = (code: string) => (t.has(`allergens.${code}`) ? t(`allergens.${code}`) : labelOf(code));
    return {
      allergen,
      /** As a word inside a sentence ("contains mustard"; German keeps its capital). */
      allergenInText: (code: string) => (t.has(`allergensInText.${code}`) ? t(`allergensInText.${code}`) : allergen(code).toLowerCase()),
      tag: (code: string) => (t.has(`tags.${code}`) ? t(`tags.${code}`) : labelOf(code)),
      /** "Gluten, Eggs, Mustard" with the language's own comma. */
      list: (words: readonly string[]) => words.join(t("listSeparator")),
    };
  }, [t]);
}
