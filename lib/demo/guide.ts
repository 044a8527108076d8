import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { hotels, type HotelGuide } from "@/lib/db/schema";

// The demo hotel's guide on the portal: Wi-Fi, opening hours, contacts, house rules and local tips,
// written in English (the hotel's language) with every other guest language beside it. Hours'
// values are times, so only their labels are translated.

const GRAND_HARBOUR: HotelGuide = {
  wifi: { network: "Harbour-Guest", password: "bluetram28" },
  hours: [
    { key: "breakfast", label: "Breakfast", value: "07:00–10:30" },
    { key: "pool", label: "Rooftop pool", value: "08:00–20:00" },
    { key: "spa", label: "Spa", value: "10:00–19:00" },
    { key: "bar", label: "Harbour bar", value: "17:00–01:00" },
    { key: "reception", label: "Reception", value: "24/7" },
  ],
  contacts: [
    { label: "Reception", value: "+351 21 000 0100" },
    { label: "Concierge", value: "concierge@grand-harbour.example" },
    { label: "Emergency", value: "112" },
  ],
  houseRules:
    "Quiet hours are from 22:00 to 08:00. Smoking is not allowed in the rooms or on the balconies. Please take the pool towels at the pool, not the ones from your room. Visitors are welcome in the lobby and the bar.",
  tips: [
    { title: "Tram 28 before the crowds", text: "Board the old yellow tram at Martim Moniz before 08:00 and ride up through Alfama while the streets are still quiet." },
    { title: "Custard tarts, warm", text: "Manteigaria, six minutes' walk up Rua do Loreto, bakes pastéis de nata all day. Ask for cinnamon on top." },
    { title: "Sunset at Santa Catarina", text: "The viewpoint ten minutes from the hotel looks over the river and the 25 de Abril bridge. Go half an hour before sunset." },
  ],
  translations: {
    pt: {
      hours: { breakfast: "Pequeno-almoço", pool: "Piscina no terraço", spa: "Spa", bar: "Bar Harbour", reception: "Receção" },
      contacts: { Reception: "Receção", Concierge: "Concierge", Emergency: "Emergência" },
      houseRules:
        "O período de silêncio é das 22:00 às 08:00. Não é permitido fumar nos quartos nem nas varandas. Use as toalhas de piscina disponíveis na piscina e não as do seu quarto. As visitas são bem-vindas no lobby e no bar.",
      tips: [
        { title: "Elétrico 28 antes das multidões", text: "Apanhe o velho elétrico amarelo no Martim Moniz antes das 08:00 e suba por Alfama enquanto as ruas ainda estão calmas." },
        { title: "Pastéis de nata, quentes", text: "A Manteigaria, a seis minutos a pé subindo a Rua do Loreto, coze pastéis de nata todo o dia. Peça canela por cima." },
        { title: "Pôr do sol em Santa Catarina", text: "O miradouro a dez minutos do hotel tem vista sobre o rio e a ponte 25 de Abril. Vá meia hora antes do pôr do sol." },
      ],
    },
    de: {
      hours: { breakfast: "Frühstück", pool: "Dachpool", spa: "Spa", bar: "Harbour Bar", reception: "Rezeption" },
      contacts: { Reception: "Rezeption", Concierge: "Concierge", Emergency: "Notruf" },
      houseRules:
        "Nachtruhe ist von 22:00 bis 08:00 Uhr. Rauchen ist in den Zimmern und auf den Balkonen nicht gestattet. Bitte nehmen Sie die Pooltücher am Pool, nicht die Handtücher aus Ihrem Zimmer. Besucher sind in der Lobby und an der Bar willkommen.",
      tips: [
        { title: "Tram 28 vor dem Andrang", text: "Steigen Sie vor 08:00 Uhr am Martim Moniz in die alte gelbe Straßenbahn und fahren Sie durch die Alfama, solange die Gassen noch ruhig sind." },
        { title: "Puddingtörtchen, warm", text: "Die Manteigaria, sechs Gehminuten die Rua do Loreto hinauf, backt den ganzen Tag Pastéis de nata. Fragen Sie nach Zimt obendrauf." },
        { title: "Sonnenuntergang in Santa Catarina", text: "Der Aussichtspunkt zehn Minuten vom Hotel blickt über den Fluss und die Brücke des 25. April. Kommen Sie eine halbe Stunde vor Sonnenuntergang." },
      ],
    },
    fr: {
      hours: { breakfast: "Petit-déjeuner", pool: "Piscine sur le toit", spa: "Spa", bar: "Harbour bar", reception: "Réception" },
      contacts: { Reception: "Réception", Concierge: "Conciergerie", Emergency: "Urgences" },
      houseRules:
        "Le calme est de rigueur de 22:00 à 08:00. Il est interdit de fumer dans les chambres et sur les balcons. Merci de prendre les serviettes de piscine à la piscine, et non celles de votre chambre. Les visiteurs sont les bienvenus dans le hall et au bar.",
      tips: [
        { title: "Le tram 28 avant la foule", text: "Montez dans le vieux tram jaune à Martim Moniz avant 08:00 et traversez l'Alfama tant que les rues sont encore calmes." },
        { title: "Pastéis de nata tout chauds", text: "Manteigaria, à six minutes à pied en montant la Rua do Loreto, en cuit toute la journée. Demandez de la cannelle dessus." },
        { title: "Coucher de soleil à Santa Catarina", text: "Le belvédère, à dix minutes de l'hôtel, domine le fleuve et le pont du 25-Avril. Arrivez une demi-heure avant le coucher du soleil." },
      ],
    },
    es: {
      hours: { breakfast: "Desayuno", pool: "Piscina en la azotea", spa: "Spa", bar: "Bar Harbour", reception: "Recepción" },
      contacts: { Reception: "Recepción", Concierge: "Conserjería", Emergency: "Emergencias" },
      houseRules:
        "El horario de silencio es de 22:00 a 08:00. No se permite fumar en las habitaciones ni en los balcones. Use las toallas de piscina que encontrará en la piscina, no las de su habitación. Las visitas son bienvenidas en el vestíbulo y en el bar.",
      tips: [
        { title: "El tranvía 28 antes que nadie", text: "Suba al viejo tranvía amarillo en Martim Moniz antes de las 08:00 y recorra Alfama mientras las calles siguen tranquilas." },
        { title: "Pastéis de nata, calentitos", text: "Manteigaria, a seis minutos a pie subiendo la Rua do Loreto, los hornea todo el día. Pídalos con canela por encima." },
        { title: "Atardecer en Santa Catarina", text: "El mirador, a diez minutos del hotel, da al río y al puente 25 de Abril. Llegue media hora antes de la puesta de sol." },
      ],
    },
    ar: {
      hours: { breakfast: "الفطور", pool: "المسبح على السطح", spa: "السبا", bar: "بار هاربر", reception: "الاستقبال" },
      contacts: { Reception: "الاستقبال", Concierge: "الكونسيرج", Emergency: "الطوارئ" },
      houseRules:
        "ساعات الهدوء من 22:00 حتى 08:00. التدخين ممنوع في الغرف وعلى الشرفات. يُرجى استخدام مناشف المسبح المتوفرة عند المسبح وليس مناشف غرفتك. الزوار مرحَّب بهم في الردهة وفي البار.",
      tips: [
        { title: "الترام 28 قبل الزحام", text: "اركب الترام الأصفر القديم من ميدان مارتيم مونيز قبل الساعة 08:00 وتجوّل في حي ألفاما والشوارع ما زالت هادئة." },
        { title: "فطائر الكاسترد ساخنة", text: "مخبز مانتيغاريا، على بُعد ست دقائق سيرًا صعودًا في شارع لوريتو، يخبز فطائر باستيل دي ناتا طوال اليوم. اطلبها مع القرفة." },
        { title: "الغروب في سانتا كاتارينا", text: "تطل هذه الشرفة، على بُعد عشر دقائق من الفندق، على النهر وجسر 25 أبريل. اذهب قبل الغروب بنصف ساعة." },
      ],
    },
  },
};

const GUIDES: Record<string, HotelGuide> = { "grand-harbour": GRAND_HARBOUR };

/** The demo guide of a plan (by its slug before any test prefix), for the seed and its test. */
export function demoGuide(planSlug: string): HotelGuide | undefined {
  return GUIDES[planSlug];
}

/**
 * Gives a demo hotel its guide and an 11:00 check-out. Only while its guide is still empty, so
 * re-running the seed keeps what an admin wrote in the console.
 */
export async function seedDemoGuide(db: DbOrTx, hotel: { id: string }, planSlug: string): Promise<void> {
  const guide = demoGuide(planSlug);
  if (!guide) return;
  await db
    .update(hotels)
    .set({ guide, checkOutTime: "11:00" })
    .where(and(eq(hotels.id, hotel.id), sql`${hotels.guide} = '{}'::jsonb`));
}
