import { FormProblem } from "@/components/beheer/form-problem";
import { MemberLink } from "@/components/beheer/member-link";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { PendingNote } from "@/components/beheer/pending-note";
import { RecentImports } from "@/components/beheer/recent-imports";
import { memberPage } from "@/lib/auth/session";
import { FORMATS } from "@/lib/import/types";
import { organizationsToImportInto } from "@/lib/server/import/import-batches";
import { listBatches } from "@/lib/server/import/list-import-batches";

import { checkImportFile } from "../import-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /beheer/import — organisation admins import into their own organisation, moderators into any: choose a file, see
// the dry run's report (/beheer/import/<id>), then import it (lib/server/import/import-batches.ts).
export default async function ImportPage({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer/import");
  const orgs = await organizationsToImportInto(actor);
  if (orgs.length === 0) return <NotAllowed title={t.importTitle} t={t} />;
  const batches = await listBatches({ actor });
  return (
    <main id="main">
      <h1>{t.importTitle}</h1>
      <p>{t.importIntro}</p>
      <p>
        <MemberLink href="/beheer/import/sjabloon.csv" download>
          {t.importTemplate}
        </MemberLink>
        <br />
        <span className="hint">{t.importTemplateHelp}</span>
      </p>
      <FormProblem sp={sp} />
      <form action={checkImportFile} className="form" encType="multipart/form-data">
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="import-organization">{t.importOrganization}</label>
          <select
            id="import-organization"
            name="organization"
            required
            defaultValue={orgs.length === 1 ? orgs[0]!.id : ""}
          >
            {orgs.length > 1 && <option value="">—</option>}
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t.importFile}</label>
          <input id="import-file" name="file" type="file" required accept=".csv,.txt,.xlsx,.json,.geojson,.zip" />
        </div>
        <div className="field">
          <label htmlFor="import-format">{t.importFormat}</label>
          <select id="import-format" name="format" defaultValue="">
            <option value="">{t.importFormatAuto}</option>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {f.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t.importCheck}
        </button>
        <PendingNote text={t.importWorking} />
      </form>

      <RecentImports batches={batches} t={t} locale={locale} />
    </main>
  );
}
