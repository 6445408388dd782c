import { DataTable } from "@/components/beheer/data-table";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import { FieldError } from "./form-fields";
import type { FacilityOption } from "./service-facility-picker";

// Per location, what differs there: a note and the service's own opening hours (OSM). Rows follow the picker's
// filter (hidden, not removed, so what was typed is always sent).
export function ServiceOverrides(p: {
  t: BeheerMessages;
  all: FacilityOption[];
  shown: Set<string>;
  values: Record<string, string>;
  error: string | undefined;
}) {
  const t = p.t;
  return (
    <details>
      <summary>{t.overridesTitle}</summary>
      <p className="hint">{t.overridesHint}</p>
      <FieldError id="location_overrides" error={p.error} />
      <DataTable head={[t.facility, t.overrideNote, t.overrideHours]}>
        {p.all.map((f) => (
          <tr key={f.value} hidden={!p.shown.has(f.value)}>
            <th scope="row">{f.label}</th>
            <td>
              <input
                name={`note:${f.value}`}
                aria-label={`${t.overrideNote}: ${f.label}`}
                defaultValue={p.values[`note:${f.value}`] ?? ""}
                maxLength={300}
              />
            </td>
            <td>
              <input
                name={`hours:${f.value}`}
                aria-label={`${t.overrideHours}: ${f.label}`}
                defaultValue={p.values[`hours:${f.value}`] ?? ""}
                maxLength={500}
                placeholder="Tu 09:00-12:00"
              />
            </td>
          </tr>
        ))}
      </DataTable>
    </details>
  );
}
