import type { ReferralLocale } from "./referral";

// The sheet's "make a short link" button and its answers. A short link (and its QR code) is stored only when someone
// asks for it, so opening a sheet never writes.
export const SHORT_LINK_MESSAGES: Record<ReferralLocale, { make: string; tooMany: string }> = {
  nl: { make: "Maak korte link en QR-code", tooMany: "Er zijn net te veel korte links gemaakt. Probeer het over een uur opnieuw." },
  en: { make: "Make a short link and QR code", tooMany: "Too many short links were made just now. Please try again in an hour." },
  ar: { make: "أنشئ رابطًا قصيرًا ورمز QR", tooMany: "تم إنشاء عدد كبير جدًا من الروابط القصيرة للتو. حاول مرة أخرى بعد ساعة." },
  tr: { make: "Kısa bağlantı ve QR kodu oluştur", tooMany: "Az önce çok fazla kısa bağlantı oluşturuldu. Lütfen bir saat sonra tekrar deneyin." },
  pl: { make: "Utwórz krótki link i kod QR", tooMany: "Przed chwilą utworzono zbyt wiele krótkich linków. Spróbuj ponownie za godzinę." },
  uk: { make: "Створити коротке посилання і QR-код", tooMany: "Щойно створено забагато коротких посилань. Спробуйте ще раз за годину." },
};
