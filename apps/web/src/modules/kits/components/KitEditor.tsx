import type { KitFieldsFragment } from '../../../generated/graphql';
import { Alert } from '../../ui';
import { useKitBuilder } from '../hooks/useKitBuilder';
import { isInKit, setScalePoints, updateScalePoint, type KitDraft } from '../utils/kit-draft';
import { KitBankPanel } from './KitBankPanel';
import { KitBuilderHeader } from './KitBuilderHeader';
import { KitDetailsForm } from './KitDetailsForm';
import { KitSaveAlert } from './KitSaveAlert';
import { KitSectionsBlock } from './KitSectionsBlock';
import { KitSummaryBar } from './KitSummaryBar';
import { KitWeights } from './KitWeights';
import { LeaveGuard } from './LeaveGuard';
import { leaveWarning } from '../utils/leave-warning';
import { RatingScaleEditor } from './RatingScaleEditor';
import '../kits.css';

interface Props {
  kitId: string | null;
  initial: KitDraft;
  version: number | null;
  /** The server says nothing uses the kit (Kit.deletable). */
  deletable: boolean;
  onCreated: (kit: KitFieldsFragment) => void;
}

/** The kit on the left (details, sections, weights, scale), the bank on the right; every change is autosaved. */
export function KitEditor(props: Props) {
  const builder = useKitBuilder(props);
  const { autosave, draft, change, errors } = builder;

  return (
    <div className="page kit-builder">
      <KitBuilderHeader builder={builder} />
      <LeaveGuard message={leaveWarning({ status: autosave.status, kitId: builder.kitId, edited: autosave.edited })} />

      <p className="visually-hidden" role="status" aria-live="polite">
        {builder.announcement}
      </p>

      <KitSaveAlert autosave={autosave} onReloadTheirs={() => void builder.reloadTheirs()} onKeepMine={() => void builder.keepMine()} />
      {builder.actionProblem ? <Alert tone="error">{builder.actionProblem}</Alert> : null}

      <KitSummaryBar summary={builder.summary} interviewMinutes={draft.interviewMinutes} draft={draft} />

      <div className="kit-layout">
        <div className="kit-layout__kit">
          <KitDetailsForm draft={draft} errors={errors} roleError={builder.roleError} titleError={builder.titleError} onChange={change} />
          <KitSectionsBlock builder={builder} />
          <KitWeights draft={draft} errors={errors} onChange={change} />
          <section className="card" aria-label="Rating scale">
            <RatingScaleEditor
              scale={draft.ratingScale}
              errors={errors}
              onPoints={(points) => change((d) => setScalePoints(d, points))}
              onChange={(index, point) => change((d) => updateScalePoint(d, index, point))}
            />
          </section>
        </div>

        <aside className="kit-layout__bank" aria-label="Question bank">
          <KitBankPanel targetName={builder.targetName} isInKit={(questionId) => isInKit(draft, questionId)} onAdd={builder.addToKit} />
        </aside>
      </div>
    </div>
  );
}
