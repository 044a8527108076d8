// The one wording of a party's size, for the guest portal and the console alike ("1 adult",
// "2 adults, 1 child"): screens import it rather than pluralising on their own.

const plural = (n: number, one: string, other: string) => `${n} ${new Intl.PluralRules("en-GB").select(n) === "one" ? one : other}`;

export function partyLabel(adults: number, children: number): string {
  const grown = plural(adults, "adult", "adults");
  return children > 0 ? `${grown}, ${plural(children, "child", "children")}` : grown;
}
