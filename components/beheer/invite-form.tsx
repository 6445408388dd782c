"use client";

import { useActionState } from "react";

import type { InviteState } from "@/lib/forms/form-state";

import { ariaInvalid, FieldError, InputField, SelectField } from "./form-fields";

type Labels = {
  invite: string;
  inviteIntro: string;
  name: string;
  email: string;
  role: string;
  facility: string;
  invited: string;
  choose: string;
  roles: Record<string, string>;
};

// Adds a person to the organisation (or as a volunteer of one facility); errors next to the fields.
export function InviteForm({
  action,
  organization,
  facilities,
  labels,
}: {
  action: (p: InviteState, f: FormData) => Promise<InviteState>;
  organization: string;
  facilities: { id: string; name: string }[];
  labels: Labels;
}) {
  const [state, formAction, busy] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <>
      {state.ok && (
        <p className="notice" role="status">
          {labels.invited} {state.ok}.
        </p>
      )}
      {state.error && (
        <p className="problem" role="alert">
          {state.error}
        </p>
      )}
      <p>{labels.inviteIntro}</p>
      <form action={formAction} className="form" noValidate>
        <input type="hidden" name="organization" value={organization} />
        <div className="row">
          <InputField id="invite-name" name="name" label={labels.name} autoComplete="off" error={e.name} />
          <InputField
            id="invite-email"
            name="email"
            label={labels.email}
            type="email"
            autoComplete="off"
            error={e.email}
          />
        </div>
        <div className="row">
          <SelectField id="invite-role" name="role" label={labels.role} defaultValue="editor" error={e.role}>
            {Object.entries(labels.roles).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </SelectField>
          {/* its error line is named after the field (facility_id), not the control's id */}
          <div className="field">
            <label htmlFor="invite-facility">{labels.facility}</label>
            <select
              id="invite-facility"
              name="facility_id"
              defaultValue=""
              {...ariaInvalid("invite-facility_id", e.facility_id)}
            >
              <option value="">{labels.choose}</option>
              {facilities.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
            <FieldError id="invite-facility_id" error={e.facility_id} />
          </div>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {labels.invite}
        </button>
      </form>
    </>
  );
}
