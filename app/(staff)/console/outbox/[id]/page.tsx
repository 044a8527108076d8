import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { formatInstant } from "@/components/console/format";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { getHotelEmail } from "@/lib/email/outbox";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Email" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await staffPage(GUEST_DESK_ROLES);
  const id = z.string().uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const m = await getHotelEmail({ hotelId: ctx.hotel.id, id: id.data }).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <div className="space-y-4">
      <Link href="/console/outbox" className="text-sm text-brand-700 underline">
        ← Outbox
      </Link>
      <h1 className="text-2xl font-semibold">{m.subject}</h1>
      <p className="text-sm text-stone-700">
        To {m.toAddress} · {formatInstant(m.createdAt, ctx.hotel.timezone)} · {m.status} ({m.transport})
      </p>
      {/* The message is our own rendering; the sandbox still keeps any markup from running script. */}
      <iframe title="Email, HTML version" srcDoc={m.html} sandbox="allow-popups allow-popups-to-escape-sandbox" className="h-[640px] w-full rounded-lg border border-stone-300 bg-white" />
      <details className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer text-sm font-medium">Plain-text version</summary>
        <pre className="mt-2 whitespace-pre-wrap text-sm">{m.text}</pre>
      </details>
    </div>
  );
}
