"use client";

import { useEffect, useState } from "react";

import { emptyWeek, formatWeek, parseWeek } from "@/lib/opening-hours-week";

import { HoursDays } from "./hours-days";
import { DAY_NAMES, hoursPreview, toDraft, toWeek, type Draft, type HoursLabels } from "./hours-draft";
import { HoursExceptions } from "./hours-exceptions";

// Opening hours: a week schedule (per day up to two periods, and "closed on public holidays") that writes OSM
// `opening_hours` into the raw field, plus the raw field itself for experts. Without JavaScript only the raw field is
// there (the schedule needs JS); the server validates either way with the opening_hours library.

export function HoursEditor({
  initial,
  locale,
  labels,
  error,
}: {
  initial: string;
  locale: "nl" | "en";
  labels: HoursLabels;
  error?: string;
}) {
  const [raw, setRaw] = useState(initial);
  const [draft, setDraft] = useState<Draft | null>(() => toDraft(parseWeek(initial)));
  const [mounted, setMounted] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the schedule is rendered only once JS runs
  useEffect(() => setMounted(true), []);

  const change = (fn: (d: Draft) => void) => {
    const next: Draft = structuredClone(draft ?? toDraft(emptyWeek())!);
    fn(next);
    setDraft(next);
    setRaw(formatWeek(toWeek(next)) ?? "");
  };
  const typeRaw = (value: string) => {
    setRaw(value);
    setDraft(toDraft(parseWeek(value)));
  };
  // A new exception row is only a draft: the OSM text changes once it has a date.
  const addException = (d: Draft) => {
    const next = structuredClone(d);
    next.exceptions.push({ date: "", from: "", to: "" });
    setDraft(next);
  };
  const words = hoursPreview(draft ? toWeek(draft) : null, locale, labels.closedAllDay);
  return (
    <fieldset className="field">
      <legend>{labels.hours}</legend>
      {mounted &&
        (draft ? (
          <div className="week">
            <p className="hint">{labels.hoursHint}</p>
            <HoursDays names={DAY_NAMES(locale)} draft={draft} labels={labels} change={change} />
            <HoursExceptions draft={draft} labels={labels} change={change} onAdd={() => addException(draft)} />
            <div aria-live="polite">
              <strong>{labels.hoursPreview}:</strong>
              <ul>
                {words.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </div>
          </div>
        ) : (
          <p className="warning">{labels.cannotShow}</p>
        ))}
      <label htmlFor="opening_hours">{labels.hoursRaw}</label>
      <p className="hint" id="opening_hours-hint">
        {labels.hoursRawHint}
      </p>
      <input
        id="opening_hours"
        name="opening_hours"
        value={raw}
        onChange={(e) => typeRaw(e.target.value)}
        aria-describedby={`opening_hours-hint${error ? " opening_hours-error" : ""}`}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <p className="error" id="opening_hours-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
