import { z } from "zod";

import { ActivityForm, type ActivityFormOptions } from "@/components/beheer/activity-form";
import { MemberLink } from "@/components/beheer/member-link";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { parseRRule, WEEKDAYS } from "@/lib/activities/rule";
import { describeRule } from "@/lib/activities/rule-text";
import { memberPage } from "@/lib/auth/session";
import { INTL } from "@/lib/format";
import { activityValues } from "@/lib/forms/activity-form";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { fill } from "@/lib/i18n/fill";
import { notFoundPage } from "@/lib/i18n/not-found-page";
import { ACTIVITY_KINDS } from "@/lib/reference/activity-kinds";
import { HELP_LANGUAGES } from "@/lib/reference/languages";
import { COSTS, WHEELCHAIR } from "@/lib/schemas/common";
import { getActivityFormView } from "@/lib/server/beheer/get-activity-form-view";
import { amsterdamDate } from "@/lib/time";

import { reapplyActivityChange, submitActivity } from "../../../activity-actions";
import { viewOrRefused } from "../../../member-view";

// The page around the activity form, for a new activity (`activityId` left out) and for changing one: the facility
// it is at, whether the save waits for a moderator, and the form's choices in the page's language.

export async function ActivityFormPage({ facilityId, activityId }: { facilityId: string; activityId?: string }) {
  const { actor, locale, t } = await memberPage(`/beheer/locaties/${facilityId}/activiteiten/${activityId ?? "nieuw"}`);
  const title = activityId ? t.activities.editTitle : t.activities.newTitle;
  if (!z.uuid().safeParse(facilityId).success || (activityId && !z.uuid().safeParse(activityId).success))
    await notFoundPage();
  const view = await viewOrRefused(getActivityFormView({ actor, facilityId, ...(activityId ? { activityId } : {}) }));
  if (!view) return <NotAllowed title={title} t={t} />;
  const cat = CATALOGS[locale];
  const words = cat.activities.rule;
  const values = view.activity
    ? activityValues(view.activity)
    : { often: "week", cost: "free", registration: "none", languages: "nl", valid_from: amsterdamDate(new Date()) };
  const asIs =
    values.often === "zoals-nu" && view.activity
      ? fill(
          t.activities.oftenAsIs,
          {
            rule: describeRule(parseRRule(view.activity.rrule, view.activity.valid_from), words, locale, {
              validFrom: view.activity.valid_from,
            }),
          },
          locale,
        )
      : null;
  const weekday = new Intl.DateTimeFormat(INTL[locale], { weekday: "long", timeZone: "UTC" });
  const langName = new Intl.DisplayNames([locale], { type: "language" });
  const options: ActivityFormOptions = {
    kinds: ACTIVITY_KINDS.map((k) => ({ value: k, label: cat.activities.kinds[k] })),
    // 2026-01-05 is a Monday: weekday i (0 = Monday) is that date + i days.
    weekdays: WEEKDAYS.map((d, i) => ({ value: d, label: weekday.format(new Date(Date.UTC(2026, 0, 5 + i))) })),
    audiences: view.audiences.map((a) => ({ value: a.code, label: locale === "en" ? a.labelEn : a.labelNl })),
    languages: ["nl", ...HELP_LANGUAGES].map((c) => ({ value: c, label: langName.of(c) ?? c })),
    cost: COSTS.map((c) => ({ value: c, label: cat.resident.cost[c] })),
    wheelchair: WHEELCHAIR.filter((w) => w !== "unknown").map((w) => ({
      value: w,
      label: cat.resident.wheelchairValues[w],
    })),
  };
  return (
    <main id="main">
      <p>
        <MemberLink href={`/beheer/locaties/${facilityId}#programma`}>{t.activities.backTo}</MemberLink>
      </p>
      <h1>{title}</h1>
      <p className="hint">{fill(t.activities.at, { facility: view.facility.label }, locale)}</p>
      {view.waitsForModerator && <p className="warning">{t.waitsForModerator}</p>}
      <ActivityForm
        action={submitActivity}
        reapply={reapplyActivityChange}
        facilityId={facilityId}
        version={view.version}
        values={values}
        locale={locale}
        t={t}
        ruleWords={words}
        options={options}
        asIs={asIs}
      />
    </main>
  );
}
