import { AttachRequests } from "@/components/beheer/attach-requests";
import { DashboardOrganization } from "@/components/beheer/dashboard-organization";
import { FacilityFilter, FacilityRows, filterFacilities, readFacilityFilter } from "@/components/beheer/facility-list";
import { FormProblem } from "@/components/beheer/form-problem";
import { MemberLink } from "@/components/beheer/member-link";
import { ResultNotice } from "@/components/beheer/result-notice";
import { WeekActivities } from "@/components/beheer/week-activities";
import { memberPage } from "@/lib/auth/session";
import { isFiltering } from "@/lib/facility-match";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { getDashboardView } from "@/lib/server/beheer/get-dashboard-view";
import { getWeekActivities, WEEK_FACILITIES } from "@/lib/server/beheer/get-week-activities";
import { formatDate } from "@/lib/time";

import { setActivityDateButton } from "./activity-actions";
import { acceptAttach, refuseAttach } from "./edit-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const date = (d: Date | null, locale: string, never: string) => (d ? formatDate(d, locale, "date") : never);

export default async function Dashboard({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer");
  const d = await getDashboardView({ actor });
  const q = readFacilityFilter(sp);
  const filtering = isFiltering(q);
  const day = (at: Date) => date(at, locale, "");
  const anyFacilities = d.delegated.length + d.orgs.reduce((n, o) => n + o.facilities.length, 0) > 10;
  const resultText = {
    proposed: t.proposed,
    accepted: t.attachAccepted,
    refused: t.attachRefused,
    cancelled: t.activities.cancelDone,
    restored: t.activities.restoreDone,
    pending: t.savedPending,
    unchanged: t.unchanged,
  };
  // This week's activities at the listed facilities (not those closed for good), once they are few enough to read.
  const kept = [...new Map([...d.delegated, ...d.orgs.flatMap((o) => o.facilities)].map((f) => [f.id, f])).values()];
  const listed = filterFacilities(
    q,
    kept.filter((f) => f.status !== "closed"),
  );
  const week =
    listed.length <= WEEK_FACILITIES
      ? await getWeekActivities({ actor, facilityIds: listed.map((f) => f.id), lang: locale })
      : null;
  return (
    <main id="main" className="wide">
      <h1>{t.dashboard}</h1>
      <p>{actor.label}</p>
      <ResultNotice sp={sp} texts={resultText} />
      <FormProblem sp={sp} />
      {d.queue !== null && (
        <p className={d.queue ? "warning" : "notice"}>
          <MemberLink href="/beheer/moderatie">
            {t.queueTitle}: {d.queue}
          </MemberLink>
        </p>
      )}
      {d.requests.length > 0 && (
        <AttachRequests
          items={d.requests}
          accept={acceptAttach}
          refuse={refuseAttach}
          date={day}
          t={t}
          locale={locale}
        />
      )}
      {(anyFacilities || filtering) && (
        <FacilityFilter action="/beheer" q={q} t={t} locale={locale} typeNames={CATALOGS[locale].resident.types} />
      )}
      <WeekActivities
        week={week}
        action={setActivityDateButton}
        back={{ zoek: q.text, soort: q.type ?? "" }}
        t={t}
        locale={locale}
      />
      {d.delegated.length > 0 && (
        <section aria-labelledby="delegated">
          <h2 id="delegated">{t.yourFacilities}</h2>
          <FacilityRows items={filterFacilities(q, d.delegated)} t={t} locale={locale} />
        </section>
      )}
      {d.orgs.map((o) => (
        <DashboardOrganization key={o.id} o={o} q={q} filtering={filtering} date={day} t={t} locale={locale} />
      ))}
    </main>
  );
}
