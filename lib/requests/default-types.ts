import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { hotels, requestTypes, type NewRequestType, type RequestDepartment, type RequestKind, type RequestTypeOptions, type RequestTypeTranslations } from "@/lib/db/schema";
import { GUEST_LANGUAGES, type GuestLanguage } from "@/lib/db/schema/languages";

// The request types every hotel starts with. The hotel's own text is in its default language
// (as its menu is, lib/menus/translations.ts), the other guest languages are translations, so a
// guest reads them in theirs whichever language the hotel runs in.

type Words = Record<GuestLanguage, string>;
type ItemSeed = { key: string; max: number; label: Words };
type TypeSeed = { kind: RequestKind; department: RequestDepartment; targetMinutes: number; name: Words; description: Words; items?: ItemSeed[]; latestCheckout?: string };

export const DEFAULT_REQUEST_TYPES: readonly TypeSeed[] = [
  {
    kind: "AMENITIES",
    department: "HOUSEKEEPING",
    targetMinutes: 20,
    name: { en: "Towels & amenities", pt: "Toalhas e amenidades", de: "Handtücher & Pflegeartikel", fr: "Serviettes et produits d'accueil", es: "Toallas y amenities", ar: "المناشف ومستلزمات الراحة" },
    description: {
      en: "Fresh towels, extra pillows, a blanket or toiletries, brought to your room.",
      pt: "Toalhas lavadas, almofadas extra, um cobertor ou artigos de higiene, levados ao seu quarto.",
      de: "Frische Handtücher, zusätzliche Kissen, eine Decke oder Pflegeartikel aufs Zimmer.",
      fr: "Serviettes propres, oreillers supplémentaires, une couverture ou des produits de toilette, apportés dans votre chambre.",
      es: "Toallas limpias, almohadas extra, una manta o artículos de aseo, llevados a su habitación.",
      ar: "مناشف نظيفة أو وسائد إضافية أو بطانية أو أدوات استحمام تصل إلى غرفتك.",
    },
    items: [
      { key: "bath_towels", max: 4, label: { en: "Bath towels", pt: "Toalhas de banho", de: "Badetücher", fr: "Serviettes de bain", es: "Toallas de baño", ar: "مناشف حمام" } },
      { key: "hand_towels", max: 4, label: { en: "Hand towels", pt: "Toalhas de mão", de: "Handtücher", fr: "Serviettes de toilette", es: "Toallas de mano", ar: "مناشف يد" } },
      { key: "pillows", max: 2, label: { en: "Pillows", pt: "Almofadas", de: "Kissen", fr: "Oreillers", es: "Almohadas", ar: "وسائد" } },
      { key: "toiletries", max: 2, label: { en: "Toiletries kit", pt: "Kit de higiene", de: "Pflegeset", fr: "Kit de toilette", es: "Kit de aseo", ar: "طقم أدوات استحمام" } },
      { key: "blanket", max: 2, label: { en: "Blanket", pt: "Cobertor", de: "Decke", fr: "Couverture", es: "Manta", ar: "بطانية" } },
    ],
  },
  {
    kind: "CLEANING",
    department: "HOUSEKEEPING",
    targetMinutes: 60,
    name: { en: "Room cleaning", pt: "Limpeza do quarto", de: "Zimmerreinigung", fr: "Ménage de la chambre", es: "Limpieza de la habitación", ar: "تنظيف الغرفة" },
    description: {
      en: "Have your room made up now, or skip today's cleaning.",
      pt: "Peça a limpeza do quarto agora ou dispense a limpeza de hoje.",
      de: "Lassen Sie Ihr Zimmer jetzt reinigen oder verzichten Sie heute auf die Reinigung.",
      fr: "Faites faire votre chambre maintenant, ou passez le ménage aujourd'hui.",
      es: "Pida que limpien su habitación ahora o sáltese la limpieza de hoy.",
      ar: "اطلب تنظيف غرفتك الآن أو تخطَّ تنظيف اليوم.",
    },
  },
  {
    kind: "MAINTENANCE",
    department: "MAINTENANCE",
    targetMinutes: 30,
    name: { en: "Something to fix", pt: "Algo para reparar", de: "Etwas reparieren", fr: "Quelque chose à réparer", es: "Algo que reparar", ar: "شيء يحتاج إلى إصلاح" },
    description: {
      en: "Tell us what is not working (light, shower, air conditioning…) and we send someone.",
      pt: "Diga-nos o que não funciona (luz, duche, ar condicionado…) e enviamos alguém.",
      de: "Sagen Sie uns, was nicht funktioniert (Licht, Dusche, Klimaanlage…), und wir schicken jemanden.",
      fr: "Dites-nous ce qui ne fonctionne pas (lumière, douche, climatisation…) et nous envoyons quelqu'un.",
      es: "Díganos qué no funciona (luz, ducha, aire acondicionado…) y enviamos a alguien.",
      ar: "أخبرنا بما لا يعمل (الإضاءة، الدش، التكييف…) وسنرسل من يصلحه.",
    },
  },
  {
    kind: "WAKE_UP",
    department: "FRONT_DESK",
    targetMinutes: 15,
    name: { en: "Wake-up call", pt: "Chamada de despertar", de: "Weckruf", fr: "Réveil téléphonique", es: "Llamada despertador", ar: "مكالمة إيقاظ" },
    description: {
      en: "We call your room at the time you choose.",
      pt: "Ligamos para o seu quarto à hora que escolher.",
      de: "Wir rufen Ihr Zimmer zur gewünschten Zeit an.",
      fr: "Nous appelons votre chambre à l'heure de votre choix.",
      es: "Llamamos a su habitación a la hora que elija.",
      ar: "نتصل بغرفتك في الوقت الذي تختاره.",
    },
  },
  {
    kind: "LATE_CHECKOUT",
    department: "FRONT_DESK",
    targetMinutes: 60,
    latestCheckout: "14:00",
    name: { en: "Late check-out", pt: "Check-out tardio", de: "Später Check-out", fr: "Départ tardif", es: "Salida tardía", ar: "مغادرة متأخرة" },
    description: {
      en: "Ask to leave later on your departure day; the front desk confirms.",
      pt: "Peça para sair mais tarde no dia da partida; a receção confirma.",
      de: "Bitten Sie darum, am Abreisetag später abzureisen; die Rezeption bestätigt.",
      fr: "Demandez à partir plus tard le jour de votre départ ; la réception confirme.",
      es: "Pida salir más tarde el día de su salida; la recepción lo confirma.",
      ar: "اطلب المغادرة في وقت لاحق يوم مغادرتك؛ ويؤكد مكتب الاستقبال ذلك.",
    },
  },
];

const others = (own: GuestLanguage) => GUEST_LANGUAGES.filter((l) => l !== own);

/** A seed as the hotel's row: its own language's words, the rest as translations. */
export function defaultTypeRow(seed: TypeSeed, hotelId: string, language: GuestLanguage, position: number): NewRequestType {
  const translations: RequestTypeTranslations = Object.fromEntries(others(language).map((l) => [l, { name: seed.name[l], description: seed.description[l] }]));
  const options: RequestTypeOptions = {};
  if (seed.items) {
    options.items = seed.items.map((i) => ({ key: i.key, label: i.label[language], max: i.max, translations: Object.fromEntries(others(language).map((l) => [l, i.label[l]])) }));
  }
  if (seed.latestCheckout) options.latestCheckout = seed.latestCheckout;
  return { hotelId, kind: seed.kind, name: seed.name[language], description: seed.description[language], department: seed.department, targetMinutes: seed.targetMinutes, position, options, translations };
}

const asLanguage = (v: string): GuestLanguage => ((GUEST_LANGUAGES as readonly string[]).includes(v) ? (v as GuestLanguage) : "en");

/**
 * Gives a hotel the default request types unless it has any already (run for every new hotel, in
 * the transaction that creates it, and as a backfill for older ones): safe to call again.
 * Returns how many types were created.
 */
export async function ensureDefaultRequestTypes(db: DbOrTx, hotelId: string): Promise<number> {
  const [hotel] = await db.select({ defaultLanguage: hotels.defaultLanguage }).from(hotels).where(eq(hotels.id, hotelId));
  if (!hotel) throw new Error(`no hotel ${hotelId}`);
  const [existing] = await db.select({ id: requestTypes.id }).from(requestTypes).where(eq(requestTypes.hotelId, hotelId)).limit(1);
  if (existing) return 0;
  const language = asLanguage(hotel.defaultLanguage);
  await db.insert(requestTypes).values(DEFAULT_REQUEST_TYPES.map((s, i) => defaultTypeRow(s, hotelId, language, i)));
  return DEFAULT_REQUEST_TYPES.length;
}
