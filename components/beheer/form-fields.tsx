import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// The member area's labelled fields: a label, the control, and the error line under it that the control names in
// aria-describedby (so a screen reader reads the error with the field). `id` defaults to the field's name.

type Base = { id?: string; name: string; label: ReactNode; error?: string };

/** aria-invalid and aria-describedby for a control whose error line has the id `${id}-error`. */
export const ariaInvalid = (id: string, error: string | undefined) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": error ? `${id}-error` : undefined,
});

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p className="error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

type Aria = ReturnType<typeof ariaInvalid>;

/** The one layout all three share: label, the control `render` draws with its id, name and aria props, the error. */
function Labelled({
  id,
  name,
  label,
  error,
  render,
}: Base & { render: (attrs: { id: string; name: string }, aria: Aria) => ReactNode }) {
  const key = id ?? name;
  return (
    <div className="field">
      <label htmlFor={key}>{label}</label>
      {render({ id: key, name }, ariaInvalid(key, error))}
      <FieldError id={key} error={error} />
    </div>
  );
}

export function InputField({
  id,
  name,
  label,
  error,
  ...input
}: Base & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  return <Labelled {...{ id, name, label, error }} render={(a, aria) => <input {...a} {...input} {...aria} />} />;
}

export function TextAreaField({
  id,
  name,
  label,
  error,
  ...textarea
}: Base & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">) {
  return <Labelled {...{ id, name, label, error }} render={(a, aria) => <textarea {...a} {...textarea} {...aria} />} />;
}

export function SelectField({
  id,
  name,
  label,
  error,
  children,
  ...select
}: Base & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name">) {
  return (
    <Labelled
      {...{ id, name, label, error }}
      render={(a, aria) => (
        <select {...a} {...select} {...aria}>
          {children}
        </select>
      )}
    />
  );
}
