import Link from "next/link";

/**
 * Where a guest turns when the portal cannot help: the front desk's phone (when the hotel gave one,
 * as a tel: link) and the chat (when the link allows it).
 */
export function DeskContact({ phone, chat = false, lead = "Need something?" }: { phone: string | null; chat?: boolean; lead?: string }) {
  const chatLink = (
    <Link href="/stay/chat" className="font-medium underline underline-offset-2">
      chat with the front desk
    </Link>
  );
  return (
    <span data-testid="desk-contact">
      {lead}{" "}
      {phone ? (
        <>
          Call the front desk on{" "}
          <a href={`tel:${phone.replace(/[^+0-9]/g, "")}`} className="font-medium whitespace-nowrap underline underline-offset-2">
            {phone}
          </a>
          {chat ? <> or {chatLink}</> : null}.
        </>
      ) : chat ? (
        <>Please {chatLink}.</>
      ) : (
        "Please contact the front desk."
      )}
    </span>
  );
}
