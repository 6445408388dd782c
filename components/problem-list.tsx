// What was wrong with a search, next to the form: announced (role="alert"), one line per problem.
// `focus`: the page was answered because of this input error, so the summary takes the focus when the page loads
// (GOV.UK's error summary). The HTML `autofocus` attribute on a tabindex=-1 element does that without JavaScript;
// pair it with errorTitle() ("Fout: …") in the page's metadata.
export function ProblemList({
  title,
  problems,
  id,
  focus = false,
}: {
  title: string;
  problems: { detail: string }[];
  id?: string;
  focus?: boolean;
}) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="problem" id={id} {...(focus ? { tabIndex: -1, autoFocus: true } : {})}>
      <p>{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.detail}</li>
        ))}
      </ul>
    </div>
  );
}
