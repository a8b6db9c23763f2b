import type { ReactNode } from 'react';
import type { ReportTable } from '@/report/build';
import { TableWrap } from '@/ui/components/TableWrap';

/**
 * A table from the report: a header row, then one row per item, its first cell naming the
 * row. `cell` may dress a cell (a tag for red flags). With `cardsOnPhone`, a narrow screen
 * shows each row as a card, each value under its column's name, so nothing scrolls sideways;
 * it stays a table for screen readers, and a table on wider screens and on paper.
 */
export function HeadedTable({
  table,
  label,
  cell = (value) => value,
  cardsOnPhone = false,
  className,
}: {
  table: ReportTable;
  label: string;
  cell?: (value: string, column: number) => ReactNode;
  cardsOnPhone?: boolean;
  className?: string;
}) {
  return (
    <TableWrap label={label}>
      <table className={[cardsOnPhone ? 'cards-on-phone' : '', className ?? ''].join(' ').trim() || undefined}>
        <thead>
          <tr>
            {table.head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {value}
                  </th>
                ) : (
                  <td key={c} data-label={cardsOnPhone ? table.head[c] : undefined}>
                    {cell(value, c)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
