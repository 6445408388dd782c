import type { Locale } from "@/lib/i18n/locales";
import type messages from "@/messages/nl.json";

// Typed keys: a text that Dutch does not have is a type error (next-intl reads these types).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
