import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { BankImportsDocument } from '../../../generated/graphql';
import { formatDateTime } from '../../format';
import '../bank-imports.css';

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
        <table className="table">
          <caption className="visually-hidden">Recent imports</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">When</th>
              <th scope="col">Status</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {imports.slice(0, 8).map((entry) => (
              <tr key={entry.id}>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
