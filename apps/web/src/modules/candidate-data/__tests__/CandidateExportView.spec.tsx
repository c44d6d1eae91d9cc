import { render, screen, within } from '@testing-library/react';
import { CandidateExportView } from '../components/CandidateExportView';
import { exportCounts, parseExportDocument, UnreadableExportError } from '../utils/export-document';

/** An export as the API writes it: one loop, one interview, one amended scorecard, a decision, audit events. */
const EXPORT = {
  format: 'panelist.candidate-export/1',
  exportedAt: '2026-12-05T10:00:00.000Z',
  organization: { name: 'Acme Robotics' },
  candidate: {
    id: 'c0ffee00-1111-2222-3333-444455556666',
    name: 'Casey Candidate',
    email: 'casey@example.org',
    links: ['https://github.com/casey'],
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    erasedAt: null,
  },
  loops: [
    {
      id: 'loop-1',
      job: { id: 'job-1', title: 'Senior Backend Engineer', team: 'Platform' },
      startedAt: '2026-11-01T09:00:00.000Z',
      interviews: [
        {
          id: 'iv-1',
          scheduledAt: '2026-11-03T10:00:00.000Z',
          durationMinutes: 45,
          round: 'Technical',
          kit: 'Backend technical',
          interviewers: ['Ivo Interviewer'],
          scorecards: [
            {
              id: 'sc-1',
              interviewer: 'Ivo Interviewer',
              status: 'SUBMITTED',
              recommendation: 'YES',
              summary: 'Clear on caching.',
              revision: 2,
              startedAt: '2026-11-03T10:00:00.000Z',
              submittedAt: '2026-11-03T11:00:00.000Z',
              answers: [
                {
                  questionId: 'q-1',
                  question: 'Design a cache.',
                  competency: 'system-design',
                  rating: 4,
                  notAsked: false,
                  notes: 'Good eviction story.',
                },
              ],
              competencyRatings: [{ competency: 'system-design', rating: 4 }],
              revisions: [
                {
                  revision: 1,
                  reason: 'Submitted',
                  content: {
                    answers: [{ questionId: 'q-1', rating: 3, notAsked: false, notes: 'First take.' }],
                    competencyRatings: [],
                    recommendation: 'NO',
                    summary: 'Unsure.',
                  },
                  createdBy: 'Ivo Interviewer',
                  createdAt: '2026-11-03T11:00:00.000Z',
                },
                {
                  revision: 2,
                  reason: 'Misread my notes',
                  content: {
                    answers: [{ questionId: 'q-1', rating: 4, notAsked: false, notes: 'Good eviction story.' }],
                    competencyRatings: [],
                    recommendation: 'YES',
                    summary: 'Clear on caching.',
                  },
                  createdBy: 'Ivo Interviewer',
                  createdAt: '2026-11-04T08:00:00.000Z',
                },
              ],
            },
          ],
        },
      ],
      decisions: [
        { decision: 'HIRE', rationale: 'Strong across the panel.', decidedBy: 'Hana Manager', decidedAt: '2026-11-05T10:00:00.000Z' },
      ],
    },
  ],
  auditEvents: [
    {
      occurredAt: '2026-11-04T08:00:00.000Z',
      actor: 'Ivo Interviewer',
      action: 'scorecard.amended',
      targetType: 'scorecard',
      targetId: 'sc-1',
      details: {},
    },
    {
      occurredAt: '2026-11-05T10:00:00.000Z',
      actor: 'Hana Manager',
      action: 'decision.recorded',
      targetType: 'loop',
      targetId: 'loop-1',
      details: { decision: 'HIRE' },
    },
  ],
};

describe('candidate export document', () => {
  it('reads only the export format it knows', () => {
    expect(parseExportDocument(JSON.stringify(EXPORT)).candidate.name).toBe('Casey Candidate');
    expect(() => parseExportDocument('{')).toThrow(new UnreadableExportError('The export is not valid JSON.'));
    expect(() => parseExportDocument(JSON.stringify({ ...EXPORT, format: 'panelist.candidate-export/2' }))).toThrow(
      /this one is panelist.candidate-export\/2/,
    );
    expect(() => parseExportDocument(JSON.stringify({ format: EXPORT.format }))).toThrow(/lacks the candidate/);
    expect(exportCounts(parseExportDocument(JSON.stringify(EXPORT)))).toEqual({
      loops: 1,
      interviews: 1,
      scorecards: 1,
      revisions: 2,
      decisions: 1,
      auditEvents: 2,
    });
  });

  it('renders the profile, each application with scorecards and their history, decisions and audit events', () => {
    render(<CandidateExportView document={parseExportDocument(JSON.stringify(EXPORT))} />);

    const profile = screen.getByRole('region', { name: 'Profile' });
    expect(profile).toHaveTextContent('casey@example.org');
    expect(profile).toHaveTextContent('https://github.com/casey');

    const application = screen.getByRole('region', { name: 'Application for Senior Backend Engineer' });
    expect(within(application).getByRole('heading', { name: 'Scorecard by Ivo Interviewer' })).toBeInTheDocument();
    expect(within(application).getByRole('table', { name: 'Answers in the scorecard by Ivo Interviewer' })).toHaveTextContent(
      'Design a cache.system-design4Good eviction story.',
    );
    // The earlier revision in full, the current one by its reason only.
    const first = within(application).getByRole('table', { name: 'Ratings in revision 1 by Ivo Interviewer' });
    expect(first).toHaveTextContent('Design a cache.3First take.');
    expect(within(application).queryByRole('table', { name: 'Ratings in revision 2 by Ivo Interviewer' })).not.toBeInTheDocument();
    expect(application).toHaveTextContent('Reason: Misread my notes. The current scorecard, as above.');
    expect(within(application).getByRole('table', { name: 'Decisions for Senior Backend Engineer' })).toHaveTextContent(
      'HireHana ManagerStrong across the panel.',
    );

    const audit = screen.getByRole('table', { name: 'Audit events about the candidate, oldest first' });
    expect(within(audit).getAllByRole('row')).toHaveLength(3);
    expect(audit).toHaveTextContent('Hiring decision recorded');
    expect(audit).toHaveTextContent('Decision: Hire');
  });
});
