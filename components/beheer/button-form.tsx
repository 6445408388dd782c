import type { ReactNode } from "react";

/**
 * One button that posts a few fixed fields to a server action: a plain form, so it works without JavaScript.
 * The fields go as hidden inputs in the order given.
 */
export function ButtonForm({
  action,
  fields,
  look = "secondary",
  className,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  fields: Record<string, string | number>;
  /** the button's class */
  look?: string;
  /** the form's class */
  className?: string;
  children: ReactNode;
}) {
  return (
    <form action={action} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={look}>
        {children}
      </button>
    </form>
  );
}
