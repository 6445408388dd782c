import type { BeheerMessages } from "@/lib/i18n/beheer";

import { MemberLink } from "./member-link";

/** What someone sees on a /beheer page they may not use (they are signed in, so this is not a login wall). */
export function NotAllowed({ title, t, extra }: { title: string; t: BeheerMessages; extra?: React.ReactNode }) {
  return (
    <main id="main">
      <h1>{title}</h1>
      <p className="problem">{t.notAllowed}</p>
      {extra ?? (
        <p>
          <MemberLink href="/beheer">{t.back}</MemberLink>
        </p>
      )}
    </main>
  );
}
