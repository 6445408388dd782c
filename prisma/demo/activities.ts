import { parseRRule, ruleColumns } from "../../lib/activities/rule";
import { createRng, type Rng } from "../../lib/random";

// Demo programmes: 3–8 activities at each buurthuis, dorpshuis and wijkcentrum, from the activities such places
// really run (koffie-ochtend, taalcafé, repair café on the second Saturday, beweegclub 55+, maaltijd voor een prikkie,
// spreekuur sociaal raadslid …), and a few dates that do not go ahead. Its own random stream, so adding it did not
// change the rest of the demo data. The season starts on 1 September 2026.

export type ActivityRow = {
  id: string;
  facilityId: string;
  name: string;
  summary: string;
  kind: string;
  audiences: string[];
  languages: string[];
  cost: "free" | "contribution";
  costText: string | null;
  registration: "none" | "required";
  registrationText: string | null;
  rrule: string;
  freq: string;
  step: number;
  weekdays: number;
  monthDays: number[];
  startMinute: number;
  endMinute: number;
  skipHolidays: boolean;
  cancelled: { day: string; reason: string } | null;
};

const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
type Day = (typeof DAYS)[number];
const h = (hh: number, mm = 0) => hh * 60 + mm;

type Template = {
  name: string;
  summary: string;
  kind: string;
  audiences?: string[];
  languages?: string[];
  cost?: { text: string };
  registration?: string;
  days: readonly Day[]; // weekly: one of these; monthly: the weekday
  monthly?: number[]; // n-th weekdays (-1: the last)
  step?: number;
  time: [number, number];
};

const TEMPLATES: Template[] = [
  {
    name: "Koffie-ochtend",
    summary: "Binnenlopen voor koffie, thee en een praatje.",
    kind: "ontmoeten",
    days: ["MO", "TU", "FR"],
    time: [h(10), h(12)],
  },
  {
    name: "Taalcafé",
    summary: "Nederlands oefenen in een kleine groep, met vrijwilligers.",
    kind: "taalcafe",
    audiences: ["nieuwkomers"],
    languages: ["nl"],
    days: ["WE", "TH"],
    time: [h(14), h(16)],
  },
  {
    name: "Repair café",
    summary: "Kapotte spullen samen repareren: kleding, lampen, fietsen.",
    kind: "repair-cafe",
    cost: { text: "Vrijwillige bijdrage" },
    days: ["SA"],
    monthly: [2],
    time: [h(10), h(13)],
  },
  {
    name: "Kinderclub",
    summary: "Knutselen en spelletjes voor kinderen van 6 tot 12 jaar.",
    kind: "kinderen",
    audiences: ["jeugd"],
    days: ["WE"],
    time: [h(14), h(16)],
  },
  {
    name: "Beweegclub 55+",
    summary: "Rustig bewegen op muziek, voor iedereen vanaf 55.",
    kind: "bewegen",
    audiences: ["ouderen"],
    cost: { text: "€ 2 per keer" },
    days: ["TU", "TH"],
    time: [h(10), h(11)],
  },
  {
    name: "Maaltijd voor een prikkie",
    summary: "Samen eten: drie gangen voor € 5.",
    kind: "maaltijd",
    cost: { text: "€ 5" },
    registration: "Opgeven tot de dag ervoor, bij de bar of telefonisch.",
    days: ["FR"],
    monthly: [-1],
    time: [h(17, 30), h(19, 30)],
  },
  {
    name: "Spreekuur sociaal raadslid",
    summary: "Hulp bij brieven, formulieren en toeslagen. Gratis.",
    kind: "spreekuur",
    days: ["TH", "MO"],
    time: [h(13), h(15)],
  },
  {
    name: "Digi-café",
    summary: "Hulp met uw telefoon, tablet of DigiD.",
    kind: "digihulp",
    audiences: ["ouderen"],
    days: ["FR", "TU"],
    step: 2,
    time: [h(10), h(12)],
  },
  {
    name: "Handwerkclub",
    summary: "Breien, haken en borduren met elkaar.",
    kind: "creatief",
    days: ["WE", "MO"],
    time: [h(19, 30), h(21, 30)],
  },
  {
    name: "Jongerenavond",
    summary: "Chillen, gamen en praten met de jongerenwerker.",
    kind: "jongeren",
    audiences: ["jongeren"],
    days: ["FR"],
    time: [h(19), h(22)],
  },
  {
    name: "Cursus omgaan met geld",
    summary: "Vier avonden over je administratie en geld.",
    kind: "cursus",
    registration: "Aanmelden bij de balie of via het wijkteam.",
    days: ["TU"],
    monthly: [1, 3],
    time: [h(19), h(21)],
  },
];

export const SEASON_START = "2026-09-01";
/** When the demo programmes were last checked (fixed, like the facilities' dates). */
export const LAST_CHECKED = "2026-11-01T00:00:00Z";
const HOSTS = new Set(["buurthuis", "dorpshuis", "wijkcentrum"]);
const REASONS = ["Zaal is bezet", "Vrijwilliger ziek", "Kerstvakantie", "Onderhoud aan het gebouw"];
// Weekdays of 2026-12-07 (a Monday) onwards: a cancelled date in the coming weeks of the demo's season.
const FIRST_MONDAY = Date.UTC(2026, 11, 7);

export function generateDemoActivities(
  facilities: readonly { id: string; type: string }[],
  seed: number,
): ActivityRow[] {
  const rng: Rng = createRng(seed);
  const out: ActivityRow[] = [];
  for (const f of facilities) {
    if (!HOSTS.has(f.type)) continue;
    const n = rng.int(3, 8);
    const picked = [...TEMPLATES].sort(() => rng.next() - 0.5).slice(0, n);
    for (const t of picked) {
      const day = rng.pick([...t.days]);
      const monthly = t.monthly !== undefined;
      const step = t.step ?? 1;
      const byday = monthly ? (t.monthly ?? []).map((nth) => `${nth}${day}`).join(",") : day;
      const rrule = `FREQ=${monthly ? "MONTHLY" : "WEEKLY"}${step > 1 ? `;INTERVAL=${step}` : ""};BYDAY=${byday}`;
      const weekOffset = rng.int(0, 8);
      const cancelled =
        !monthly && step === 1 && rng.chance(0.12)
          ? {
              day: new Date(FIRST_MONDAY + (weekOffset * 7 + DAYS.indexOf(day)) * 86_400_000)
                .toISOString()
                .slice(0, 10),
              reason: rng.pick(REASONS),
            }
          : null;
      out.push({
        id: rng.uuid(),
        facilityId: f.id,
        name: t.name,
        summary: t.summary,
        kind: t.kind,
        audiences: t.audiences ?? [],
        languages: t.languages ?? [],
        cost: t.cost ? "contribution" : "free",
        costText: t.cost?.text ?? null,
        registration: t.registration ? "required" : "none",
        registrationText: t.registration ?? null,
        rrule,
        ...ruleColumns(parseRRule(rrule, SEASON_START), SEASON_START),
        startMinute: t.time[0],
        endMinute: t.time[1],
        skipHolidays: rng.chance(0.5),
        cancelled,
      });
    }
  }
  return out;
}
