import { beheerLocale } from "@/lib/auth/session";
import { problemFromQuery } from "@/lib/errors/redirect";

/** What a form action said went wrong: `?fout=<code>[&veld=<field>]`, in the page's words (lib/errors/redirect.ts);
 *  a code we do not know shows a generic sentence, never the link's text. */
export async function FormProblem({ sp }: { sp: Record<string, string | string[] | undefined> }) {
  const text = problemFromQuery(sp, await beheerLocale());
  return text ? (
    <p className="problem" role="alert">
      {text}
    </p>
  ) : null;
}
