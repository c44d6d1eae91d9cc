import { Link } from 'react-router';
import type { KitsQuery } from '../../../generated/graphql';
import { competencyLabel, formatDate } from '../../format';
import '../kits.css';

/** The kits with their length, plan and competencies; editors open the builder, readers the preview. */
export function KitsTable({ kits, editor }: { kits: KitsQuery['kits']; editor: boolean }) {
  return (
    <div className="card card--flush table-wrap">
      <table className="table table--kits">
        <caption className="visually-hidden">Interview kits</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Title</th>
            <th scope="col">Length</th>
            <th scope="col">Questions</th>
            <th scope="col">Planned</th>
            <th scope="col">Competencies</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {kits.map((kit) => (
            <tr key={kit.id}>
              <td>{kit.roleName}</td>
              <th scope="row">
                <Link to={editor ? `/kits/${kit.id}` : `/kits/${kit.id}/preview`}>{kit.title}</Link>
              </th>
              <td>{kit.interviewMinutes} min</td>
              <td>{kit.summary.questionCount}</td>
              <td className={kit.summary.totalMinutes > kit.interviewMinutes ? 'cell-over' : undefined}>{kit.summary.totalMinutes} min</td>
              <td>{kit.summary.competenciesCovered.map(competencyLabel).join(', ') || '–'}</td>
              <td>{formatDate(kit.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
