import { signedProblem } from "@/lib/server/signed-text";

/** What a form action said went wrong (`?fout=…`, only when signed by one of our actions: see signed-text.ts). */
export function FormProblem({ sp }: { sp: Record<string, string | string[] | undefined> }) {
  const text = signedProblem(sp);
  return text ? (
    <p className="problem" role="alert">
      {text}
    </p>
  ) : null;
}
