import { screen } from '@testing-library/react';
import { CandidatesDocument } from '../../../generated/graphql';
import { renderWithApp } from '../../../testing/render';
import { DuplicateCandidateNotice } from '../components/DuplicateCandidateNotice';
import { possibleDuplicates } from '../utils/candidate-form';

const priya = { id: 'c-1', name: 'Priya Raman', email: 'priya@example.com' };

describe('possibleDuplicates', () => {
  it('finds a candidate with the same name (case, accents and spacing aside) or the same email', () => {
    expect(possibleDuplicates({ name: 'priya  raman', email: 'p.raman@else.org', links: [] }, [priya])).toEqual([priya]);
    expect(possibleDuplicates({ name: 'P. Raman', email: 'PRIYA@example.com ', links: [] }, [priya])).toEqual([priya]);
    expect(possibleDuplicates({ name: 'Priyá Raman', email: '', links: [] }, [priya])).toEqual([priya]);
    expect(possibleDuplicates({ name: 'Priya Ramanathan', email: 'pr@x.org', links: [] }, [priya])).toEqual([]);
  });
});

describe('DuplicateCandidateNotice', () => {
  it('points to the existing candidate while a second “Priya Raman” is typed in', async () => {
    const found = {
      __typename: 'Candidate' as const,
      ...priya,
      links: [],
      version: 1,
      createdAt: '2026-11-01T09:00:00.000Z',
      loops: [
        { __typename: 'InterviewLoop' as const, id: 'loop-1', job: { __typename: 'Job' as const, id: 'job-1', title: 'Backend Engineer' } },
      ],
    };
    renderWithApp(<DuplicateCandidateNotice values={{ name: 'Priya Raman', email: 'other@example.org', links: [] }} />, {
      mocks: [
        { request: { query: CandidatesDocument, variables: { search: 'Priya Raman' } }, result: { data: { candidates: [found] } } },
        { request: { query: CandidatesDocument, variables: { search: 'other@example.org' } }, result: { data: { candidates: [] } } },
      ],
    });

    const notice = await screen.findByTestId('possible-duplicate');
    expect(notice).toHaveTextContent(/This may be a candidate you already have:\s*Priya Raman \(priya@example\.com\) · Backend Engineer/);
    expect(screen.getByRole('link', { name: 'Priya Raman' })).toHaveAttribute('href', '/candidates/c-1');
  });
});
