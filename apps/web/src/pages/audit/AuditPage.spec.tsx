import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AuditEventsDocument, AuditFilterOptionsDocument, AuditSettingsDocument, type AuditFilterInput } from '../../generated/graphql';
import { TEAM, aViewer, apiError } from '../../testing/fixtures';
import { renderWithApp } from '../../testing/render';
import { AuditPage } from './AuditPage';

const ACTIONS = ['session.signed_in', 'session.sign_in_failed', 'member.role_changed', 'candidate.erased'];

const optionsMock = {
  request: { query: AuditFilterOptionsDocument },
  result: {
    data: {
      auditActions: ACTIONS,
      members: TEAM.map(({ id, userId, name, email, status }) => ({ __typename: 'Member' as const, id, userId, name, email, status })),
    },
  },
};
const settingsMock = {
  request: { query: AuditSettingsDocument },
  result: { data: { auditSettings: { __typename: 'AuditSettings' as const, retentionDays: 730 } } },
};

function anEvent(
  id: string,
  overrides: Partial<{
    action: string;
    actorId: string | null;
    actorLabel: string;
    targetType: string | null;
    targetId: string | null;
    occurredAt: string;
    details: Array<[string, string]>;
  }> = {},
) {
  return {
    __typename: 'AuditEvent' as const,
    id,
    occurredAt: overrides.occurredAt ?? '2026-03-02T10:00:00.000Z',
    actorId: overrides.actorId === undefined ? 'user-m-ivo' : overrides.actorId,
    actorLabel: overrides.actorLabel ?? 'ivo@example.com',
    action: overrides.action ?? 'session.sign_in_failed',
    targetType: overrides.targetType ?? null,
    targetId: overrides.targetId ?? null,
    requestId: `req-${id}-0000`,
    ipAddress: '203.0.113.9',
    details: (overrides.details ?? [['reason', 'wrong password']]).map(([key, value]) => ({
      __typename: 'AuditDetail' as const,
      key,
      value,
    })),
  };
}

function eventsMock(filter: AuditFilterInput, events: ReturnType<typeof anEvent>[], nextCursor: string | null = null, after?: string) {
  return {
    request: { query: AuditEventsDocument, variables: { filter, first: 50, ...(after ? { after } : {}) } },
    result: { data: { auditEvents: { __typename: 'AuditEventPage' as const, events, nextCursor } } },
  };
}

describe('AuditPage', () => {
  it('asks for the filters in the address and shows the events in words, people by name', async () => {
    const from = new Date(2026, 2, 1).toISOString();
    renderWithApp(<AuditPage />, {
      viewer: aViewer('ADMIN'),
      path: '/audit?action=session.sign_in_failed&from=2026-03-01',
      route: '/audit',
      mocks: [
        optionsMock,
        settingsMock,
        eventsMock({ action: 'session.sign_in_failed', from }, [
          anEvent('2'),
          anEvent('1', {
            actorId: null,
            actorLabel: 'retention job',
            action: 'candidate.erased',
            targetType: 'candidate',
            targetId: 'c0ffee00-1111-2222-3333-444455556666',
            details: [['by', 'retention']],
          }),
        ]),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Audit events matching the filters, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Sign-in failed');
    expect(rows[0]).toHaveTextContent('Ivo Interviewer');
    expect(rows[0]).toHaveTextContent('Reasonwrong password');
    expect(rows[0]).toHaveTextContent('203.0.113.9');
    expect(rows[1]).toHaveTextContent('retention job');
    expect(within(rows[1]).getByRole('link', { name: 'Candidate' })).toHaveAttribute(
      'href',
      '/candidates/c0ffee00-1111-2222-3333-444455556666',
    );
    expect(within(rows[1]).getByRole('link', { name: 'Only this candidate' })).toHaveAttribute(
      'href',
      '/audit?targetType=candidate&targetId=c0ffee00-1111-2222-3333-444455556666',
    );
    // The form shows the filters in force; the retention period is one click from its setting.
    expect(await screen.findByRole('combobox', { name: 'Action' })).toHaveValue('session.sign_in_failed');
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01');
    expect(await screen.findByText(/Events are kept for 730 days \(about 2 years\)/)).toBeInTheDocument();
    expect(screen.getByText('That is the oldest matching event kept.')).toBeInTheDocument();
  });

  it('appends older pages with the cursor of the last one and says how many came', async () => {
    // A short first page keeps the test fast; the cursor alone says that older events follow.
    const page = [anEvent('53'), anEvent('52'), anEvent('51')];
    renderWithApp(<AuditPage />, {
      viewer: aViewer('ADMIN'),
      path: '/audit',
      mocks: [
        optionsMock,
        settingsMock,
        eventsMock({}, page, 'cursor-1'),
        eventsMock({}, [anEvent('50'), anEvent('49')], null, 'cursor-1'),
      ],
    });

    const loadOlder = await screen.findByRole('button', { name: 'Load older' });
    expect(screen.getAllByTestId('audit-row')).toHaveLength(3);
    fireEvent.click(loadOlder);

    expect(await screen.findByText('Loaded 2 older events.')).toBeInTheDocument();
    const rows = screen.getAllByTestId('audit-row');
    expect(rows).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Load older' })).not.toBeInTheDocument();
    // The button is gone; the focus moves to the first of the older events.
    await waitFor(() => expect(within(rows[3]).getByRole('rowheader')).toHaveFocus());
  });

  it('puts the chosen filters in the address, and refuses a last day before the first on its field', async () => {
    renderWithApp(<AuditPage />, {
      viewer: aViewer('ADMIN'),
      path: '/audit',
      mocks: [optionsMock, settingsMock, eventsMock({}, [anEvent('1')])],
    });
    await screen.findAllByTestId('audit-row');
    const person = await screen.findByRole('combobox', { name: 'Person' });
    await waitFor(() => expect(within(person).getByRole('option', { name: 'Ivo Interviewer' })).toBeInTheDocument());
    expect(within(person).getByRole('option', { name: 'Nia Newcomer (invited)' })).toBeInTheDocument();
    expect(within(person).getByRole('option', { name: 'Otto Former (deactivated)' })).toBeInTheDocument();

    fireEvent.change(person, { target: { value: 'user-m-ivo' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Action' }), { target: { value: 'member.role_changed' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-10' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    const to = screen.getByLabelText('To');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('The last day must be on or after the first day.');
    expect(to).toHaveFocus();
    expect(screen.getByTestId('location-search')).toHaveTextContent('');

    fireEvent.change(to, { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByTestId('location-search')).toHaveTextContent(
      '?person=user-m-ivo&action=member.role_changed&from=2026-03-10&to=2026-03-31',
    );
  });

  it('shows the API’s refusal of a filter on that field', async () => {
    renderWithApp(<AuditPage />, {
      viewer: aViewer('ADMIN'),
      path: '/audit?action=made.up',
      route: '/audit',
      mocks: [
        optionsMock,
        settingsMock,
        {
          request: { query: AuditEventsDocument, variables: { filter: { action: 'made.up' }, first: 50 } },
          result: { errors: [apiError('BAD_USER_INPUT', 'Action must be one of the actions auditActions lists.', 'filter.action')] },
        },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The filters could not be applied: Action must be one of the actions auditActions lists.',
    );
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveAccessibleDescription(
      'Action must be one of the actions auditActions lists.',
    );
  });

  it('tells other roles the trail is for admins, without asking the server', () => {
    renderWithApp(<AuditPage />, { viewer: aViewer('HIRING_MANAGER'), path: '/audit' });

    expect(screen.getByText(/Your role \(Hiring manager\) cannot read the audit trail of Acme Robotics/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
