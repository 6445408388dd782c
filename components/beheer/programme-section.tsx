import { parseRRule } from "@/lib/activities/rule";
import { describeRule, type RuleWords } from "@/lib/activities/rule-text";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";
import type { TOccurrence } from "@/lib/schemas/occurrence";
import type { ProgrammeItem } from "@/lib/server/activities/get-programme";
import type { PendingActivity } from "@/lib/server/beheer/get-programme-edit-view";

import { ActivityDates, type ShownDate } from "./activity-dates";
import { ButtonForm } from "./button-form";
import { MemberLink } from "./member-link";
import { PosterForm } from "./poster-form";

// The facility edit page's "Programma": each activity with its rule in words and its next five dates (cancelled ones
// struck through, with the reason), a link to change it and a button to remove it; what waits for a moderator; "add
// an activity"; and the poster. Plain links and forms: works without JavaScript.

export const shownDate = (o: TOccurrence): ShownDate => ({
  date: o.date,
  start: o.start.slice(11, 16),
  end: o.end.slice(11, 16),
  cancelled: o.cancelled,
  reason: o.reason,
  movedFrom: o.moved_from,
});

export function ProgrammeSection(p: {
  facilityId: string;
  slug: string;
  items: ProgrammeItem[];
  pending: PendingActivity[];
  remove: (form: FormData) => Promise<void>;
  t: BeheerMessages;
  ruleWords: RuleWords;
  kindNames: Record<string, string>;
  locale: "nl" | "en";
}) {
  const t = p.t.activities;
  const base = `/beheer/locaties/${p.facilityId}/activiteiten`;
  return (
    <section aria-labelledby="programma">
      <h2 id="programma">{t.programme}</h2>
      <p className="hint">{t.programmeIntro}</p>
      {p.pending.length > 0 && (
        <p className="warning">
          {fill(
            t.pendingChanges,
            {
              names: new Intl.ListFormat(p.locale, { type: "conjunction" }).format(
                p.pending.map((x) => (x.removed ? fill(t.pendingRemoval, { name: x.name }, p.locale) : x.name)),
              ),
            },
            p.locale,
          )}
        </p>
      )}
      {p.items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {p.items.map(({ activity: a, next }) => (
            <li key={a.id}>
              <h3>
                <bdi lang="nl">{a.name}</bdi>
              </h3>
              <p>
                {p.kindNames[a.kind] ?? a.kind} ·{" "}
                {describeRule(parseRRule(a.rrule, a.valid_from), p.ruleWords, p.locale, {
                  validFrom: a.valid_from,
                  validUntil: a.valid_until,
                  start: a.start_time,
                  end: a.end_time,
                })}
              </p>
              {a.summary && (
                <p lang="nl" dir="auto">
                  {a.summary}
                </p>
              )}
              <h4>{t.nextDates}</h4>
              <ActivityDates dates={next.map(shownDate)} t={t} locale={p.locale} />
              <div>
                <MemberLink href={`${base}/${a.id}`}>
                  {t.change}
                  <span className="sr-only">: {a.name}</span>
                </MemberLink>{" "}
                <ButtonForm
                  action={p.remove}
                  fields={{ facility: p.facilityId, activity: a.id, locale: p.locale }}
                  className="inline-form"
                >
                  {t.remove}
                  <span className="sr-only"> {a.name}</span>
                </ButtonForm>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <MemberLink href={`${base}/nieuw`}>{t.add}</MemberLink>
      </p>
      <PosterForm slug={p.slug} t={t} />
    </section>
  );
}
