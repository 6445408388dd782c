import type { ChangeDraft, Draft, HoursLabels } from "./hours-draft";

// Days that differ from the week (a date, and its hours or none: closed all day); "add" starts an empty one.
export function HoursExceptions(p: { draft: Draft; labels: HoursLabels; change: ChangeDraft; onAdd: () => void }) {
  const { labels, change } = p;
  return (
    <fieldset className="field">
      <legend>{labels.exceptions}</legend>
      <p className="hint">{labels.exceptionsHint}</p>
      {p.draft.exceptions.map((ex, i) => (
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
      <button type="button" className="secondary" onClick={p.onAdd}>
        {labels.addException}
      </button>
    </fieldset>
  );
}
