import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, guestBookingTokens, orderLines, orders, type Booking, type Hotel, type MenuItem, type OrderLineOption, type OrderStatus } from "@/lib/db/schema";
import { loadHotelMenu } from "@/lib/menus/load-menu";
import { guestWords, translateLabel, translateText, translationLocale } from "@/lib/menus/translations";
import type { Locale } from "@/lib/i18n/locales";
import { stayState } from "@/lib/bookings/stay-rules";

// A few past and open room-service orders per demo hotel, so the queue, the kitchen screen and
// the guests' histories are not empty on first run. Written directly (no events: nobody is
// listening while the seed runs); skipped when the hotel already has orders (re-runs add nothing).

type Plan = { minutesAgo: number; status: OrderStatus; picks: [number, number][]; notes?: string; cancelReason?: string; allergyNote?: string };

const IN_HOUSE_PLANS: Plan[][] = [
  [
    { minutesAgo: 20 * 60, status: "DELIVERED", picks: [[0, 1], [3, 2]] },
    { minutesAgo: 6, status: "PENDING", picks: [[1, 1], [5, 1]], notes: "Please knock softly" },
  ],
  [
    { minutesAgo: 26 * 60, status: "CANCELLED", picks: [[2, 1]], cancelReason: "Kitchen closed early" },
    // The first dish's own allergens, declared: the kitchen's allergy banner and warning show on first run.
    { minutesAgo: 18, status: "PREPARING", picks: [[4, 2]], allergyNote: "Our daughter has a severe allergy, please take care" },
  ],
];
const DEPARTED_PLAN: Plan[] = [{ minutesAgo: 2 * 24 * 60, status: "DELIVERED", picks: [[6, 1], [7, 1]] }];

/**
 * The first choice of each required group: a valid line without asking anyone. A guest of another
 * language than the hotel's read the words they keep beside the hotel's, as a real order does.
 */
function requiredChoices(item: MenuItem, language: Locale | null): OrderLineOption[] {
  return item.optionGroups
    .filter((g) => g.required && g.choices.length > 0)
    .map((g) => {
      const c = g.choices[0]!;
      const guestGroupName = language ? guestWords(translateLabel(g.name, g.translations, language), g.name) : undefined;
      const guestLabel = language ? guestWords(translateLabel(c.label, c.translations, language), c.label) : undefined;
      return { groupId: g.id, groupName: g.name, choiceId: c.id, label: c.label, priceDeltaMinor: c.priceDeltaMinor, ...(guestGroupName ? { guestGroupName } : {}), ...(guestLabel ? { guestLabel } : {}) };
    });
}

type DemoHotel = Pick<Hotel, "id" | "currency" | "defaultPrepMinutes"> & Partial<Pick<Hotel, "defaultLanguage">>;

async function writeOrder(db: DbOrTx, hotel: DemoHotel, booking: Booking, menu: MenuItem[], plan: Plan, now: Date) {
  const language = translationLocale(booking.language, hotel.defaultLanguage ?? "en");
  const [link] = await db
    .select({ id: guestBookingTokens.id })
    .from(guestBookingTokens)
    .where(and(eq(guestBookingTokens.bookingId, booking.id), isNull(guestBookingTokens.revokedAt)))
    .orderBy(asc(guestBookingTokens.createdAt))
    .limit(1);
  const lines = plan.picks.map(([index, quantity], position) => {
    const item = menu[index % menu.length]!;
    const options = requiredChoices(item, language);
    const unit = item.priceMinor + options.reduce((s, o) => s + o.priceDeltaMinor, 0);
    return { item, options, quantity, unit, position, prep: item.prepMinutes ?? hotel.defaultPrepMinutes };
  });
  const total = lines.reduce((s, l) => s + l.unit * l.quantity, 0);
  const created = new Date(now.getTime() - plan.minutesAgo * 60_000);
  const eta = new Date(created.getTime() + Math.max(...lines.map((l) => l.prep)) * 60_000);
  const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);
  const past = (s: OrderStatus[]) => s.includes(plan.status);
  const [order] = await db
    .insert(orders)
    .values({
      hotelId: hotel.id,
      bookingId: booking.id,
      type: "ROOM_SERVICE",
      status: plan.status,
      orderedViaTokenId: link?.id ?? null,
      notes: plan.notes ?? null,
      allergens: plan.allergyNote ? (lines[0]?.item.allergens.slice(0, 1) ?? []) : [],
      allergyNote: plan.allergyNote ?? null,
      currency: hotel.currency,
      subtotalMinor: total,
      totalMinor: total,
      promisedAt: eta,
      etaAt: eta,
      acceptedAt: past(["ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED"]) ? at(2) : null,
      readyAt: past(["READY", "DELIVERING", "DELIVERED"]) ? at(20) : null,
      deliveredAt: past(["DELIVERED"]) ? at(28) : null,
      cancelledAt: plan.status === "CANCELLED" ? at(3) : null,
      cancelledBy: plan.status === "CANCELLED" ? "STAFF" : null,
      cancelReason: plan.cancelReason ?? null,
      createdAt: created,
      updatedAt: created,
    })
    .returning();
  await db.insert(orderLines).values(
    lines.map((l) => {
      return {
        orderId: order!.id,
        menuItemId: l.item.id,
        position: l.position,
        name: l.item.name,
        guestName: (language ? guestWords(translateText(l.item, language).name, l.item.name) : undefined) ?? null,
        options: l.options,
        quantity: l.quantity,
        unitPriceMinor: l.unit,
        lineTotalMinor: l.unit * l.quantity,
        instructions: null,
        contains: l.item.allergens,
      };
    }),
  );
}

/** Seeds demo orders for a hotel's in-house and departed bookings; does nothing if it has orders. */
export async function seedDemoOrders(db: DbOrTx, hotel: DemoHotel, now = new Date()): Promise<number> {
  const [any] = await db.select({ id: orders.id }).from(orders).where(eq(orders.hotelId, hotel.id)).limit(1);
  if (any) return 0;
  const menu = (await loadHotelMenu(db, hotel.id)).items.filter((i) => i.onRoomService && !i.soldOut);
  if (menu.length === 0) return 0;
  const stays = await db.select().from(bookings).where(eq(bookings.hotelId, hotel.id)).orderBy(asc(bookings.reference));
  let written = 0;
  const inHouse = stays.filter((b) => stayState(b) === "in_house");
  for (const [i, booking] of inHouse.entries()) {
    for (const plan of IN_HOUSE_PLANS[i] ?? []) {
      await writeOrder(db, hotel, booking, menu, plan, now);
      written++;
    }
  }
  for (const booking of stays.filter((b) => stayState(b) === "departed")) {
    for (const plan of DEPARTED_PLAN) {
      await writeOrder(db, hotel, booking, menu, plan, now);
      written++;
    }
  }
  return written;
}
