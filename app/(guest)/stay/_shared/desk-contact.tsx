import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * Where a guest turns when the portal cannot help: the front desk's phone (when the hotel gave one,
 * as a tel: link) and the chat (when the link allows it). `lead` comes first, in the caller's words
 * (default: "Need something?" in the guest's language).
 */
export function DeskContact({ phone, chat = false, lead }: { phone: string | null; chat?: boolean; lead?: string }) {
  const t = useTranslations("common.desk");
  const tags = {
    // A phone number reads left to right in every language.
    tel: (c: React.ReactNode) =>
      phone ? (
        <a href={`tel:${phone.replace(/[^+0-9]/g, "")}`} dir="ltr" className="font-medium whitespace-nowrap underline underline-offset-2">
          {c}
        </a>
      ) : null,
    chat: (c: React.ReactNode) => (
      <Link href="/stay/chat" className="font-medium underline underline-offset-2">
        {c}
      </Link>
    ),
  };
  return (
    <span data-testid="desk-contact">
      {lead ?? t("needSomething")}{" "}
      {phone ? (chat ? t.rich("callOrChat", { phone, ...tags }) : t.rich("call", { phone, ...tags })) : chat ? t.rich("chat", tags) : t("contact")}
    </span>
  );
}
