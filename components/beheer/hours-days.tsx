import { SLOTS, type ChangeDraft, type Draft, type HoursLabels } from "./hours-draft";

// Per weekday up to two periods (from – to), and "closed on public holidays".
export function HoursDays(p: { names: string[]; draft: Draft; labels: HoursLabels; change: ChangeDraft }) {
  const { draft, labels, change } = p;
  return (
    <>
      {p.names.map((name, d) => (
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
    </>
  );
}
