import { useQuery } from '@apollo/client/react';
import { InterviewerCalibrationDocument } from '../../../generated/graphql';
import { describeError } from '../../errors';
import { FigureLegend } from '../../panel-scorecards';
import { Alert, LoadingState } from '../../ui';
import { CalibrationTable } from './CalibrationTable';
import { LazyLeniencyChart } from './LazyCharts';
import { YourCalibration } from './YourCalibration';

/** Interviewer calibration: everyone's for loop managers, only your own for an interviewer. */
export function CalibrationSection({ ownOnly }: { ownOnly: boolean }) {
  const { data, error, loading } = useQuery(InterviewerCalibrationDocument, { fetchPolicy: 'cache-and-network' });
  const rows = data?.interviewerCalibration;
  const heading = ownOnly ? 'Your calibration' : 'Interviewer calibration';
  return (
    <section className="card analytics-section" aria-labelledby="calibration-heading">
      <div className="card__header">
        <h2 id="calibration-heading">{heading}</h2>
        <p className="muted">
          {ownOnly
            ? 'How your ratings compare with your co-panelists’ ratings of the same candidates. Only you and the hiring team see this.'
            : 'How each interviewer’s ratings compare with their co-panelists’ ratings of the same candidates. Few ratings are pulled toward 0, so nobody is labelled on a handful of scores.'}
        </p>
      </div>
      {error && !rows ? <Alert tone="error">{describeError(error).message}</Alert> : null}
      {!rows ? (
        loading ? (
          <LoadingState label="Loading calibration…" />
        ) : null
      ) : ownOnly ? (
        <YourCalibration row={rows[0]} />
      ) : rows.length === 0 ? (
        <p className="muted">No interviewer has submitted a scorecard yet.</p>
      ) : (
        <>
          <LazyLeniencyChart rows={rows} />
          <CalibrationTable rows={rows} />
          <FigureLegend
            figures={['scorecards', 'ratingsGiven', 'comparisons', 'rawLeniency', 'shrunkLeniency', 'leniencyLabel', 'medianHoursToSubmit']}
            label="What the calibration figures mean"
          />
        </>
      )}
    </section>
  );
}
