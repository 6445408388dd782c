import type { Locale } from "./messages";

// Why "Klopt er iets niet?" did not go through, in plain words; the form comes back with the text kept.
export type ReportError = "short" | "long" | "contact" | "fast" | "stale" | "refused" | "tooMany";

export const REPORT_ERRORS: Record<Locale, Record<ReportError, string>> = {
  nl: {
    short: "Uw bericht is te kort. Schrijf minstens 10 tekens over wat er niet klopt.",
    long: "Uw bericht is te lang. Gebruik hoogstens 2000 tekens.",
    contact: "Uw e-mail of telefoon is te lang. Gebruik hoogstens 200 tekens, of laat het leeg.",
    fast: "Dat ging heel snel. Kijk uw bericht na en druk nog een keer op Versturen.",
    stale: "Dit formulier stond lang open. Uw tekst staat er nog: druk nog een keer op Versturen.",
    refused: "We konden uw bericht niet aannemen. Laad de pagina opnieuw en probeer het nog een keer.",
    tooMany:
      "Er zijn vanaf uw internetverbinding te veel meldingen verstuurd. Probeer het over een uur opnieuw. Uw tekst staat er nog.",
  },
  en: {
    short: "Your message is too short. Write at least 10 characters about what is wrong.",
    long: "Your message is too long. Use at most 2000 characters.",
    contact: "Your email or phone is too long. Use at most 200 characters, or leave it empty.",
    fast: "That was very quick. Check your message and press Send once more.",
    stale: "This form was open for a long time. Your text is still here: press Send once more.",
    refused: "We could not accept your message. Reload the page and try again.",
    tooMany:
      "Too many reports were sent from your internet connection. Please try again in an hour. Your text is still here.",
  },
  ar: {
    short: "رسالتك قصيرة جداً. اكتب 10 أحرف على الأقل عن الخطأ.",
    long: "رسالتك طويلة جداً. استخدم 2000 حرف على الأكثر.",
    contact: "بريدك الإلكتروني أو هاتفك طويل جداً. استخدم 200 حرف على الأكثر، أو اتركه فارغاً.",
    fast: "كان ذلك سريعاً جداً. راجع رسالتك واضغط إرسال مرة أخرى.",
    stale: "بقي هذا النموذج مفتوحاً وقتاً طويلاً. نصك ما زال هنا: اضغط إرسال مرة أخرى.",
    refused: "لم نستطع قبول رسالتك. أعد تحميل الصفحة وحاول مرة أخرى.",
    tooMany: "تم إرسال بلاغات كثيرة من اتصالك بالإنترنت. حاول مرة أخرى بعد ساعة. نصك ما زال هنا.",
  },
};
