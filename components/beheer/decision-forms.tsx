import type { ReactNode } from "react";

import { ButtonForm } from "@/components/beheer/button-form";

type Action = (form: FormData) => Promise<void>;

/**
 * Yes or no on one waiting item, as two plain forms (they work without JavaScript): the first accepts at once, the
 * second asks for a reason (at least three characters) first. Both post the item's `id` and the reader's `locale`.
 */
export function DecisionForms({
  id,
  locale,
  accept,
  refuse,
  acceptLabel,
  refuseLabel,
  reasonLabel,
  reasonId,
}: {
  id: string;
  locale: string;
  accept: Action;
  refuse: Action;
  acceptLabel: ReactNode;
  refuseLabel: ReactNode;
  reasonLabel: string;
  /** the reason field's id, unique on the page */
  reasonId: string;
}) {
  return (
    <div className="row">
      <ButtonForm action={accept} fields={{ id, locale }} look="primary">
        {acceptLabel}
      </ButtonForm>
      <form action={refuse} className="row">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor={reasonId}>{reasonLabel}</label>
          <input id={reasonId} name="reason" required minLength={3} />
        </div>
        <button type="submit" className="secondary">
          {refuseLabel}
        </button>
      </form>
    </div>
  );
}
