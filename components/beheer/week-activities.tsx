import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";
import type { WeekDate, WeekFacility } from "@/lib/server/beheer/get-week-activities";

import { dayName } from "./activity-dates";
import { MemberLink } from "./member-link";

// The dashboard's "Activiteiten de komende 7 dagen": per facility its dates, each with one button — "Gaat niet door"
// (with a reason field that may stay empty) or, for a date cancelled by hand, "Gaat toch door". Plain forms: works
// without JavaScript. `back`: the dashboard's filter, so the answer comes back to the same list.

type Action = (form: FormData) => Promise<void>;
type Back = { zoek: string; soort: string };

function DateItem(p: {
  facilityId: string;
  d: WeekDate;
  action: Action;
  back: Back;
  t: BeheerMessages;
  locale: "nl" | "en";
}) {
  const { d, locale } = p;
  const a = p.t.activities;
  const when = fill(a.dateTime, { date: dayName(d.date, locale), start: d.start, end: d.end }, locale);
  const key = `${d.activityId}-${d.ruleDate}`;
  // Said to a screen reader with every button and field: which of the week's dates it is about.
  const what = (
    <span className="sr-only">
      : {d.name}, {when}
    </span>
  );
  const fields = (state: "cancelled" | "on") => (
    <>
      {Object.entries({
        facility: p.facilityId,
        activity: d.activityId,
        date: d.ruleDate,
        state,
        locale,
        ...p.back,
      }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
  return (
    <li>
      <p>
        {d.cancelled ? <s>{when}</s> : <strong>{when}</strong>} <bdi lang="nl">{d.name}</bdi>
        {d.cancelled && <> — {d.reason ? fill(a.cancelledReason, { reason: d.reason }, locale) : a.cancelled}</>}
        {d.pending && <> ({p.t.pending})</>}
      </p>
      {d.mayRestore ? (
        <form action={p.action}>
          {fields("on")}
          <button type="submit" className="secondary">
            {a.restore}
            {what}
          </button>
        </form>
      ) : (
        !d.cancelled && (
          <form action={p.action} className="form">
            {fields("cancelled")}
            <div className="field">
              <label htmlFor={`reason-${key}`}>
                {a.cancelReason}
                {what}
              </label>
              <input id={`reason-${key}`} name="reason" maxLength={200} autoComplete="off" />
            </div>
            <button type="submit" className="secondary">
              {a.cancel}
              {what}
            </button>
          </form>
        )
      )}
    </li>
  );
}

export function WeekActivities(p: {
  /** null: too many locations to show; find one with the filter first */
  week: WeekFacility[] | null;
  action: Action;
  back: Back;
  t: BeheerMessages;
  locale: "nl" | "en";
}) {
  const a = p.t.activities;
  if (p.week !== null && p.week.length === 0) return null;
  return (
    <section aria-labelledby="week-title">
      <h2 id="week-title">{a.weekTitle}</h2>
      <p className="hint">{p.week === null ? a.weekFind : a.weekIntro}</p>
      {p.week?.map((f) => (
        <section key={f.id} aria-labelledby={`week-${f.id}`}>
          <h3 id={`week-${f.id}`}>
            <MemberLink href={`/beheer/locaties/${f.id}#programma`}>{f.label}</MemberLink>
          </h3>
          <ul>
            {f.dates.map((d) => (
              <DateItem
                key={`${d.activityId}-${d.ruleDate}-${d.date}`}
                facilityId={f.id}
                d={d}
                action={p.action}
                back={p.back}
                t={p.t}
                locale={p.locale}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
