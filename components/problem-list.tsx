// What was wrong with a search, next to the form: announced (role="alert"), one line per problem.
export function ProblemList({ title, problems, id }: { title: string; problems: { detail: string }[]; id?: string }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="problem" id={id}>
      <p>{title}</p>
      <ul>{problems.map((p, i) => <li key={i}>{p.detail}</li>)}</ul>
    </div>
  );
}
