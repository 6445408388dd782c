import { ButtonForm } from "@/components/beheer/button-form";

/** "Dealt with" for one report from the public; back to the page it was pressed on. `action`: the page's server
 *  action (components do not import app/). */
export function ResolveReport({
  id,
  back,
  locale,
  label,
  action,
}: {
  id: string;
  back: string;
  locale: string;
  label: string;
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <ButtonForm action={action} fields={{ report: id, back, locale }} className="inline-form">
      {label}
    </ButtonForm>
  );
}
