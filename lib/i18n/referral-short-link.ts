import type { ReferralLocale } from "./referral";

// The sheet's "make a short link" button and its answers. A short link (and its QR code) is stored only when someone
// asks for it, so opening a sheet never writes.
type ShortLinkMessages = {
  make: string;
  tooMany: string;
  /** /b/<code> that does not exist (a typo in a printed link): said in every sheet language, the page cannot know which */
  unknownTitle: string;
  unknownBody: string;
  unknownAgain: string;
  /** "Stuur naar cliënt" beside the short link: the message sent with the link, and the ways to send it */
  send: { title: string; text: string; share: string; whatsapp: string; sms: string; copy: string; copied: string };
};

export const SHORT_LINK_MESSAGES: Record<ReferralLocale, ShortLinkMessages> = {
  nl: {
    make: "Maak korte link en QR-code",
    tooMany: "Er zijn net te veel korte links gemaakt. Probeer het over een uur opnieuw.",
    unknownTitle: "Deze link naar een verwijsbrief bestaat niet",
    unknownBody:
      "Kijk of u alle letters goed hebt overgetypt. Of scan de QR-code op de brief. Lukt het niet? Vraag uw hulpverlener om een nieuwe brief.",
    unknownAgain: "Zoek hulp in de buurt",
    send: {
      title: "Stuur naar cliënt",
      text: "Uw verwijsbrief van Buurtwijzer:",
      share: "Delen…",
      whatsapp: "Via WhatsApp",
      sms: "Via sms",
      copy: "Kopieer link",
      copied: "Link gekopieerd",
    },
  },
  en: {
    make: "Make a short link and QR code",
    tooMany: "Too many short links were made just now. Please try again in an hour.",
    unknownTitle: "This link to a referral sheet does not exist",
    unknownBody:
      "Check that you typed every letter right. Or scan the QR code on the sheet. Still not working? Ask your social worker for a new sheet.",
    unknownAgain: "Find help nearby",
    send: {
      title: "Send to the client",
      text: "Your referral sheet from Buurtwijzer:",
      share: "Share…",
      whatsapp: "By WhatsApp",
      sms: "By text message",
      copy: "Copy link",
      copied: "Link copied",
    },
  },
  ar: {
    make: "أنشئ رابطًا قصيرًا ورمز QR",
    tooMany: "تم إنشاء عدد كبير جدًا من الروابط القصيرة للتو. حاول مرة أخرى بعد ساعة.",
    unknownTitle: "رابط ورقة الإحالة هذا غير موجود",
    unknownBody:
      "تأكد من أنك كتبت كل الحروف بشكل صحيح. أو امسح رمز QR على الورقة. إذا لم ينجح ذلك، اطلب من المرشد الاجتماعي ورقة جديدة.",
    unknownAgain: "ابحث عن مساعدة قريبة",
    send: {
      title: "أرسل إلى العميل",
      text: "ورقة الإحالة الخاصة بك من Buurtwijzer:",
      share: "مشاركة…",
      whatsapp: "عبر واتساب",
      sms: "عبر رسالة نصية",
      copy: "انسخ الرابط",
      copied: "تم نسخ الرابط",
    },
  },
  tr: {
    make: "Kısa bağlantı ve QR kodu oluştur",
    tooMany: "Az önce çok fazla kısa bağlantı oluşturuldu. Lütfen bir saat sonra tekrar deneyin.",
    unknownTitle: "Bu yönlendirme belgesi bağlantısı yok",
    unknownBody:
      "Tüm harfleri doğru yazdığınızı kontrol edin. Veya belgedeki QR kodunu tarayın. Olmuyor mu? Sosyal danışmanınızdan yeni bir belge isteyin.",
    unknownAgain: "Yakınınızda yardım bulun",
    send: {
      title: "Danışana gönder",
      text: "Buurtwijzer yönlendirme belgeniz:",
      share: "Paylaş…",
      whatsapp: "WhatsApp ile",
      sms: "SMS ile",
      copy: "Bağlantıyı kopyala",
      copied: "Bağlantı kopyalandı",
    },
  },
  pl: {
    make: "Utwórz krótki link i kod QR",
    tooMany: "Przed chwilą utworzono zbyt wiele krótkich linków. Spróbuj ponownie za godzinę.",
    unknownTitle: "Ten link do skierowania nie istnieje",
    unknownBody:
      "Sprawdź, czy dobrze przepisano wszystkie litery. Albo zeskanuj kod QR na kartce. Nadal nie działa? Poproś swojego pracownika socjalnego o nową kartkę.",
    unknownAgain: "Znajdź pomoc w pobliżu",
    send: {
      title: "Wyślij klientowi",
      text: "Twoje skierowanie z Buurtwijzer:",
      share: "Udostępnij…",
      whatsapp: "Przez WhatsApp",
      sms: "SMS-em",
      copy: "Kopiuj link",
      copied: "Link skopiowany",
    },
  },
  uk: {
    make: "Створити коротке посилання і QR-код",
    tooMany: "Щойно створено забагато коротких посилань. Спробуйте ще раз за годину.",
    unknownTitle: "Цього посилання на аркуш направлення не існує",
    unknownBody:
      "Перевірте, чи правильно ви ввели всі літери. Або відскануйте QR-код на аркуші. Не виходить? Попросіть свого соціального працівника про новий аркуш.",
    unknownAgain: "Знайти допомогу поблизу",
    send: {
      title: "Надіслати клієнту",
      text: "Ваш аркуш направлення від Buurtwijzer:",
      share: "Поділитися…",
      whatsapp: "Через WhatsApp",
      sms: "SMS-повідомленням",
      copy: "Копіювати посилання",
      copied: "Посилання скопійовано",
    },
  },
};
