import { DataTable } from "@/components/beheer/data-table";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import type { AuditLine } from "@/lib/server/accounts/audit";
import { formatDate } from "@/lib/time";

// An organisation's audit log (people, tokens, trust, reports) as a table: when, who, what.

const detailKeys = ["email", "name", "role", "publishes_directly"] as const;

function detail(line: AuditLine): string {
  const data = {
    ...(line.before as Record<string, unknown> | null),
    ...(line.after as Record<string, unknown> | null),
  };
  return detailKeys
    .map((k) => data[k])
    .filter((v): v is string => typeof v === "string")
    .join(", ");
}

export function AuditLog({ lines, locale, t }: { lines: AuditLine[]; locale: "nl" | "en"; t: BeheerMessages }) {
  const what = (action: string) => {
    const key = `audit_${action.replace(".", "_")}` as keyof BeheerMessages;
    return typeof t[key] === "string" ? t[key] : action;
  };
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t.auditTitle}</h2>
      <p>{t.auditIntro}</p>
      {lines.length === 0 ? (
        <p>{t.auditNone}</p>
      ) : (
        <DataTable head={[t.auditWhen, t.auditWho, t.auditWhat]}>
          {lines.map((l) => (
            <tr key={l.id}>
              <td>{formatDate(l.createdAt, locale, "date-long-time")}</td>
              <td>{l.actorLabel}</td>
              <td>
                {what(l.action)}
                {detail(l) && `: ${detail(l)}`}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
