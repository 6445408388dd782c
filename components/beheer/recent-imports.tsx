import { MemberLink } from "@/components/beheer/member-link";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";
import { formatDate } from "@/lib/time";

// The imports this person may see, newest first: file, state, organisation, who and when.

type Batch = {
  id: string;
  fileName: string;
  status: string;
  createdAt: Date;
  createdByLabel: string;
  organization: { name: string } | null;
};

export const importStatus = (t: BeheerMessages): Record<string, string> => ({
  checked: t.importStatusChecked,
  pending: t.importStatusPending,
  applied: t.importStatusApplied,
  rejected: t.importStatusRejected,
});

export function RecentImports({ batches, t, locale }: { batches: Batch[]; t: BeheerMessages; locale: "nl" | "en" }) {
  const status = importStatus(t);
  return (
    <>
      <h2>{t.importRecent}</h2>
      {batches.length === 0 ? (
        <p>{t.importNone}</p>
      ) : (
        <ul>
          {batches.map((b) => (
            <li key={b.id}>
              <MemberLink href={`/beheer/import/${b.id}`}>{b.fileName}</MemberLink> — {status[b.status] ?? b.status}
              {b.organization ? ` (${b.organization.name})` : ""}
              <br />
              <span className="hint">
                {fill(
                  t.importBy,
                  { who: b.createdByLabel, date: formatDate(b.createdAt, locale, "date-time") },
                  locale,
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
