import type { ReactNode } from "react";

/**
 * The member area's tables: scrollable on a narrow screen, one header row of column headings, the caller's rows as
 * children. `caption` is the optional hint line above the headings.
 */
export function DataTable({
  head,
  caption,
  children,
}: {
  head: ReactNode[];
  caption?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="data">
        {caption !== undefined && <caption className="hint">{caption}</caption>}
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
