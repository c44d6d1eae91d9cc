import { Link } from 'react-router';
import type { KitsQuery } from '../../../generated/graphql';
import { competencyLabel, formatDate } from '../../format';
import { DataTable } from '../../ui';
import '../kits.css';

const COLUMNS = ['Role', 'Title', 'Length', 'Questions', 'Planned', 'Competencies', 'Updated'];

/** The kits with their length, plan and competencies; editors open the builder, readers the preview. */
export function KitsTable({ kits, editor }: { kits: KitsQuery['kits']; editor: boolean }) {
  return (
    <div className="card card--flush table-wrap">
      <DataTable
        caption="Interview kits"
        columns={COLUMNS}
        rows={kits}
        rowKey={(kit) => kit.id}
        variant="table--kits"
        cells={(kit) => (
          <>
            <td>{kit.roleName}</td>
            <th scope="row">
              <Link to={editor ? `/kits/${kit.id}` : `/kits/${kit.id}/preview`}>{kit.title}</Link>
            </th>
            <td>{kit.interviewMinutes} min</td>
            <td>{kit.summary.questionCount}</td>
            <td className={kit.summary.totalMinutes > kit.interviewMinutes ? 'cell-over' : undefined}>{kit.summary.totalMinutes} min</td>
            <td>{kit.summary.competenciesCovered.map(competencyLabel).join(', ') || '–'}</td>
            <td>{formatDate(kit.updatedAt)}</td>
          </>
        )}
      />
    </div>
  );
}
