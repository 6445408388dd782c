/** The gemeenten as a <datalist> for a typed-in gemeente name: the name to pick, its code beside it. */
export function GemeenteOptions({ id, gemeenten }: { id: string; gemeenten: { code: string; name: string }[] }) {
  return (
    <datalist id={id}>
      {gemeenten.map((g) => (
        <option key={g.code} value={g.name}>
          {g.code}
        </option>
      ))}
    </datalist>
  );
}
