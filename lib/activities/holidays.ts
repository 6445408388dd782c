import Holidays from "date-holidays";

// Public holidays (NL: Koningsdag, Hemelvaart, …; BE: 21 juli, 11 november, …) from the maintained date-holidays
// tables, for activities that do not run on them ("niet op feestdagen"). The country follows the time zone the
// activity keeps (Europe/Brussels: Flanders), which is the facility's.

const BY_ZONE: Record<string, { country: string; state?: string }> = {
  "Europe/Amsterdam": { country: "NL" },
  "Europe/Brussels": { country: "BE", state: "VLG" },
};

const calendars = new Map<string, Holidays>();
const names = new Map<string, Map<string, string>>();

function calendar(timeZone: string): Holidays | null {
  const c = BY_ZONE[timeZone];
  if (!c) return null;
  let h = calendars.get(timeZone);
  if (!h) {
    h = c.state ? new Holidays(c.country, c.state) : new Holidays(c.country);
    calendars.set(timeZone, h);
  }
  return h;
}

/** The public holiday on a date (yyyy-mm-dd) where the activity is, in `lang` where the table has it; else null. */
export function publicHoliday(date: string, timeZone: string, lang = "nl"): string | null {
  const key = `${timeZone} ${date.slice(0, 4)} ${lang}`;
  let year = names.get(key);
  if (!year) {
    const h = calendar(timeZone);
    year = new Map(
      (h?.getHolidays(Number(date.slice(0, 4)), lang) ?? [])
        .filter((x) => x.type === "public")
        .map((x) => [x.date.slice(0, 10), x.name]),
    );
    names.set(key, year);
  }
  return year.get(date) ?? null;
}
