import { ariaInvalid, FieldError } from "./form-fields";

// A group of checkboxes (or radios) under one legend: the service's kinds of help, audiences, access, cost, languages.
export function ServiceChoices(p: {
  name: string;
  label: string | undefined;
  /** the chosen values, comma-separated */
  value: string | undefined;
  error: string | undefined;
  options: { value: string; label: string }[];
  type?: "checkbox" | "radio";
}) {
  const chosen = new Set((p.value ?? "").split(",").filter(Boolean));
  return (
    <fieldset className="field" id={p.name} {...ariaInvalid(p.name, p.error)}>
      <legend>{p.label}</legend>
      <div className="choices">
        {p.options.map((o) => (
          <label key={o.value}>
            <input type={p.type ?? "checkbox"} name={p.name} value={o.value} defaultChecked={chosen.has(o.value)} />{" "}
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={p.name} error={p.error} />
    </fieldset>
  );
}
