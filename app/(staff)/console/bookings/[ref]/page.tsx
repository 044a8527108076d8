import { checkOutTimeOf } from "@/lib/bookings/stay-rules";
import { partyLabel } from "@/lib/bookings/party-label";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTrail } from "@/components/console/audit-trail";
import { BookingLanguageForm } from "@/components/console/booking-language-form";
import { StayBadge } from "@/components/ui/stay-badge";
import { formatDate } from "@/components/ui/format";
import { formatInstant } from "@/components/console/format";
import { GuestLinks } from "@/components/console/guest-links";
import { RefreshOnBookingChange } from "@/components/console/refresh-on-booking-change";
import { StayActions, type CheckOutSummary } from "@/components/console/stay-actions";
import { CHAT_EVENTS, ORDER_EVENTS } from "@/components/console/live-events";
import { RefreshOnEvents } from "@/components/console/refresh-on-events";
import { bookingConversation } from "@/lib/bookings/desk-chats";
import { partyChangeText } from "@/lib/bookings/party-change";
import { formatDecimal } from "@/components/ui/money";
import { staffChatChannel, staffOrdersChannel } from "@/lib/realtime/channels";
import { FolioCard, totalsText } from "./folio-card";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { getBookingDetail } from "@/lib/bookings/booking-detail";
import { bookingRefSchema } from "@/lib/bookings/reference";
import { isAppError } from "@/lib/errors";
import { statusLabel } from "@/lib/orders/status-labels";

export async function generateMetadata({ params }: { params: Promise<{ ref: string }> }): Promise<Metadata> {
  return { title: `Booking ${(await params).ref}` };
}

function Row({ label, labelFor, children }: { label: string; labelFor?: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1.5 text-sm">
      <dt className="text-stone-600">{labelFor ? <label htmlFor={labelFor}>{label}</label> : label}</dt>
      <dd className="col-span-2 text-stone-900">{children}</dd>
    </div>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function BookingPage({ params }: { params: Promise<{ ref: string }> }) {
  const ctx = await staffPage(GUEST_DESK_ROLES);
  const ref = bookingRefSchema.safeParse((await params).ref);
  if (!ref.success) notFound();
  const detail = await getBookingDetail({ hotelId: ctx.hotel.id, reference: ref.data }).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const { booking: b, stayState, folio, partyChange } = detail;
  const tz = ctx.hotel.timezone;
  const conversation = await bookingConversation({ hotelId: ctx.hotel.id, staffId: ctx.staff.id, reference: b.reference });
  const checkOut: CheckOutSummary = {
    openOrders: folio.lines.filter((l) => l.open).map((l) => ({ id: l.order_id, label: l.type === "BREAKFAST" ? `Breakfast${l.delivery_date ? ` for ${l.delivery_date}` : ""}` : "Room service", status: statusLabel(l.status), amount: formatDecimal(l.total, l.currency) })),
    unanswered: conversation?.waiting ? { count: conversation.waiting.unread, conversationId: conversation.conversation_id } : null,
    charged: totalsText(folio.charged),
    awaiting: folio.awaiting.length ? totalsText(folio.awaiting) : null,
  };
  return (
    <div className="space-y-6">
      <RefreshOnBookingChange hotelSlug={ctx.hotel.slug} reference={b.reference} />
      <RefreshOnEvents channel={staffOrdersChannel(ctx.hotel.slug)} events={ORDER_EVENTS} bookingRef={b.reference} />
      <RefreshOnEvents channel={staffChatChannel(ctx.hotel.slug)} events={CHAT_EVENTS} bookingRef={b.reference} />
      <div>
        <Link href="/console/bookings" className="text-sm text-brand-700 underline">
          ← Bookings
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 dir="auto" className="text-2xl font-semibold">{b.primaryGuestName}</h1>
          <span className="font-mono text-stone-700">{b.reference}</span>
          <StayBadge state={stayState} />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="guest-h" title="Guest and stay">
          <dl>
            <Row label="Email">{b.email ?? "—"}</Row>
            <Row label="Phone">{b.phone ?? "—"}</Row>
            <Row label="Language" labelFor="booking-language">
              <BookingLanguageForm id="booking-language" reference={b.reference} language={b.language} />
            </Row>
            <Row label="Guests">
              {partyLabel(b.adults, b.children)}
              {partyChange && (
                <span data-testid="party-change" className="mt-1 block rounded bg-amber-50 px-2 py-1 text-amber-950 ring-1 ring-amber-300">
                  Party changed by guest at pre-check-in: {partyChangeText(partyChange)} ({formatInstant(partyChange.at, tz)})
                </span>
              )}
            </Row>
            <Row label="Stay">
              {formatDate(b.checkInDate)} → {formatDate(b.checkOutDate)}, check-out by{" "}
              <span data-testid="checkout-time">{checkOutTimeOf(b, ctx.hotel)}</span>
              {b.lateCheckoutTime && " (late check-out approved)"}
            </Row>
            <Row label="Room">{detail.roomNumber ?? "Not assigned"}</Row>
            <Row label="Checked in">{formatInstant(b.checkedInAt, tz)}</Row>
            <Row label="Checked out">{formatInstant(b.checkedOutAt, tz)}</Row>
            {b.cancelledAt && <Row label="Cancelled">{formatInstant(b.cancelledAt, tz)}</Row>}
            {b.notes && <Row label="Notes"><bdi>{b.notes}</bdi></Row>}
            <Row label="Conversation">
              {conversation ? (
                <Link href={`/console/chat?conversation=${encodeURIComponent(conversation.conversation_id)}`} className="text-brand-700 underline" data-testid="conversation-link">
                  {conversation.waiting ? "Open in chat (the guest is waiting for a reply)" : "Open in chat"}
                </Link>
              ) : (
                "The guest has not written yet."
              )}
            </Row>
          </dl>
        </Card>
        <Card id="precheckin-h" title="Pre-check-in">
          {b.precheckin ? (
            <dl>
              <Row label="Submitted">{formatInstant(b.precheckinSubmittedAt, tz)}</Row>
              <Row label="Arrival time">{b.precheckin.arrivalTime}</Row>
              <Row label="Guests">
                {partyLabel(b.precheckin.adults, b.precheckin.children)}
              </Row>
              <Row label="Phone">{b.precheckin.phone ?? "—"}</Row>
              <Row label="Requests">
                <span dir="auto" className="whitespace-pre-wrap break-words">{b.precheckin.specialRequests ?? "—"}</span>
              </Row>
            </dl>
          ) : (
            <p className="text-sm text-stone-600">The guest has not completed pre-check-in.</p>
          )}
        </Card>
      </div>
      <Card id="folio-h" title="Orders and charges">
        <FolioCard folio={folio} timezone={tz} />
      </Card>
      <Card id="actions-h" title="Stay actions">
        <StayActions reference={b.reference} state={stayState} rooms={detail.rooms} checkOut={checkOut} />
      </Card>
      <Card id="links-h" title="Guest links">
        <GuestLinks reference={b.reference} links={detail.links} timezone={tz} canIssue={stayState !== "cancelled"} guestEmail={b.email} />
      </Card>
      <Card id="audit-h" title="Audit trail">
        <AuditTrail events={detail.events} timezone={tz} />
      </Card>
    </div>
  );
}
