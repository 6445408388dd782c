import type { Metadata } from "next";

import { LanguageSwitch } from "@/components/language-switch";
import { dirOf, localeFrom, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { withPathLocale } from "@/lib/i18n/page-params";
import { K_ANONYMITY, UNMET_DISTANCE_M } from "@/lib/server/search/unmet-needs";

// /privacy — exactly what Buurtwijzer keeps about the people who use it, in plain words.
export const metadata: Metadata = { title: "Privacy — Buurtwijzer" };

const TEXT: Record<Locale, { title: string; sections: [string, string[]][] }> = {
  nl: {
    title: "Privacy: wat we bewaren",
    sections: [
      [
        "Zoeken",
        [
          "U hoeft niets over uzelf te vertellen. We bewaren uw zoekvragen, postcode en locatie niet.",
          `Eén ding tellen we wel, om te zien waar hulp ontbreekt: als een zoekopdracht niets vindt, of niets binnen ${UNMET_DISTANCE_M / 1000} km, tellen we 1 op bij de maand, de gemeente en de soort hulp. Alleen die drie dingen en het aantal. Geen tekst, geen postcode, geen coördinaten, geen tijdstip, niets dat u herkent.`,
          `Moderatoren zien die tellingen alleen als een gemeente en soort hulp samen minstens ${K_ANONYMITY} zoekopdrachten hebben.`,
        ],
      ],
      [
        "Cookies",
        [
          "Als u een taal kiest, onthouden we die in een cookie \u201ctaal\u201d met alleen de taalcode (bijvoorbeeld en). Eén jaar geldig. Geen andere cookies, geen tracking, geen advertenties, geen statistiekdiensten.",
        ],
      ],
      [
        "Verwijsbrief",
        [
          "De link naar een verwijsbrief bevat alleen de gekozen diensten en de taal. De korte link (/b/…) verwijst naar precies die gegevens. Er staat nooit iets over de cliënt in.",
        ],
      ],
      [
        "Accounts",
        [
          "Alleen medewerkers van organisaties, moderatoren en hulpverleners hebben een account. Daarvan bewaren we naam, e-mailadres, een versleuteld wachtwoord (argon2id) en de sessie zolang u ingelogd bent (7 dagen). Bij elke wijziging van een vermelding bewaren we wie het deed en wanneer.",
          "Hulpverleners kunnen lijsten bewaren. Zo'n lijst bevat alleen diensten en de naam die u de lijst geeft, nooit gegevens van een cliënt.",
          "\u201cKlopt er iets niet?\u201d: we bewaren uw bericht, en uw e-mail of telefoon alleen als u die invult. De organisatie en de moderatoren lezen het.",
        ],
      ],
      [
        "Kaart",
        [
          "De kaart laadt kaartbeelden van PDOK (de Nederlandse overheid). Uw browser vraagt die daar op, zoals bij elke website met een kaart.",
          "Postcodes en plaatsnamen: © GeoNames (CC-BY 4.0), geonames.org. We zoeken ze op in onze eigen database, niet bij GeoNames.",
        ],
      ],
    ],
  },
  en: {
    title: "Privacy: what we keep",
    sections: [
      [
        "Searching",
        [
          "You do not have to tell us anything about yourself. We do not keep your searches, postcode or location.",
          `We count one thing, to see where help is missing: when a search finds nothing, or nothing within ${UNMET_DISTANCE_M / 1000} km, we add 1 to the month, the municipality and the kind of help. Only those three things and the number. No text, no postcode, no coordinates, no time, nothing that identifies you.`,
          `Moderators see these counts only when a municipality and kind of help together have at least ${K_ANONYMITY} searches.`,
        ],
      ],
      [
        "Cookies",
        [
          "When you choose a language, we remember it in a cookie \u201ctaal\u201d holding only the language code (for example en). Valid for one year. No other cookies, no tracking, no adverts, no analytics services.",
        ],
      ],
      [
        "Referral sheet",
        [
          "The link to a referral sheet holds only the chosen services and the language. The short link (/b/…) points to exactly that. It never holds anything about the client.",
        ],
      ],
      [
        "Accounts",
        [
          "Only staff of organisations, moderators and social workers have an account. We keep the name, email address, an encrypted password (argon2id) and the session while signed in (7 days). For every change to a listing we keep who made it and when.",
          "Social workers can save lists. A list holds only services and the name you give it, never anything about a client.",
          "\u201cSomething wrong?\u201d: we keep your message, and your email or phone only if you fill it in. The organisation and the moderators read it.",
        ],
      ],
      [
        "Map",
        [
          "The map loads map images from PDOK (the Dutch government). Your browser asks for them there, as with any website with a map.",
          "Postcodes and place names: © GeoNames (CC-BY 4.0), geonames.org. We look them up in our own database, not at GeoNames.",
        ],
      ],
    ],
  },
  ar: {
    title: "الخصوصية: ما الذي نحتفظ به",
    sections: [
      [
        "البحث",
        [
          "لا تحتاج إلى إخبارنا بأي شيء عن نفسك. لا نحتفظ بعمليات بحثك ولا برمزك البريدي ولا بموقعك.",
          `نحسب شيئًا واحدًا لنعرف أين تنقص المساعدة: عندما لا يجد البحث شيئًا، أو لا شيء ضمن ${UNMET_DISTANCE_M / 1000} كم، نضيف 1 إلى الشهر والبلدية ونوع المساعدة. هذه الأشياء الثلاثة والعدد فقط. لا نص، لا رمز بريدي، لا إحداثيات، لا وقت، لا شيء يدل عليك.`,
          `يرى المشرفون هذه الأعداد فقط عندما يكون لبلدية ونوع مساعدة معًا ${K_ANONYMITY} عمليات بحث على الأقل.`,
        ],
      ],
      [
        "ملفات تعريف الارتباط",
        [
          "عندما تختار لغة، نتذكرها في ملف تعريف ارتباط \u201ctaal\u201d يحتوي فقط على رمز اللغة (مثلًا ar). صالح لمدة سنة. لا ملفات أخرى، لا تتبع، لا إعلانات، لا خدمات إحصاء.",
        ],
      ],
      [
        "ورقة الإحالة",
        [
          "رابط ورقة الإحالة يحتوي فقط على الخدمات المختارة واللغة. الرابط القصير (/b/…) يشير إلى ذلك فقط. لا يحتوي أبدًا على أي شيء عن العميل.",
        ],
      ],
      [
        "الحسابات",
        [
          "الحسابات فقط لموظفي المنظمات والمشرفين والعاملين الاجتماعيين. نحتفظ بالاسم والبريد الإلكتروني وكلمة مرور مشفرة (argon2id) والجلسة أثناء تسجيل الدخول (7 أيام). لكل تغيير في بيانات مكان نحتفظ بمن قام به ومتى.",
          "يمكن للعاملين الاجتماعيين حفظ قوائم. القائمة تحتوي فقط على الخدمات والاسم الذي تعطيه لها، ولا تحتوي أبدًا على بيانات عن العميل.",
          "\u201cهل هناك خطأ؟\u201d: نحتفظ برسالتك، وببريدك أو هاتفك فقط إذا كتبته. تقرؤها المنظمة والمشرفون.",
        ],
      ],
      [
        "الخريطة",
        [
          "تحمّل الخريطة صورًا من PDOK (الحكومة الهولندية). يطلبها متصفحك من هناك، كما في أي موقع فيه خريطة.",
          "الرموز البريدية وأسماء الأماكن: © GeoNames (CC-BY 4.0)، geonames.org. نبحث عنها في قاعدة بياناتنا، وليس لدى GeoNames.",
        ],
      ],
    ],
  },
};

export default async function PrivacyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = localeFrom((await withPathLocale(searchParams)).lang);
  const x = TEXT[locale];
  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch path="/privacy" locale={locale} label={MESSAGES[locale].language} />
      <h1>{x.title}</h1>
      {x.sections.map(([h, ps]) => (
        <section key={h}>
          <h2>{h}</h2>
          {ps.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
    </main>
  );
}
