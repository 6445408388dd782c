"use client";

import { useState, useSyncExternalStore } from "react";

import { facilityQuery, isFiltering, matchesHaystack } from "@/lib/facility-match";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";

import { ariaInvalid, FieldError } from "./form-fields";

/** A location in the picker: `search` is its folded name and address (facilityHaystack), `type` its kind. */
export type FacilityOption = { value: string; label: string; search: string; type: string };

const noop = () => () => {};

/** The picker's filter: as typed once JavaScript runs, else as the server got it (plek_zoek, plek_soort). */
export function useFacilityFilter(values: Record<string, string>, all: FacilityOption[]) {
  const [live, setLive] = useState<{ text: string; type: string } | null>(null);
  const filter = live ?? { text: values.plek_zoek ?? "", type: values.plek_soort ?? "" };
  const q = facilityQuery(filter.text, filter.type);
  const shown = new Set(all.filter((f) => matchesHaystack(q, f.search, f.type)).map((f) => f.value));
  const onFilter = (e: React.FormEvent<HTMLElement>) => {
    const box = e.currentTarget.closest("fieldset");
    const read = (n: string) => box?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`)?.value ?? "";
    setLive({ text: read("plek_zoek"), type: read("plek_soort") });
  };
  return { filter, filtering: isFiltering(q), shown, onFilter };
}

// Which locations? Every option stays in the form: the ones the filter leaves out are only hidden, so what is
// ticked is always sent (with and without JavaScript), and a search never loses a tick.
export function ServiceFacilityPicker(p: {
  t: BeheerMessages;
  locale: string;
  label: string | undefined;
  error: string | undefined;
  all: FacilityOption[];
  types: { value: string; label: string }[];
  chosen: Set<string>;
  filter: ReturnType<typeof useFacilityFilter>;
}) {
  // After hydration the picker filters as one types; before (or without JavaScript) its button asks the server.
  const js = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const { t, all } = p;
  const { filter, shown, onFilter } = p.filter;
  return (
    <fieldset className="field" id="facility_ids" {...ariaInvalid("facility_ids", p.error)}>
      <legend>{p.label}</legend>
      <p className="hint">{t.facilitiesHint}</p>
      <div className="row" onInput={onFilter}>
        <div className="field">
          <label htmlFor="plek_zoek">{t.filterText}</label>
          <input
            id="plek_zoek"
            name="plek_zoek"
            type="search"
            defaultValue={filter.text}
            maxLength={100}
            autoComplete="off"
            aria-describedby="plek-hint"
            onKeyDown={(e) => {
              if (e.key === "Enter") e.preventDefault();
            }}
          />
          <p className="hint" id="plek-hint">
            {t.filterTextHint} {t.filterKeeps}
          </p>
        </div>
        <div className="field">
          <label htmlFor="plek_soort">{t.filterType}</label>
          <select id="plek_soort" name="plek_soort" defaultValue={filter.type} onChange={onFilter}>
            <option value="">{t.filterAnyType}</option>
            {p.types.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* Without JavaScript this is the form's first button, so Enter in a field filters (saves nothing) rather than saves. */}
      {!js && (
        <p>
          <button type="submit" name="intent" value="filter" className="secondary">
            {t.filterButton}
          </button>
        </p>
      )}
      {p.filter.filtering && (
        <p role="status">
          {shown.size ? fill(t.filterFound, { n: shown.size, total: all.length }, p.locale) : t.filterNone}
        </p>
      )}
      <div className="choices">
        {all.map((o) => (
          <label key={o.value} hidden={!shown.has(o.value)}>
            <input type="checkbox" name="facility_ids" value={o.value} defaultChecked={p.chosen.has(o.value)} />{" "}
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id="facility_ids" error={p.error} />
    </fieldset>
  );
}
