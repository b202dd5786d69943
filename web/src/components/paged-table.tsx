/** @module A list page's table: loading and error states, an empty message, the rows of one page and the pager under them. */
import type { ReactNode } from 'react';
import type { Page } from '../../../src/apps/server/api-types';
import type { ApiState } from '../lib/api';
import { Pager } from './pager';
import { Async, Empty } from './status';

/** One column: its header, how a row fills its cell, and whether it holds numbers (right-aligned). */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** Extra class of the cells (`nowrap`). */
  className?: string;
}

/** Props of {@link PagedTable}. */
export interface PagedTableProps<T> {
  state: ApiState<Page<T>>;
  /** What is loading, for the loading message ("Loading documents"). */
  what: string;
  /** Shown when the page has no rows. */
  empty: ReactNode;
  columns: ReadonlyArray<Column<T>>;
  rowKey: (row: T) => string;
  /** Test ids of the table and of each row. */
  testId: string;
  rowTestId: string;
  /** Moves to another page (offset 0: the first). */
  onOffset: (offset: number) => void;
}

/** The table of one page of a paged list, with its pager. */
export function PagedTable<T>({ state, what, empty, columns, rowKey, testId, rowTestId, onOffset }: PagedTableProps<T>) {
  const cellClass = (c: Column<T>): string | undefined => [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <Async state={state} what={what}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty>{empty}</Empty>
        ) : (
          <>
            <div className="table-wrap">
              <table className="data-table" data-testid={testId}>
                <thead>
                  <tr>
                    {columns.map((c, i) => (
                      <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
                        {c.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((row) => (
                    <tr key={rowKey(row)} data-testid={rowTestId}>
                      {columns.map((c, i) => (
                        <td key={i} className={cellClass(c)}>
                          {c.cell(row)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager total={page.total} limit={page.limit} offset={page.offset} onOffset={onOffset} />
          </>
        )
      }
    </Async>
  );
}
