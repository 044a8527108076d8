import { createTranslator } from "next-intl";
import { INTL_LOCALE, type Locale } from "./locales";
import { MESSAGES, type Namespace } from "./messages";

// Every language has English's keys (lib/i18n/messages.test.ts), so English's files type the keys.
type KeyedMessages = {
  common: typeof import("./messages/en/common.json");
  stay: typeof import("./messages/en/stay.json");
  menu: typeof import("./messages/en/menu.json");
  orders: typeof import("./messages/en/orders.json");
  chat: typeof import("./messages/en/chat.json");
  link: typeof import("./messages/en/link.json");
  email: typeof import("./messages/en/email.json");
  errors: typeof import("./messages/en/errors.json");
  requests: typeof import("./messages/en/requests.json");
  guide: typeof import("./messages/en/guide.json");
};

/**
 * A translator for one language and namespace outside a request: emails sent by the console, the
 * sweepers and the CLI, and tests. `t("section.key", { arg })` as with useTranslations (keys are
 * checked against English's); numbers in messages (plural `#`) are formatted with the language's
 * Intl locale (Arabic keeps Latin digits).
 */
export function translatorFor<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator<KeyedMessages, N>({ locale: INTL_LOCALE[locale], messages: MESSAGES[locale] as unknown as KeyedMessages, namespace });
}
