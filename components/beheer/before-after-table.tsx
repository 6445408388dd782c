import { DataTable } from "@/components/beheer/data-table";
import type { BeheerMessages } from "@/lib/i18n/beheer";

// One table for "what changed": a row per field with its label and the value before and after, already in words.
// The change history (ChangeTable) and the conflict panel both render through it, so the two never drift apart.

export type BeforeAfterRow = { key: string; label: string; before: string; after: string };

export function BeforeAfterTable({
  rows,
  t,
}: {
  rows: BeforeAfterRow[];
  t: Pick<BeheerMessages, "field" | "was" | "now">;
}) {
  return (
    <DataTable head={[t.field, t.was, t.now]}>
      {rows.map((r) => (
        <tr key={r.key}>
          <th scope="row">{r.label}</th>
          <td>{r.before}</td>
          <td>{r.after}</td>
        </tr>
      ))}
    </DataTable>
  );
}
