"use client";

import { useEffect, useState } from "react";

import { hoursInWords } from "@/lib/i18n/referral";
import { emptyWeek, formatWeek, isTime, OSM_DAYS, parseWeek, type Week } from "@/lib/opening-hours-week";

// Opening hours: a week schedule (per day up to two periods, and "closed on public holidays") that writes OSM
// `opening_hours` into the raw field, plus the raw field itself for experts. Without JavaScript only the raw field is
// there (the schedule needs JS); the server validates either way with the opening_hours library.

export type HoursLabels = {
  hours: string;
  hoursHint: string;
  hoursRaw: string;
  hoursRawHint: string;
  hoursPreview: string;
  holidaysClosed: string;
  from: string;
  to: string;
  cannotShow: string;
  exceptions: string;
  exceptionsHint: string;
  addException: string;
  removeException: string;
  date: string;
  closedAllDay: string;
};

const SLOTS = 2;
/** What the inputs hold, including a period still being typed (only complete periods reach the OSM text). */
type Draft = {
  days: [string, string][][];
  holidaysClosed: boolean;
  exceptions: { date: string; from: string; to: string }[];
};

const DAY_NAMES = (locale: "nl" | "en") =>
  OSM_DAYS.map((_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );

function toDraft(week: Week | null): Draft | null {
  if (!week || week.days.some((d) => d.length > SLOTS)) return null;
  if (week.exceptions.some((e) => e.intervals.length > 1)) return null;
  return {
    days: week.days.map((d) =>
      Array.from({ length: SLOTS }, (_, s) => [d[s]?.[0] ?? "", d[s]?.[1] ?? ""] as [string, string]),
    ),
    holidaysClosed: week.holidaysClosed,
    exceptions: week.exceptions.map((e) => ({
      date: e.date,
      from: e.intervals[0]?.[0] ?? "",
      to: e.intervals[0]?.[1] ?? "",
    })),
  };
}

const toWeek = (d: Draft): Week => ({
  days: d.days.map((slots) => slots.filter(([a, b]) => isTime(a) && isTime(b))),
  holidaysClosed: d.holidaysClosed,
  // An exception without (complete) times is a closed day; one without a date is still being typed.
  exceptions: d.exceptions
    .filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))
    .map((e) => ({ date: e.date, intervals: isTime(e.from) && isTime(e.to) ? [[e.from, e.to]] : [] })),
});

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
  const names = DAY_NAMES(locale);

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

  const week = draft ? toWeek(draft) : null;
  const dateWords = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const words = week
    ? [
        ...hoursInWords(
          week.days.map((intervals, weekday) => ({ weekday, intervals })),
          locale,
        ),
        ...week.exceptions.map(
          (e) =>
            `${dateWords.format(new Date(`${e.date}T12:00:00Z`))}: ${e.intervals.length ? e.intervals.map(([a, b]) => `${a}–${b}`).join(", ") : labels.closedAllDay}`,
        ),
      ]
    : [];
  return (
    <fieldset className="field">
      <legend>{labels.hours}</legend>
      {mounted &&
        (draft ? (
          <div className="week">
            <p className="hint">{labels.hoursHint}</p>
            {names.map((name, d) => (
              <div className="day" key={d} role="group" aria-label={name}>
                <span>{name}</span>
                {Array.from({ length: SLOTS }, (_, slot) => (
                  <span key={slot}>
                    <input
                      type="time"
                      aria-label={`${name} ${slot + 1}: ${labels.from}`}
                      value={draft.days[d]?.[slot]?.[0] ?? ""}
                      onChange={(e) =>
                        change((x) => {
                          x.days[d]![slot]![0] = e.target.value;
                        })
                      }
                    />
                    {" – "}
                    <input
                      type="time"
                      aria-label={`${name} ${slot + 1}: ${labels.to}`}
                      value={draft.days[d]?.[slot]?.[1] ?? ""}
                      onChange={(e) =>
                        change((x) => {
                          x.days[d]![slot]![1] = e.target.value;
                        })
                      }
                    />
                  </span>
                ))}
              </div>
            ))}
            <label className="choices">
              <input
                type="checkbox"
                checked={draft.holidaysClosed}
                onChange={(e) =>
                  change((x) => {
                    x.holidaysClosed = e.target.checked;
                  })
                }
              />{" "}
              {labels.holidaysClosed}
            </label>
            <fieldset className="field">
              <legend>{labels.exceptions}</legend>
              <p className="hint">{labels.exceptionsHint}</p>
              {draft.exceptions.map((ex, i) => (
                <div className="day" key={i} role="group" aria-label={`${labels.exceptions} ${i + 1}`}>
                  <input
                    type="date"
                    aria-label={`${labels.exceptions} ${i + 1}: ${labels.date}`}
                    value={ex.date}
                    onChange={(e) =>
                      change((x) => {
                        x.exceptions[i]!.date = e.target.value;
                      })
                    }
                  />
                  <input
                    type="time"
                    aria-label={`${labels.exceptions} ${i + 1}: ${labels.from}`}
                    value={ex.from}
                    onChange={(e) =>
                      change((x) => {
                        x.exceptions[i]!.from = e.target.value;
                      })
                    }
                  />
                  {" – "}
                  <input
                    type="time"
                    aria-label={`${labels.exceptions} ${i + 1}: ${labels.to}`}
                    value={ex.to}
                    onChange={(e) =>
                      change((x) => {
                        x.exceptions[i]!.to = e.target.value;
                      })
                    }
                  />
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      change((x) => {
                        x.exceptions.splice(i, 1);
                      })
                    }
                  >
                    {labels.removeException} {i + 1}
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const next = structuredClone(draft);
                  next.exceptions.push({ date: "", from: "", to: "" });
                  setDraft(next);
                }}
              >
                {labels.addException}
              </button>
            </fieldset>
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
