import { ButtonForm } from "@/components/beheer/button-form";
import { DataTable } from "@/components/beheer/data-table";
import type { TokenState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import { TokenCreate } from "./token-create";

type Token = { id: string; name: string; prefix: string; lastUsedAt: Date | null; revokedAt: Date | null };

/** An organisation's API tokens: make one (its secret shown once), see when each was last used, revoke one. */
export function ApiTokenList({
  id,
  tokens,
  create,
  revoke,
  fmt,
  locale,
  t,
}: {
  id: string;
  tokens: Token[];
  create: (p: TokenState, f: FormData) => Promise<TokenState>;
  revoke: (form: FormData) => Promise<void>;
  /** the page's date format */
  fmt: { format: (d: Date) => string };
  locale: string;
  t: BeheerMessages;
}) {
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t.tokens}</h2>
      <p>
        {t.tokensIntro} <a href="/api/v1/openapi.json">OpenAPI</a>
      </p>
      <TokenCreate
        action={create}
        organization={id}
        labels={{ name: t.tokenName, create: t.tokenCreate, shownOnce: t.tokenShownOnce }}
      />
      {tokens.length > 0 && (
        <DataTable
          head={[
            t.fieldName,
            t.lastUsed,
            <span key="revoke" className="hp">
              {t.revoke}
            </span>,
          ]}
        >
          {tokens.map((k) => (
            <tr key={k.id}>
              <td>
                {k.name} <code>{k.prefix}…</code>
              </td>
              <td>{k.lastUsedAt ? fmt.format(k.lastUsedAt) : t.never}</td>
              <td>
                {k.revokedAt ? (
                  t.revoked
                ) : (
                  <ButtonForm action={revoke} fields={{ organization: id, token: k.id, locale }}>
                    {t.revoke}: {k.name}
                  </ButtonForm>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
