import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { BankImportsDocument } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import { DataTable } from '../../ui';
import '../bank-imports.css';

const COLUMNS = ['File', 'When', 'Status', 'Result'];

/** The last eight imports, each linking back to its preview or result. */
export function RecentImports() {
  const { data } = useQuery(BankImportsDocument, { fetchPolicy: 'cache-and-network' });
  const imports = data?.bankImports ?? [];
  if (imports.length === 0) return null;
  return (
    <section className="card card--flush" aria-labelledby="recent-heading">
      <div className="card__header">
        <h2 id="recent-heading">Recent imports</h2>
      </div>
      <div className="table-wrap">
        <DataTable
          caption="Recent imports"
          columns={COLUMNS}
          rows={imports.slice(0, 8)}
          rowKey={(entry) => entry.id}
          cells={(entry) => (
            <>
              <th scope="row">
                <Link to={`/bank/import?id=${entry.id}`}>{entry.fileName}</Link>
              </th>
              <td>{formatDateTime(entry.committedAt ?? entry.createdAt)}</td>
              <td>
                <span className={`badge badge--import-${entry.status.toLowerCase()}`}>
                  {entry.status === 'PREVIEW' ? 'Awaiting review' : entry.status === 'COMMITTED' ? 'Committed' : 'Discarded'}
                </span>
              </td>
              <td className="muted">
                {entry.result
                  ? `${entry.result.created} created · ${entry.result.merged} merged`
                  : `${entry.summary.items} questions found`}
              </td>
            </>
          )}
        />
      </div>
    </section>
  );
}
