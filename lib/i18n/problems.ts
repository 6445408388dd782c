import { PAGE_PARAM_OF } from "../schemas/page-param-names";
import type { ReferralLocale } from "./referral";

// What our zod schemas (lib/schemas/*) say about bad input is English, for API clients. A page says it in its own
// language and in plain words: `problemText` reads a problem {parameter, detail} and returns a sentence in the page's
// locale. A message with no rule here becomes "this field is not right: <field>" in that language — never the English
// text. problems.test.ts checks that every message the schemas can produce has a rule.
// Locales: the referral sheet's six (a superset of the public pages' nl/en/ar).

export type ProblemLocale = ReferralLocale;
export type Problem = { parameter: string; detail: string };

type Key =
  | "tooLong"
  | "once"
  | "tooMany"
  | "unknownChoice"
  | "position"
  | "area"
  | "numberRange"
  | "postcode"
  | "placeShort"
  | "placeChars"
  | "gemeenteCode"
  | "gemeenteUnknown"
  | "languageCode"
  | "oneChoice"
  | "oneOrigin"
  | "cursor"
  | "postcodeOrGemeente"
  | "radiusNeedsPostcode"
  | "radiusNeedsPlace"
  | "orInAreaNeedsRadius"
  | "serviceIds"
  | "noService"
  | "maxServices"
  | "unstorable"
  | "unknownField"
  | "unknownPostcode"
  | "unknownGemeente"
  | "number";

/** Detail → rule, first match wins. `$n` in the sentence comes from the match's groups. */
export const PROBLEM_RULES: readonly { key: Key; match: RegExp }[] = [
  { key: "tooLong", match: /^is (?:too long|longer than (\d+) characters)$/ },
  { key: "once", match: /^may be given only once$/ },
  { key: "tooMany", match: /^has too many values$/ },
  {
    key: "unknownChoice",
    match: /^unknown (?:service code|facility type|audience|cost|access route) (.*); use one of: /,
  },
  { key: "position", match: /^(?:must be <lat>,<lng>|(?:latitude|longitude) must be)/ },
  { key: "area", match: /^(?:must be <minLng>|is inverted or empty|(?:minLng|minLat|maxLng|maxLat) must be)/ },
  { key: "numberRange", match: /^must be (?:a whole number (?:of kilometres )?)?from (\d+) to (\d+)$/ },
  { key: "postcode", match: /^must be a Dutch postcode/ },
  { key: "placeShort", match: /^must be at least 2 characters$/ },
  { key: "placeChars", match: /^may contain only letters, digits, spaces/ },
  { key: "gemeenteCode", match: /^must be a CBS gemeente code/ },
  { key: "gemeenteUnknown", match: /^is not a gemeente we know/ },
  { key: "languageCode", match: /^must be ISO 639-1 codes/ },
  // z.enum / z.literal with our wording ("must be json or csv", "must be area, distance, name or organization"), and
  // zod's own "Invalid option: expected one of …" for an enum without one.
  { key: "oneChoice", match: /^(?:must be [^ ]+(?:, [^ ]+)* or [^ ]+|must be now|Invalid option)/ },
  { key: "oneOrigin", match: /^give only one of near, postcode and place/ },
  { key: "cursor", match: /^(?:is not a cursor from this API|belongs to a search with)/ },
  { key: "postcodeOrGemeente", match: /^give the client's postcode or a gemeente/ },
  { key: "radiusNeedsPostcode", match: /^needs a postcode to measure from$/ },
  { key: "radiusNeedsPlace", match: /^needs near, postcode or place to measure from$/ },
  { key: "orInAreaNeedsRadius", match: /^goes with radius_km$/ },
  { key: "serviceIds", match: /^must be (?:service ids from \/verwijzen|a service id)$/ },
  { key: "noService", match: /^must name at least one service$/ },
  { key: "maxServices", match: /^may name at most (\d+) services$/ },
  { key: "unstorable", match: /^contains a NUL character/ },
  { key: "unknownField", match: /^Unrecognized key/ },
  { key: "unknownPostcode", match: /^unknown postcode$/ },
  { key: "unknownGemeente", match: /^unknown gemeente$/ },
  { key: "number", match: /^is not a number$/ },
];

type Words = {
  fields: Record<string, string>;
  fallback: (field: string) => string;
  rules: Record<Key, (g: string[]) => string>;
};

const nl: Words = {
  fields: {
    q: "postcode of plaats",
    gemeente: "gemeente",
    dienst: "soort hulp",
    soort: "soort plek",
    doelgroep: "voor wie",
    taal: "taal",
    toegang: "hoe kom je binnen",
    gratis: "gratis",
    straal: "afstand",
    sorteer: "volgorde",
    bij: "plaats op de kaart",
    na: "volgende pagina",
    services: "diensten op de brief",
    lang: "taal van de brief",
    open: "open",
    rolstoel: "rolstoel",
    kaart: "kaart",
    limit: "aantal",
  },
  fallback: (f) => `Dit veld klopt niet: ${f}. Kijk het na en probeer het opnieuw.`,
  rules: {
    tooLong: ([n]) => (n ? `Dit is te lang (meer dan ${n} tekens).` : "Dit is te lang."),
    once: () => "Dit staat er meer dan één keer in. Kies één waarde.",
    tooMany: () => "U koos te veel tegelijk. Kies er minder.",
    unknownChoice: ([x]) => `Deze keuze kennen we niet: ${x ?? ""}. Kies uit de lijst.`,
    position: () => "De plaats op de kaart is niet goed. Zoek op postcode of plaats.",
    area: () => "Het stuk kaart is niet goed. Zoek op postcode of plaats.",
    numberRange: ([a, b]) => `Kies een getal van ${a} tot ${b}.`,
    postcode: () => "Dit is geen postcode. Een postcode is 4 cijfers en soms 2 letters, bijvoorbeeld 3512 of 3512 AB.",
    placeShort: () => "Typ minstens 2 letters.",
    placeChars: () => "Typ alleen letters, cijfers en spaties.",
    gemeenteCode: () => "Kies een gemeente uit de lijst.",
    gemeenteUnknown: () => "Deze gemeente kennen we niet. Kies een gemeente uit de lijst.",
    languageCode: () => "Kies een taal uit de lijst.",
    oneChoice: () => "Kies een van de keuzes uit de lijst.",
    oneOrigin: () => "Zoek op één ding tegelijk: een postcode, een plaats of uw locatie.",
    cursor: () => "Deze pagina hoort niet bij deze zoekvraag. Begin opnieuw met zoeken.",
    postcodeOrGemeente: () => "Vul de postcode van de cliënt in, of kies een gemeente.",
    radiusNeedsPostcode: () => "Voor een afstand hebben we de postcode van de cliënt nodig.",
    radiusNeedsPlace: () => "Voor een afstand hebben we een postcode of plaats nodig.",
    orInAreaNeedsRadius: () => "Kies eerst een afstand.",
    serviceIds: () => "Deze link klopt niet. Maak de brief opnieuw via Verwijzen.",
    noService: () => "Er staat geen dienst op de brief. Kies eerst diensten via Verwijzen.",
    maxServices: ([n]) => `Er passen hoogstens ${n} diensten op één brief.`,
    unstorable: () => "Er staat een teken in dat we niet kunnen lezen. Typ het opnieuw.",
    unknownField: () => "De link heeft iets wat we niet kennen. Begin opnieuw.",
    unknownPostcode: () => "Deze postcode kennen we niet. Kijk of hij goed is.",
    unknownGemeente: () => "Deze gemeente kennen we niet. Kies een gemeente uit de lijst.",
    number: () => "Dit is geen getal.",
  },
};

const en: Words = {
  fields: {
    q: "postcode or place",
    gemeente: "municipality",
    dienst: "kind of help",
    soort: "kind of place",
    doelgroep: "for whom",
    taal: "language",
    toegang: "how to get in",
    gratis: "free",
    straal: "distance",
    sorteer: "order",
    bij: "place on the map",
    na: "next page",
    services: "services on the sheet",
    lang: "language of the sheet",
    open: "open",
    rolstoel: "wheelchair",
    kaart: "map",
    limit: "number",
  },
  fallback: (f) => `This field is not right: ${f}. Check it and try again.`,
  rules: {
    tooLong: ([n]) => (n ? `This is too long (more than ${n} characters).` : "This is too long."),
    once: () => "This is given more than once. Choose one value.",
    tooMany: () => "You chose too many at once. Choose fewer.",
    unknownChoice: ([x]) => `We do not know this choice: ${x ?? ""}. Choose from the list.`,
    position: () => "The place on the map is not right. Search by postcode or place.",
    area: () => "The part of the map is not right. Search by postcode or place.",
    numberRange: ([a, b]) => `Choose a number from ${a} to ${b}.`,
    postcode: () =>
      "This is not a postcode. A postcode is 4 digits and sometimes 2 letters, for example 3512 or 3512 AB.",
    placeShort: () => "Type at least 2 letters.",
    placeChars: () => "Type only letters, digits and spaces.",
    gemeenteCode: () => "Choose a municipality from the list.",
    gemeenteUnknown: () => "We do not know this municipality. Choose one from the list.",
    languageCode: () => "Choose a language from the list.",
    oneChoice: () => "Choose one of the options in the list.",
    oneOrigin: () => "Search by one thing at a time: a postcode, a place or your location.",
    cursor: () => "This page does not belong to this search. Start the search again.",
    postcodeOrGemeente: () => "Enter the client's postcode, or choose a municipality.",
    radiusNeedsPostcode: () => "For a distance we need the client's postcode.",
    radiusNeedsPlace: () => "For a distance we need a postcode or town.",
    orInAreaNeedsRadius: () => "Choose a distance first.",
    serviceIds: () => "This link is not right. Make the sheet again from the referral page.",
    noService: () => "There is no service on the sheet. Choose services on the referral page first.",
    maxServices: ([n]) => `At most ${n} services fit on one sheet.`,
    unstorable: () => "There is a character in it we cannot read. Type it again.",
    unknownField: () => "The link holds something we do not know. Start again.",
    unknownPostcode: () => "We do not know this postcode. Check that it is right.",
    unknownGemeente: () => "We do not know this municipality. Choose one from the list.",
    number: () => "This is not a number.",
  },
};

const ar: Words = {
  fields: {
    q: "الرمز البريدي أو المكان",
    gemeente: "البلدية",
    dienst: "نوع المساعدة",
    soort: "نوع المكان",
    doelgroep: "لمن",
    taal: "اللغة",
    toegang: "طريقة الدخول",
    gratis: "مجاني",
    straal: "المسافة",
    sorteer: "الترتيب",
    bij: "المكان على الخريطة",
    na: "الصفحة التالية",
    services: "الخدمات في الورقة",
    lang: "لغة الورقة",
    open: "مفتوح",
    rolstoel: "كرسي متحرك",
    kaart: "الخريطة",
    limit: "العدد",
  },
  fallback: (f) => `هذا الحقل غير صحيح: ${f}. تحقق منه وحاول مرة أخرى.`,
  rules: {
    tooLong: ([n]) => (n ? `هذا طويل جداً (أكثر من ${n} حرف).` : "هذا طويل جداً."),
    once: () => "هذا مكتوب أكثر من مرة. اختر قيمة واحدة.",
    tooMany: () => "اخترت أشياء كثيرة مرة واحدة. اختر أقل.",
    unknownChoice: ([x]) => `لا نعرف هذا الاختيار: ${x ?? ""}. اختر من القائمة.`,
    position: () => "المكان على الخريطة غير صحيح. ابحث بالرمز البريدي أو المكان.",
    area: () => "جزء الخريطة غير صحيح. ابحث بالرمز البريدي أو المكان.",
    numberRange: ([a, b]) => `اختر رقماً من ${a} إلى ${b}.`,
    postcode: () => "هذا ليس رمزاً بريدياً. الرمز البريدي 4 أرقام وأحياناً حرفان، مثلاً 3512 أو 3512 AB.",
    placeShort: () => "اكتب حرفين على الأقل.",
    placeChars: () => "اكتب حروفاً وأرقاماً ومسافات فقط.",
    gemeenteCode: () => "اختر بلدية من القائمة.",
    gemeenteUnknown: () => "لا نعرف هذه البلدية. اختر بلدية من القائمة.",
    languageCode: () => "اختر لغة من القائمة.",
    oneChoice: () => "اختر أحد الخيارات في القائمة.",
    oneOrigin: () => "ابحث بشيء واحد في كل مرة: رمز بريدي أو مكان أو موقعك.",
    cursor: () => "هذه الصفحة لا تنتمي إلى هذا البحث. ابدأ البحث من جديد.",
    postcodeOrGemeente: () => "اكتب الرمز البريدي للعميل، أو اختر بلدية.",
    radiusNeedsPostcode: () => "نحتاج الرمز البريدي للعميل لحساب المسافة.",
    radiusNeedsPlace: () => "نحتاج رمزاً بريدياً أو مدينة لحساب المسافة.",
    orInAreaNeedsRadius: () => "اختر المسافة أولاً.",
    serviceIds: () => "هذا الرابط غير صحيح. أنشئ الورقة من جديد من صفحة الإحالة.",
    noService: () => "لا توجد خدمة في الورقة. اختر الخدمات أولاً في صفحة الإحالة.",
    maxServices: ([n]) => `تتسع الورقة الواحدة لـ ${n} خدمات على الأكثر.`,
    unstorable: () => "يوجد حرف لا نستطيع قراءته. اكتبه من جديد.",
    unknownField: () => "في الرابط شيء لا نعرفه. ابدأ من جديد.",
    unknownPostcode: () => "لا نعرف هذا الرمز البريدي. تحقق من أنه صحيح.",
    unknownGemeente: () => "لا نعرف هذه البلدية. اختر بلدية من القائمة.",
    number: () => "هذا ليس رقماً.",
  },
};

const tr: Words = {
  fields: {
    q: "posta kodu veya yer",
    gemeente: "belediye",
    dienst: "yardım türü",
    soort: "yer türü",
    doelgroep: "kimin için",
    taal: "dil",
    toegang: "nasıl girilir",
    gratis: "ücretsiz",
    straal: "mesafe",
    sorteer: "sıra",
    bij: "haritadaki yer",
    na: "sonraki sayfa",
    services: "belgedeki hizmetler",
    lang: "belgenin dili",
    open: "açık",
    rolstoel: "tekerlekli sandalye",
    kaart: "harita",
    limit: "sayı",
  },
  fallback: (f) => `Bu alan doğru değil: ${f}. Kontrol edip tekrar deneyin.`,
  rules: {
    tooLong: ([n]) => (n ? `Bu çok uzun (${n} karakterden fazla).` : "Bu çok uzun."),
    once: () => "Bu birden fazla kez yazılmış. Bir değer seçin.",
    tooMany: () => "Aynı anda çok fazla seçtiniz. Daha az seçin.",
    unknownChoice: ([x]) => `Bu seçimi tanımıyoruz: ${x ?? ""}. Listeden seçin.`,
    position: () => "Haritadaki yer doğru değil. Posta kodu veya yer ile arayın.",
    area: () => "Haritanın bu kısmı doğru değil. Posta kodu veya yer ile arayın.",
    numberRange: ([a, b]) => `${a} ile ${b} arasında bir sayı seçin.`,
    postcode: () => "Bu bir posta kodu değil. Posta kodu 4 rakam ve bazen 2 harftir, örneğin 3512 veya 3512 AB.",
    placeShort: () => "En az 2 harf yazın.",
    placeChars: () => "Sadece harf, rakam ve boşluk yazın.",
    gemeenteCode: () => "Listeden bir belediye seçin.",
    gemeenteUnknown: () => "Bu belediyeyi tanımıyoruz. Listeden bir belediye seçin.",
    languageCode: () => "Listeden bir dil seçin.",
    oneChoice: () => "Listedeki seçeneklerden birini seçin.",
    oneOrigin: () => "Bir seferde tek bir şeyle arayın: posta kodu, yer veya konumunuz.",
    cursor: () => "Bu sayfa bu aramaya ait değil. Aramayı yeniden başlatın.",
    postcodeOrGemeente: () => "Danışanın posta kodunu yazın veya bir belediye seçin.",
    radiusNeedsPostcode: () => "Mesafe için danışanın posta koduna ihtiyacımız var.",
    radiusNeedsPlace: () => "Mesafe için bir posta kodu veya yer adı gerekiyor.",
    orInAreaNeedsRadius: () => "Önce bir mesafe seçin.",
    serviceIds: () => "Bu bağlantı doğru değil. Belgeyi yönlendirme sayfasından yeniden oluşturun.",
    noService: () => "Belgede hizmet yok. Önce yönlendirme sayfasında hizmet seçin.",
    maxServices: ([n]) => `Bir belgeye en fazla ${n} hizmet sığar.`,
    unstorable: () => "Okuyamadığımız bir karakter var. Yeniden yazın.",
    unknownField: () => "Bağlantıda tanımadığımız bir şey var. Yeniden başlayın.",
    unknownPostcode: () => "Bu posta kodunu tanımıyoruz. Doğru olup olmadığını kontrol edin.",
    unknownGemeente: () => "Bu belediyeyi tanımıyoruz. Listeden bir belediye seçin.",
    number: () => "Bu bir sayı değil.",
  },
};

const pl: Words = {
  fields: {
    q: "kod pocztowy lub miejscowość",
    gemeente: "gmina",
    dienst: "rodzaj pomocy",
    soort: "rodzaj miejsca",
    doelgroep: "dla kogo",
    taal: "język",
    toegang: "jak się dostać",
    gratis: "bezpłatnie",
    straal: "odległość",
    sorteer: "kolejność",
    bij: "miejsce na mapie",
    na: "następna strona",
    services: "usługi na kartce",
    lang: "język kartki",
    open: "otwarte",
    rolstoel: "wózek inwalidzki",
    kaart: "mapa",
    limit: "liczba",
  },
  fallback: (f) => `To pole jest niepoprawne: ${f}. Sprawdź je i spróbuj ponownie.`,
  rules: {
    tooLong: ([n]) => (n ? `To jest za długie (ponad ${n} znaków).` : "To jest za długie."),
    once: () => "To podano więcej niż raz. Wybierz jedną wartość.",
    tooMany: () => "Wybrano za dużo naraz. Wybierz mniej.",
    unknownChoice: ([x]) => `Nie znamy tego wyboru: ${x ?? ""}. Wybierz z listy.`,
    position: () => "Miejsce na mapie jest niepoprawne. Szukaj według kodu pocztowego lub miejscowości.",
    area: () => "Ten fragment mapy jest niepoprawny. Szukaj według kodu pocztowego lub miejscowości.",
    numberRange: ([a, b]) => `Wybierz liczbę od ${a} do ${b}.`,
    postcode: () =>
      "To nie jest kod pocztowy. Kod pocztowy to 4 cyfry i czasem 2 litery, na przykład 3512 lub 3512 AB.",
    placeShort: () => "Wpisz co najmniej 2 litery.",
    placeChars: () => "Wpisz tylko litery, cyfry i spacje.",
    gemeenteCode: () => "Wybierz gminę z listy.",
    gemeenteUnknown: () => "Nie znamy tej gminy. Wybierz gminę z listy.",
    languageCode: () => "Wybierz język z listy.",
    oneChoice: () => "Wybierz jedną z opcji z listy.",
    oneOrigin: () => "Szukaj według jednej rzeczy naraz: kodu pocztowego, miejscowości lub swojej lokalizacji.",
    cursor: () => "Ta strona nie należy do tego wyszukiwania. Zacznij wyszukiwanie od nowa.",
    postcodeOrGemeente: () => "Wpisz kod pocztowy klienta lub wybierz gminę.",
    radiusNeedsPostcode: () => "Do odległości potrzebujemy kodu pocztowego klienta.",
    radiusNeedsPlace: () => "Do odległości potrzebujemy kodu pocztowego lub miejscowości.",
    orInAreaNeedsRadius: () => "Najpierw wybierz odległość.",
    serviceIds: () => "Ten link jest niepoprawny. Utwórz kartkę ponownie na stronie skierowań.",
    noService: () => "Na kartce nie ma żadnej usługi. Najpierw wybierz usługi na stronie skierowań.",
    maxServices: ([n]) => `Na jednej kartce mieści się najwyżej ${n} usług.`,
    unstorable: () => "Jest tu znak, którego nie możemy odczytać. Wpisz to ponownie.",
    unknownField: () => "Link zawiera coś, czego nie znamy. Zacznij od nowa.",
    unknownPostcode: () => "Nie znamy tego kodu pocztowego. Sprawdź, czy jest poprawny.",
    unknownGemeente: () => "Nie znamy tej gminy. Wybierz gminę z listy.",
    number: () => "To nie jest liczba.",
  },
};

const uk: Words = {
  fields: {
    q: "поштовий індекс або місце",
    gemeente: "громада",
    dienst: "вид допомоги",
    soort: "вид місця",
    doelgroep: "для кого",
    taal: "мова",
    toegang: "як потрапити",
    gratis: "безкоштовно",
    straal: "відстань",
    sorteer: "порядок",
    bij: "місце на карті",
    na: "наступна сторінка",
    services: "послуги на аркуші",
    lang: "мова аркуша",
    open: "відкрито",
    rolstoel: "інвалідний візок",
    kaart: "карта",
    limit: "кількість",
  },
  fallback: (f) => `Це поле неправильне: ${f}. Перевірте його і спробуйте ще раз.`,
  rules: {
    tooLong: ([n]) => (n ? `Це задовго (понад ${n} символів).` : "Це задовго."),
    once: () => "Це вказано більше одного разу. Виберіть одне значення.",
    tooMany: () => "Ви вибрали забагато одночасно. Виберіть менше.",
    unknownChoice: ([x]) => `Ми не знаємо цього вибору: ${x ?? ""}. Виберіть зі списку.`,
    position: () => "Місце на карті неправильне. Шукайте за поштовим індексом або місцем.",
    area: () => "Ця частина карти неправильна. Шукайте за поштовим індексом або місцем.",
    numberRange: ([a, b]) => `Виберіть число від ${a} до ${b}.`,
    postcode: () => "Це не поштовий індекс. Поштовий індекс — це 4 цифри і іноді 2 літери, наприклад 3512 або 3512 AB.",
    placeShort: () => "Введіть щонайменше 2 літери.",
    placeChars: () => "Вводьте лише літери, цифри та пробіли.",
    gemeenteCode: () => "Виберіть громаду зі списку.",
    gemeenteUnknown: () => "Ми не знаємо цієї громади. Виберіть громаду зі списку.",
    languageCode: () => "Виберіть мову зі списку.",
    oneChoice: () => "Виберіть один із варіантів у списку.",
    oneOrigin: () => "Шукайте за одним параметром: поштовий індекс, місце або ваше місцезнаходження.",
    cursor: () => "Ця сторінка не належить до цього пошуку. Почніть пошук знову.",
    postcodeOrGemeente: () => "Введіть поштовий індекс клієнта або виберіть громаду.",
    radiusNeedsPostcode: () => "Для відстані нам потрібен поштовий індекс клієнта.",
    radiusNeedsPlace: () => "Для відстані нам потрібен поштовий індекс або населений пункт.",
    orInAreaNeedsRadius: () => "Спочатку виберіть відстань.",
    serviceIds: () => "Це посилання неправильне. Створіть аркуш знову на сторінці направлень.",
    noService: () => "На аркуші немає жодної послуги. Спершу виберіть послуги на сторінці направлень.",
    maxServices: ([n]) => `На одному аркуші вміщується не більше ${n} послуг.`,
    unstorable: () => "Тут є символ, який ми не можемо прочитати. Введіть це ще раз.",
    unknownField: () => "У посиланні є щось, чого ми не знаємо. Почніть знову.",
    unknownPostcode: () => "Ми не знаємо цього поштового індексу. Перевірте, чи він правильний.",
    unknownGemeente: () => "Ми не знаємо цієї громади. Виберіть громаду зі списку.",
    number: () => "Це не число.",
  },
};

export const PROBLEM_WORDS: Record<ProblemLocale, Words> = { nl, en, ar, tr, pl, uk };

/** The rule a detail falls under, or null (then the page shows the generic sentence). */
export const problemRule = (detail: string): Key | null => PROBLEM_RULES.find((r) => r.match.test(detail))?.key ?? null;

/** A problem in the page's words: "<field>: <sentence>", or the generic "this field is not right: <field>". */
export function problemText(problem: Problem, locale: ProblemLocale): string {
  const words = PROBLEM_WORDS[locale] ?? PROBLEM_WORDS.nl;
  const name = PAGE_PARAM_OF[problem.parameter] ?? problem.parameter;
  const field = words.fields[name] ?? name;
  for (const rule of PROBLEM_RULES) {
    const m = rule.match.exec(problem.detail);
    if (m) return `${capitalise(field)}: ${words.rules[rule.key](m.slice(1).map((g) => g ?? ""))}`;
  }
  return words.fallback(field);
}

/** The same for a list, ready for <ProblemList problems=…>. */
export const localiseProblems = <P extends Problem>(
  problems: readonly P[],
  locale: ProblemLocale,
): (P & { detail: string })[] => problems.map((p) => ({ ...p, detail: problemText(p, locale) }));

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

const ERROR_WORD: Record<ProblemLocale, string> = {
  nl: "Fout",
  en: "Error",
  ar: "خطأ",
  tr: "Hata",
  pl: "Błąd",
  uk: "Помилка",
};

/** A page title for a page that shows an input error: "Fout: <title>" (GOV.UK's pattern), so it is heard first. */
export const errorTitle = (title: string, locale: ProblemLocale): string =>
  `${ERROR_WORD[locale] ?? ERROR_WORD.nl}: ${title}`;
