import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { menuCategories, menuItems, type LabelTranslations, type MenuOptionGroup, type NewMenuItem, type TextTranslations } from "@/lib/db/schema";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

// Realistic demo menus, one per demo hotel (prices in that hotel's currency's minor units).
// Option ids are readable and stable so demos and scripts can name them. Written in English (the
// demo hotels' own language), translated into the other guest languages below.

type DemoItem = Omit<NewMenuItem, "hotelId" | "categoryId" | "position">;
type DemoMenu = { category: string; description?: string; items: DemoItem[] }[];

// The demo menus in the other guest languages, keyed by the hotel's (English) words: category
// names and descriptions, item names and descriptions, option group names and choice labels. A
// dish known by its own name everywhere (Caldo verde, Croque monsieur) keeps it: no entry.
type Words = Partial<Record<Locale, string>>;
const WORDS: Record<string, Words> = {
  // Categories
  "Starters & salads": { pt: "Entradas e saladas", de: "Vorspeisen & Salate", fr: "Entrées et salades", es: "Entrantes y ensaladas", ar: "المقبلات والسلطات" },
  Mains: { pt: "Pratos principais", de: "Hauptgerichte", fr: "Plats", es: "Platos principales", ar: "الأطباق الرئيسية" },
  "Late night": { pt: "Ceia", de: "Spätabends", fr: "Tard le soir", es: "Carta nocturna", ar: "وجبات آخر الليل" },
  "From 18:00 until the kitchen closes": {
    pt: "Das 18:00 até ao fecho da cozinha",
    de: "Ab 18:00 bis Küchenschluss",
    fr: "De 18:00 jusqu'à la fermeture de la cuisine",
    es: "Desde las 18:00 hasta el cierre de la cocina",
    ar: "من الساعة 18:00 حتى إغلاق المطبخ",
  },
  Desserts: { pt: "Sobremesas", es: "Postres", ar: "الحلويات" },
  Drinks: { pt: "Bebidas", de: "Getränke", fr: "Boissons", es: "Bebidas", ar: "المشروبات" },
  Breakfast: { pt: "Pequeno-almoço", de: "Frühstück", fr: "Petit-déjeuner", es: "Desayuno", ar: "الفطور" },
  "Ordered the evening before, served in your room": {
    pt: "Encomendado na véspera, servido no seu quarto",
    de: "Am Vorabend bestellt, auf Ihrem Zimmer serviert",
    fr: "Commandé la veille, servi dans votre chambre",
    es: "Se pide la noche anterior y se sirve en su habitación",
    ar: "يُطلب في المساء السابق ويُقدَّم في غرفتك",
  },
  "Soups & starters": { pt: "Sopas e entradas", de: "Suppen & Vorspeisen", fr: "Soupes et entrées", es: "Sopas y entrantes", ar: "الحساء والمقبلات" },
  "Desserts & drinks": { pt: "Sobremesas e bebidas", de: "Desserts & Getränke", fr: "Desserts et boissons", es: "Postres y bebidas", ar: "الحلويات والمشروبات" },

  // Grand Harbour
  "Kale and potato soup with chouriço": {
    pt: "Sopa de couve e batata com chouriço",
    de: "Grünkohl-Kartoffel-Suppe mit Chouriço",
    fr: "Soupe de chou et pommes de terre au chouriço",
    es: "Sopa de col y patata con chorizo",
    ar: "حساء الكرنب والبطاطس مع سجق الشوريسو",
  },
  Chouriço: { es: "Chorizo", ar: "الشوريسو" },
  "With chouriço": { pt: "Com chouriço", de: "Mit Chouriço", fr: "Avec chouriço", es: "Con chorizo", ar: "مع الشوريسو" },
  "Without (vegetarian)": { pt: "Sem (vegetariano)", de: "Ohne (vegetarisch)", fr: "Sans (végétarien)", es: "Sin (vegetariano)", ar: "بدونه (نباتي)" },
  "Caesar salad": { pt: "Salada César", de: "Caesar Salad", fr: "Salade César", es: "Ensalada César", ar: "سلطة سيزر" },
  "Romaine, parmesan, croutons, anchovy dressing": {
    pt: "Alface romana, parmesão, croutons, molho de anchova",
    de: "Römersalat, Parmesan, Croûtons, Sardellendressing",
    fr: "Romaine, parmesan, croûtons, sauce aux anchois",
    es: "Lechuga romana, parmesano, picatostes, aliño de anchoas",
    ar: "خس روماني، بارميزان، خبز محمص، صلصة الأنشوجة",
  },
  Add: { pt: "Acrescentar", de: "Dazu", fr: "Supplément", es: "Añadir", ar: "إضافة" },
  "+ grilled chicken": { pt: "+ frango grelhado", de: "+ gegrilltes Hähnchen", fr: "+ poulet grillé", es: "+ pollo a la plancha", ar: "+ دجاج مشوي" },
  "+ prawns": { pt: "+ camarão", de: "+ Garnelen", fr: "+ crevettes", es: "+ gambas", ar: "+ روبيان" },
  "Hummus & flatbread": { pt: "Húmus com pão árabe", de: "Hummus mit Fladenbrot", fr: "Houmous et pain plat", es: "Hummus con pan de pita", ar: "حمص مع خبز عربي" },
  "Burrata with tomatoes": { pt: "Burrata com tomate", de: "Burrata mit Tomaten", fr: "Burrata aux tomates", es: "Burrata con tomates", ar: "بوراتا مع الطماطم" },
  "Harbour burger": { pt: "Hambúrguer Harbour", de: "Harbour-Burger", fr: "Burger Harbour", es: "Hamburguesa Harbour", ar: "برغر هاربر" },
  "Aged beef, cheddar, pickles, fries": {
    pt: "Novilho maturado, cheddar, pickles, batatas fritas",
    de: "Gereiftes Rindfleisch, Cheddar, Essiggurken, Pommes frites",
    fr: "Bœuf maturé, cheddar, pickles, frites",
    es: "Ternera madurada, cheddar, pepinillos, patatas fritas",
    ar: "لحم بقري معتّق، جبن شيدر، مخللات، بطاطس مقلية",
  },
  Cooking: { pt: "Ponto", de: "Garstufe", fr: "Cuisson", es: "Punto", ar: "درجة الطهي" },
  Rare: { pt: "Mal passado", de: "Blutig", fr: "Saignant", es: "Poco hecho", ar: "قليل الاستواء" },
  Medium: { pt: "Médio", fr: "À point", es: "Al punto", ar: "متوسط الاستواء" },
  "Well done": { pt: "Bem passado", de: "Durchgebraten", fr: "Bien cuit", es: "Muy hecho", ar: "كامل الاستواء" },
  Extras: { fr: "Suppléments", ar: "إضافات" },
  "+ bacon": { de: "+ Speck", es: "+ beicon", ar: "+ بيكون" },
  "+ fried egg": { pt: "+ ovo estrelado", de: "+ Spiegelei", fr: "+ œuf au plat", es: "+ huevo frito", ar: "+ بيضة مقلية" },
  "+ extra cheddar": { pt: "+ cheddar extra", de: "+ extra Cheddar", fr: "+ supplément cheddar", es: "+ cheddar extra", ar: "+ جبن شيدر إضافي" },
  "Grilled sea bass": { pt: "Robalo grelhado", de: "Gegrillter Wolfsbarsch", fr: "Bar grillé", es: "Lubina a la parrilla", ar: "سمك القاروص المشوي" },
  "Lemon, olive oil, new potatoes": {
    pt: "Limão, azeite, batata nova",
    de: "Zitrone, Olivenöl, neue Kartoffeln",
    fr: "Citron, huile d'olive, pommes de terre nouvelles",
    es: "Limón, aceite de oliva, patatas nuevas",
    ar: "ليمون، زيت زيتون، بطاطس صغيرة",
  },
  "Bacalhau à Brás": { ar: "باكالياو آ براش" },
  "Salt cod, straw potatoes, egg, olives": {
    pt: "Bacalhau, batata palha, ovo, azeitonas",
    de: "Stockfisch, Strohkartoffeln, Ei, Oliven",
    fr: "Morue, pommes paille, œuf, olives",
    es: "Bacalao, patatas paja, huevo, aceitunas",
    ar: "سمك القد المملح، بطاطس رفيعة مقرمشة، بيض، زيتون",
  },
  "Mushroom risotto": { pt: "Risotto de cogumelos", de: "Pilzrisotto", fr: "Risotto aux champignons", es: "Risotto de setas", ar: "ريزوتو الفطر" },
  "Club sandwich": { pt: "Sanduíche club", de: "Clubsandwich", es: "Sándwich club", ar: "كلوب ساندويتش" },
  "Chicken, bacon, egg, tomato, fries": {
    pt: "Frango, bacon, ovo, tomate, batatas fritas",
    de: "Hähnchen, Speck, Ei, Tomate, Pommes frites",
    fr: "Poulet, bacon, œuf, tomate, frites",
    es: "Pollo, beicon, huevo, tomate, patatas fritas",
    ar: "دجاج، بيكون، بيض، طماطم، بطاطس مقلية",
  },
  Bread: { pt: "Pão", de: "Brot", fr: "Pain", es: "Pan", ar: "الخبز" },
  White: { pt: "Branco", de: "Weißbrot", fr: "Blanc", es: "Blanco", ar: "أبيض" },
  Wholemeal: { pt: "Integral", de: "Vollkorn", fr: "Complet", es: "Integral", ar: "قمح كامل" },
  "Gluten-free": { pt: "Sem glúten", de: "Glutenfrei", fr: "Sans gluten", es: "Sin gluten", ar: "خالٍ من الغلوتين" },
  "Croque monsieur": { ar: "كروك مسيو" },
  "Cheese & charcuterie board": {
    pt: "Tábua de queijos e enchidos",
    de: "Käse- und Wurstplatte",
    fr: "Planche de fromages et charcuterie",
    es: "Tabla de quesos y embutidos",
    ar: "طبق الأجبان واللحوم الباردة",
  },
  "Pastéis de nata (2)": { ar: "باستيش دي ناتا (2)" },
  "Chocolate fondant": { pt: "Fondant de chocolate", de: "Schokoladen-Fondant", fr: "Fondant au chocolat", es: "Coulant de chocolate", ar: "فوندان الشوكولاتة" },
  "Served with": { pt: "Servido com", de: "Serviert mit", fr: "Servi avec", es: "Servido con", ar: "يُقدَّم مع" },
  "Vanilla ice cream": { pt: "Gelado de baunilha", de: "Vanilleeis", fr: "Glace à la vanille", es: "Helado de vainilla", ar: "آيس كريم الفانيليا" },
  "Whipped cream": { pt: "Natas batidas", de: "Schlagsahne", fr: "Crème fouettée", es: "Nata montada", ar: "كريمة مخفوقة" },
  "Fresh fruit plate": { pt: "Prato de fruta fresca", de: "Teller mit frischem Obst", fr: "Assiette de fruits frais", es: "Plato de fruta fresca", ar: "طبق فواكه طازجة" },
  "Fresh orange juice": { pt: "Sumo de laranja natural", de: "Frisch gepresster Orangensaft", fr: "Jus d'orange frais", es: "Zumo de naranja natural", ar: "عصير برتقال طازج" },
  Coffee: { pt: "Café", de: "Kaffee", fr: "Café", es: "Café", ar: "قهوة" },
  Style: { pt: "Tipo", de: "Zubereitung", fr: "Préparation", es: "Tipo", ar: "النوع" },
  Espresso: { pt: "Expresso", fr: "Expresso", es: "Café solo", ar: "إسبريسو" },
  Americano: { ar: "أمريكانو" },
  Latte: { pt: "Galão", es: "Café con leche", ar: "لاتيه" },
  Cappuccino: { ar: "كابتشينو" },
  Milk: { pt: "Leite", de: "Milch", fr: "Lait", es: "Leche", ar: "الحليب" },
  "Whole milk": { pt: "Leite gordo", de: "Vollmilch", fr: "Lait entier", es: "Leche entera", ar: "حليب كامل الدسم" },
  "Oat milk": { pt: "Bebida de aveia", de: "Haferdrink", fr: "Lait d'avoine", es: "Bebida de avena", ar: "حليب الشوفان" },
  "No milk": { pt: "Sem leite", de: "Ohne Milch", fr: "Sans lait", es: "Sin leche", ar: "بدون حليب" },
  "Vinho verde": { ar: "نبيذ فينيو فيردي" },
  Size: { pt: "Tamanho", de: "Größe", fr: "Format", es: "Tamaño", ar: "الحجم" },
  Glass: { pt: "Copo", de: "Glas", fr: "Verre", es: "Copa", ar: "كأس" },
  Bottle: { pt: "Garrafa", de: "Flasche", fr: "Bouteille", es: "Botella", ar: "زجاجة" },
  "Full breakfast": { pt: "Pequeno-almoço completo", de: "Großes Frühstück", fr: "Petit-déjeuner complet", es: "Desayuno completo", ar: "فطور كامل" },
  "Eggs, bacon, sausage, beans, tomato, toast": {
    pt: "Ovos, bacon, salsicha, feijão, tomate, torradas",
    de: "Eier, Speck, Würstchen, Bohnen, Tomate, Toast",
    fr: "Œufs, bacon, saucisse, haricots, tomate, toasts",
    es: "Huevos, beicon, salchicha, alubias, tomate, tostadas",
    ar: "بيض، بيكون، نقانق، فاصولياء، طماطم، خبز محمص",
  },
  Eggs: { pt: "Ovos", de: "Eier", fr: "Œufs", es: "Huevos", ar: "البيض" },
  Fried: { pt: "Estrelados", de: "Spiegelei", fr: "Au plat", es: "Fritos", ar: "مقلي" },
  Scrambled: { pt: "Mexidos", de: "Rührei", fr: "Brouillés", es: "Revueltos", ar: "مخفوق" },
  Poached: { pt: "Escalfados", de: "Pochiert", fr: "Pochés", es: "Escalfados", ar: "بوشيه" },
  "Eggs your way": { pt: "Ovos à sua escolha", de: "Eier nach Wahl", fr: "Œufs à votre façon", es: "Huevos a su gusto", ar: "البيض على طريقتك" },
  "Two eggs on sourdough": {
    pt: "Dois ovos sobre pão de fermentação natural",
    de: "Zwei Eier auf Sauerteigbrot",
    fr: "Deux œufs sur pain au levain",
    es: "Dos huevos sobre pan de masa madre",
    ar: "بيضتان على خبز العجين المخمّر",
  },
  "+ avocado": { pt: "+ abacate", de: "+ Avocado", fr: "+ avocat", es: "+ aguacate", ar: "+ أفوكادو" },
  "+ smoked salmon": { pt: "+ salmão fumado", de: "+ Räucherlachs", fr: "+ saumon fumé", es: "+ salmón ahumado", ar: "+ سلمون مدخن" },
  Pancakes: { pt: "Panquecas", de: "Pfannkuchen", es: "Tortitas", ar: "بان كيك" },
  "Maple syrup, berries": { pt: "Xarope de ácer, frutos vermelhos", de: "Ahornsirup, Beeren", fr: "Sirop d'érable, fruits rouges", es: "Sirope de arce, frutos rojos", ar: "شراب القيقب، توت" },
  "Yoghurt & granola": { pt: "Iogurte com granola", de: "Joghurt mit Granola", fr: "Yaourt et granola", es: "Yogur con granola", ar: "زبادي مع جرانولا" },
  "Continental basket": { pt: "Cesto continental", de: "Kontinentaler Brotkorb", fr: "Corbeille continentale", es: "Cesta continental", ar: "سلة الفطور القاري" },
  "Croissant, pão de Deus, jam, butter": {
    pt: "Croissant, pão de Deus, compota, manteiga",
    de: "Croissant, Pão de Deus, Konfitüre, Butter",
    fr: "Croissant, pão de Deus, confiture, beurre",
    es: "Cruasán, pão de Deus, mermelada, mantequilla",
    ar: "كرواسون، خبز باو دي ديوش، مربى، زبدة",
  },
  "Avocado toast": { pt: "Tosta de abacate", de: "Avocado-Toast", fr: "Toast à l'avocat", es: "Tostada de aguacate", ar: "توست الأفوكادو" },
  "+ poached egg": { pt: "+ ovo escalfado", de: "+ pochiertes Ei", fr: "+ œuf poché", es: "+ huevo escalfado", ar: "+ بيضة بوشيه" },
  "+ feta": { de: "+ Feta", es: "+ queso feta", ar: "+ جبن فيتا" },

  // Alpine Lodge
  Gerstensuppe: { pt: "Sopa de cevada", fr: "Soupe d'orge", es: "Sopa de cebada", ar: "حساء الشعير" },
  "Graubünden barley soup": {
    pt: "Sopa de cevada dos Grisões",
    de: "Bündner Gerstensuppe",
    fr: "Soupe d'orge des Grisons",
    es: "Sopa de cebada de los Grisones",
    ar: "حساء الشعير على طريقة غراوبوندن",
  },
  Nüsslisalat: { pt: "Salada de canónigos", fr: "Salade de mâche", es: "Ensalada de canónigos", ar: "سلطة خس الحمل" },
  "Lamb's lettuce, egg, croutons": {
    pt: "Canónigos, ovo, croutons",
    de: "Nüsslisalat, Ei, Croûtons",
    fr: "Mâche, œuf, croûtons",
    es: "Canónigos, huevo, picatostes",
    ar: "خس الحمل، بيض، خبز محمص",
  },
  Dressing: { pt: "Molho", fr: "Sauce", es: "Aliño", ar: "الصلصة" },
  French: { pt: "Francês", fr: "Française", es: "Francesa", ar: "فرنسية" },
  Italian: { pt: "Italiano", fr: "Italienne", es: "Italiana", ar: "إيطالية" },
  "Bündnerfleisch plate": {
    pt: "Prato de Bündnerfleisch",
    de: "Bündnerfleisch-Teller",
    fr: "Assiette de viande des Grisons",
    es: "Plato de cecina de los Grisones",
    ar: "طبق لحم غراوبوندن المجفف",
  },
  "Zürcher Geschnetzeltes": { fr: "Émincé de veau à la zurichoise", ar: "شرائح العجل على طريقة زيورخ" },
  "Veal in cream sauce with rösti": {
    pt: "Vitela em molho de natas com rösti",
    de: "Kalbfleisch an Rahmsauce mit Rösti",
    fr: "Veau à la sauce à la crème et rösti",
    es: "Ternera en salsa de nata con rösti",
    ar: "لحم عجل بصلصة الكريمة مع الروستي",
  },
  "Cheese fondue (for two)": { pt: "Fondue de queijo (para dois)", de: "Käsefondue (für zwei)", fr: "Fondue au fromage (pour deux)", es: "Fondue de queso (para dos)", ar: "فوندو الجبن (لشخصين)" },
  "+ potatoes": { pt: "+ batatas", de: "+ Kartoffeln", fr: "+ pommes de terre", es: "+ patatas", ar: "+ بطاطس" },
  "+ pickles": { de: "+ Essiggurken", fr: "+ cornichons", es: "+ encurtidos", ar: "+ مخللات" },
  "Pasta, potatoes, cheese, onions, apple sauce": {
    pt: "Massa, batata, queijo, cebola, puré de maçã",
    de: "Teigwaren, Kartoffeln, Käse, Zwiebeln, Apfelmus",
    fr: "Pâtes, pommes de terre, fromage, oignons, compote de pommes",
    es: "Pasta, patatas, queso, cebolla, compota de manzana",
    ar: "معكرونة، بطاطس، جبن، بصل، صلصة التفاح",
  },
  "Lodge burger": { pt: "Hambúrguer Lodge", de: "Lodge-Burger", fr: "Burger Lodge", es: "Hamburguesa Lodge", ar: "برغر لودج" },
  "Rösti with fried egg": { pt: "Rösti com ovo estrelado", de: "Rösti mit Spiegelei", fr: "Rösti et œuf au plat", es: "Rösti con huevo frito", ar: "روستي مع بيضة مقلية" },
  "Apple strudel": { pt: "Strudel de maçã", de: "Apfelstrudel", fr: "Strudel aux pommes", es: "Strudel de manzana", ar: "شترودل التفاح" },
  "Vanilla sauce": { pt: "Molho de baunilha", de: "Vanillesauce", fr: "Sauce vanille", es: "Salsa de vainilla", ar: "صلصة الفانيليا" },
  "Ice cream": { pt: "Gelado", de: "Eis", fr: "Glace", es: "Helado", ar: "آيس كريم" },
  "Meringues with double cream": {
    pt: "Merengues com natas espessas",
    de: "Meringues mit Doppelrahm",
    fr: "Meringues à la double crème",
    es: "Merengues con nata espesa",
    ar: "مرنغ مع القشدة الكثيفة",
  },
  "Hot chocolate": { pt: "Chocolate quente", de: "Heiße Schokolade", fr: "Chocolat chaud", es: "Chocolate caliente", ar: "شوكولاتة ساخنة" },
  "Café crème": { ar: "كافيه كريم" },
  "Latte macchiato": { ar: "لاتيه ماكياتو" },
  "Apple juice (Süssmost)": { pt: "Sumo de maçã (Süssmost)", de: "Apfelsaft (Süssmost)", fr: "Jus de pomme (Süssmost)", es: "Zumo de manzana (Süssmost)", ar: "عصير تفاح (زوسموست)" },
  "Glass of Fendant": { pt: "Copo de Fendant", de: "Glas Fendant", fr: "Verre de Fendant", es: "Copa de Fendant", ar: "كأس نبيذ فاندان" },
  "Bircher muesli": { pt: "Muesli Bircher", de: "Birchermüesli", fr: "Birchermüesli", es: "Muesli Bircher", ar: "موسلي بيرشر" },
  "Zopf & jam basket": { pt: "Cesto de Zopf com compota", de: "Zopf mit Konfitüre", fr: "Tresse au beurre et confiture", es: "Cesta de Zopf con mermelada", ar: "سلة خبز تسوبف مع المربى" },
  "Alpine cheese plate": { pt: "Prato de queijos alpinos", de: "Alpkäseteller", fr: "Assiette de fromages d'alpage", es: "Plato de quesos alpinos", ar: "طبق أجبان جبال الألب" },
  "Smoked salmon bagel": { pt: "Bagel de salmão fumado", de: "Bagel mit Räucherlachs", fr: "Bagel au saumon fumé", es: "Bagel de salmón ahumado", ar: "بيغل بالسلمون المدخن" },
};

/** A label's words in the other languages (none: the same everywhere). */
const labelWords = (text: string): { translations?: LabelTranslations } => (WORDS[text] ? { translations: { ...WORDS[text] } } : {});

/** A category's or item's name and description in the other languages. */
function textWords(name: string, description: string | null | undefined): TextTranslations {
  const out: TextTranslations = {};
  for (const l of LOCALES) {
    const n = WORDS[name]?.[l];
    const d = description ? WORDS[description]?.[l] : undefined;
    if (n || d) out[l] = { ...(n ? { name: n } : {}), ...(d ? { description: d } : {}) };
  }
  return out;
}

const g = (id: string, name: string, choices: [string, string, number][], opts: { required?: boolean; max?: number } = {}): MenuOptionGroup => ({
  id,
  name,
  required: opts.required ?? false,
  maxChoices: opts.max ?? 1,
  choices: choices.map(([cid, label, priceDeltaMinor]) => ({ id: `${id}-${cid}`, label, priceDeltaMinor, ...labelWords(label) })),
  ...labelWords(name),
});

const eggs = g("eggs", "Eggs", [["fried", "Fried", 0], ["scrambled", "Scrambled", 0], ["poached", "Poached", 0]], { required: true });
const breakfastSides = g("sides", "Add", [["bacon", "+ bacon", 300], ["avocado", "+ avocado", 250], ["salmon", "+ smoked salmon", 450]], { max: 3 });
const milk = g("milk", "Milk", [["whole", "Whole milk", 0], ["oat", "Oat milk", 50], ["none", "No milk", 0]]);
const doneness = g("cook", "Cooking", [["rare", "Rare", 0], ["medium", "Medium", 0], ["well", "Well done", 0]], { required: true });
const sizes = g("size", "Size", [["glass", "Glass", 0], ["bottle", "Bottle", 2200]], { required: true });

const GRAND_HARBOUR: DemoMenu = [
  {
    category: "Starters & salads",
    items: [
      { name: "Caldo verde", description: "Kale and potato soup with chouriço", priceMinor: 750, allergens: ["celery"], prepMinutes: 10, optionGroups: [g("chourico", "Chouriço", [["with", "With chouriço", 0], ["without", "Without (vegetarian)", 0]], { required: true })] },
      { name: "Caesar salad", description: "Romaine, parmesan, croutons, anchovy dressing", priceMinor: 1250, allergens: ["gluten", "milk", "eggs", "fish"], prepMinutes: 12, optionGroups: [g("protein", "Add", [["chicken", "+ grilled chicken", 400], ["prawns", "+ prawns", 600]])] },
      { name: "Hummus & flatbread", priceMinor: 900, dietaryTags: ["vegan"], allergens: ["sesame", "gluten"], prepMinutes: 8 },
      { name: "Burrata with tomatoes", priceMinor: 1350, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["milk"] },
    ],
  },
  {
    category: "Mains",
    items: [
      { name: "Harbour burger", description: "Aged beef, cheddar, pickles, fries", priceMinor: 1950, allergens: ["gluten", "milk", "mustard", "sesame"], prepMinutes: 25, optionGroups: [doneness, g("extras", "Extras", [["bacon", "+ bacon", 300], ["egg", "+ fried egg", 200], ["cheese", "+ extra cheddar", 150]], { max: 3 })] },
      { name: "Grilled sea bass", description: "Lemon, olive oil, new potatoes", priceMinor: 2600, dietaryTags: ["gluten_free", "dairy_free"], allergens: ["fish"], prepMinutes: 30 },
      { name: "Bacalhau à Brás", description: "Salt cod, straw potatoes, egg, olives", priceMinor: 2100, allergens: ["fish", "eggs"], prepMinutes: 25 },
      { name: "Mushroom risotto", priceMinor: 1800, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["milk", "celery"], prepMinutes: 25 },
      { name: "Club sandwich", description: "Chicken, bacon, egg, tomato, fries", priceMinor: 1650, allergens: ["gluten", "eggs", "mustard"], prepMinutes: 15, optionGroups: [g("bread", "Bread", [["white", "White", 0], ["brown", "Wholemeal", 0], ["gf", "Gluten-free", 150]], { required: true })] },
    ],
  },
  {
    category: "Late night",
    description: "From 18:00 until the kitchen closes",
    items: [
      { name: "Croque monsieur", priceMinor: 1200, allergens: ["gluten", "milk"], availableFrom: "18:00", availableUntil: "02:00", prepMinutes: 12 },
      { name: "Cheese & charcuterie board", priceMinor: 1900, allergens: ["milk", "nuts"], availableFrom: "18:00", availableUntil: "02:00", prepMinutes: 10 },
    ],
  },
  {
    category: "Desserts",
    items: [
      { name: "Pastéis de nata (2)", priceMinor: 450, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], prepMinutes: 5 },
      { name: "Chocolate fondant", priceMinor: 850, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], prepMinutes: 15, optionGroups: [g("side", "Served with", [["icecream", "Vanilla ice cream", 0], ["cream", "Whipped cream", 0]], { required: true })] },
      { name: "Fresh fruit plate", priceMinor: 700, dietaryTags: ["vegan", "gluten_free"], prepMinutes: 8, onBreakfast: true },
    ],
  },
  {
    category: "Drinks",
    items: [
      { name: "Fresh orange juice", priceMinor: 450, dietaryTags: ["vegan", "gluten_free"], prepMinutes: 5, onBreakfast: true },
      { name: "Coffee", priceMinor: 300, dietaryTags: ["vegan"], prepMinutes: 5, onBreakfast: true, optionGroups: [g("style", "Style", [["espresso", "Espresso", 0], ["americano", "Americano", 0], ["latte", "Latte", 100], ["cappuccino", "Cappuccino", 100]], { required: true }), milk] },
      { name: "Vinho verde", priceMinor: 700, allergens: ["sulphites"], prepMinutes: 5, optionGroups: [sizes] },
    ],
  },
  {
    category: "Breakfast",
    description: "Ordered the evening before, served in your room",
    items: [
      { name: "Full breakfast", description: "Eggs, bacon, sausage, beans, tomato, toast", priceMinor: 1800, allergens: ["gluten", "eggs"], onRoomService: false, onBreakfast: true, optionGroups: [eggs] },
      { name: "Eggs your way", description: "Two eggs on sourdough", priceMinor: 1100, dietaryTags: ["vegetarian"], allergens: ["gluten", "eggs"], onRoomService: false, onBreakfast: true, optionGroups: [eggs, breakfastSides] },
      { name: "Pancakes", description: "Maple syrup, berries", priceMinor: 1050, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], onRoomService: false, onBreakfast: true },
      { name: "Yoghurt & granola", priceMinor: 800, dietaryTags: ["vegetarian"], allergens: ["milk", "nuts", "gluten"], onRoomService: false, onBreakfast: true },
      { name: "Continental basket", description: "Croissant, pão de Deus, jam, butter", priceMinor: 950, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], onRoomService: false, onBreakfast: true },
      { name: "Avocado toast", priceMinor: 1150, dietaryTags: ["vegan"], allergens: ["gluten"], onRoomService: false, onBreakfast: true, optionGroups: [g("top", "Add", [["egg", "+ poached egg", 200], ["feta", "+ feta", 200]], { max: 2 })] },
    ],
  },
];

const ALPINE_LODGE: DemoMenu = [
  {
    category: "Soups & starters",
    items: [
      { name: "Gerstensuppe", description: "Graubünden barley soup", priceMinor: 1400, allergens: ["gluten", "celery"], prepMinutes: 10 },
      { name: "Nüsslisalat", description: "Lamb's lettuce, egg, croutons", priceMinor: 1600, dietaryTags: ["vegetarian"], allergens: ["eggs", "gluten", "mustard"], prepMinutes: 10, optionGroups: [g("dressing", "Dressing", [["french", "French", 0], ["italian", "Italian", 0]], { required: true })] },
      { name: "Bündnerfleisch plate", priceMinor: 2400, dietaryTags: ["gluten_free", "dairy_free"], prepMinutes: 8 },
    ],
  },
  {
    category: "Mains",
    items: [
      { name: "Zürcher Geschnetzeltes", description: "Veal in cream sauce with rösti", priceMinor: 3900, allergens: ["milk"], prepMinutes: 25 },
      { name: "Cheese fondue (for two)", priceMinor: 5800, dietaryTags: ["vegetarian"], allergens: ["milk", "gluten", "sulphites"], prepMinutes: 20, optionGroups: [g("extras", "Extras", [["potatoes", "+ potatoes", 500], ["pickles", "+ pickles", 300]], { max: 2 })] },
      { name: "Älplermagronen", description: "Pasta, potatoes, cheese, onions, apple sauce", priceMinor: 2900, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk"], prepMinutes: 20 },
      { name: "Lodge burger", priceMinor: 3200, allergens: ["gluten", "milk", "sesame"], prepMinutes: 20, optionGroups: [doneness] },
      { name: "Rösti with fried egg", priceMinor: 2600, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["eggs", "milk"], prepMinutes: 20 },
    ],
  },
  {
    category: "Desserts & drinks",
    items: [
      { name: "Apple strudel", priceMinor: 1200, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs", "nuts"], prepMinutes: 8, optionGroups: [g("with", "Served with", [["vanilla", "Vanilla sauce", 0], ["icecream", "Ice cream", 200]], { required: true })] },
      { name: "Meringues with double cream", priceMinor: 1300, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["eggs", "milk"], prepMinutes: 5 },
      { name: "Hot chocolate", priceMinor: 650, dietaryTags: ["vegetarian"], allergens: ["milk"], prepMinutes: 5, onBreakfast: true, optionGroups: [milk] },
      { name: "Coffee", priceMinor: 550, dietaryTags: ["vegan"], prepMinutes: 5, onBreakfast: true, optionGroups: [g("style", "Style", [["espresso", "Espresso", 0], ["creme", "Café crème", 0], ["latte", "Latte macchiato", 100]], { required: true }), milk] },
      { name: "Apple juice (Süssmost)", priceMinor: 550, dietaryTags: ["vegan", "gluten_free"], prepMinutes: 3, onBreakfast: true },
      { name: "Glass of Fendant", priceMinor: 900, allergens: ["sulphites"], availableFrom: "17:00", availableUntil: "01:00", prepMinutes: 3 },
    ],
  },
  {
    category: "Breakfast",
    description: "Ordered the evening before, served in your room",
    items: [
      { name: "Bircher muesli", priceMinor: 1400, dietaryTags: ["vegetarian"], allergens: ["milk", "nuts", "gluten"], onRoomService: false, onBreakfast: true },
      { name: "Zopf & jam basket", priceMinor: 1200, dietaryTags: ["vegetarian"], allergens: ["gluten", "milk", "eggs"], onRoomService: false, onBreakfast: true },
      { name: "Eggs your way", priceMinor: 1500, dietaryTags: ["vegetarian"], allergens: ["eggs"], onRoomService: false, onBreakfast: true, optionGroups: [eggs, breakfastSides] },
      { name: "Alpine cheese plate", priceMinor: 1800, dietaryTags: ["vegetarian", "gluten_free"], allergens: ["milk"], onRoomService: false, onBreakfast: true },
      { name: "Smoked salmon bagel", priceMinor: 1900, allergens: ["fish", "gluten", "milk"], onRoomService: false, onBreakfast: true },
    ],
  },
];

const MENUS: Record<string, DemoMenu> = { "grand-harbour": GRAND_HARBOUR, "alpine-lodge": ALPINE_LODGE };

/**
 * Gives a demo hotel its menu (by the plan's slug, before any test prefix). Does nothing if the
 * hotel already has a menu, so re-running the seed keeps edits made in the console.
 */
export async function seedDemoMenu(db: DbOrTx, hotel: { id: string }, planSlug: string): Promise<void> {
  const menu = MENUS[planSlug] ?? GRAND_HARBOUR;
  const [existing] = await db.select({ id: menuCategories.id }).from(menuCategories).where(eq(menuCategories.hotelId, hotel.id)).limit(1);
  if (existing) return;
  for (const [position, section] of menu.entries()) {
    const [category] = await db
      .insert(menuCategories)
      .values({ hotelId: hotel.id, name: section.category, description: section.description ?? null, translations: textWords(section.category, section.description), position })
      .returning();
    await db
      .insert(menuItems)
      .values(section.items.map((item, i) => ({ onRoomService: true, ...item, translations: textWords(item.name, item.description), hotelId: hotel.id, categoryId: category!.id, position: i })));
  }
}

/** Counts for the seed's own test: room-service and breakfast items, and categories with room-service items. */
export function demoMenuStats(planSlug: string) {
  const menu = MENUS[planSlug] ?? GRAND_HARBOUR;
  const all = menu.flatMap((s) => s.items.map((i) => ({ ...i, category: s.category })));
  const rs = all.filter((i) => i.onRoomService !== false);
  return { roomService: rs.length, breakfast: all.filter((i) => i.onBreakfast).length, roomServiceCategories: new Set(rs.map((i) => i.category)).size, withOptions: rs.filter((i) => i.optionGroups?.length).length };
}
