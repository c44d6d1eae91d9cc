import { ROLE_LABELS, type Role } from '@panelist/roles';
import type { HiringDecisionKind } from '../../../generated/graphql';
import { DECISION_LABELS } from '../../panel-scorecards';

/**
 * The audit trail in plain words. The API names actions `<area>.<verb>` (auditActions); an action
 * this table does not know yet still shows, as its raw name.
 */
const ACTION_LABELS: Record<string, string> = {
  'session.signed_in': 'Signed in',
  'session.sign_in_failed': 'Sign-in failed',
  'session.signed_out': 'Signed out',
  'access.denied': 'Access denied',
  'member.invited': 'Member invited',
  'member.role_changed': 'Role changed',
  'member.deactivated': 'Member deactivated',
  'member.reactivated': 'Member reactivated',
  'invitation.reissued': 'Invitation link re-issued',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'password.changed': 'Password changed',
  'password.reset_issued': 'Password reset link issued',
  'password.reset_used': 'Password reset by link',
  'organization.created': 'Organization created',
  'organization.renamed': 'Organization renamed',
  'organization.settings_changed': 'Organization settings changed',
  'sso.configured': 'Single sign-on configured',
  'sso.removed': 'Single sign-on removed',
  'kit.published': 'Kit published',
  'kit.archived': 'Kit archived',
  'kit.deleted': 'Kit deleted',
  'scorecard.submitted': 'Scorecard submitted',
  'scorecard.amended': 'Scorecard amended',
  'decision.recorded': 'Hiring decision recorded',
  'candidate.exported': 'Candidate data exported',
  'candidate.erased': 'Candidate erased',
  'candidate.retention_applied': 'Retention run erased candidates',
  'bank.imported': 'Questions imported',
  'audit.pruned': 'Old audit events removed',
};

/** The areas actions belong to, as headings of the action filter's groups. */
const AREA_LABELS: Record<string, string> = {
  session: 'Sign-in',
  access: 'Access',
  member: 'Members',
  invitation: 'Invitations',
  password: 'Passwords',
  organization: 'Organization',
  sso: 'Single sign-on',
  kit: 'Kits',
  scorecard: 'Scorecards',
  decision: 'Decisions',
  candidate: 'Candidates',
  bank: 'Question bank',
  audit: 'Audit trail',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export interface ActionGroup {
  label: string;
  actions: Array<{ value: string; label: string }>;
}

/** The actions grouped by area, in the order the API lists them, for an <optgroup> select. */
export function groupActions(actions: readonly string[]): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  for (const action of actions) {
    const area = action.split('.')[0] ?? action;
    const group = groups.get(area) ?? { label: AREA_LABELS[area] ?? area, actions: [] };
    group.actions.push({ value: action, label: actionLabel(action) });
    groups.set(area, group);
  }
  return [...groups.values()];
}

/** What an event can be about (`targetType`), in words; the filter offers these. */
export const TARGET_TYPES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'candidate', label: 'Candidate' },
  { value: 'loop', label: 'Interview loop' },
  { value: 'interview', label: 'Interview' },
  { value: 'scorecard', label: 'Scorecard' },
  { value: 'job', label: 'Job' },
  { value: 'kit', label: 'Kit' },
  { value: 'question', label: 'Question' },
  { value: 'bank_import', label: 'Question import' },
  { value: 'member', label: 'Member' },
  { value: 'session', label: 'Session' },
  { value: 'organization', label: 'Organization' },
];

export function targetTypeLabel(type: string): string {
  return TARGET_TYPES.find((known) => known.value === type)?.label ?? type;
}

/** The page that shows a target, where there is one a reader of the trail can open. */
export function targetHref(type: string, id: string): string | null {
  switch (type) {
    case 'candidate':
      return `/candidates/${id}`;
    case 'loop':
      return `/loops/${id}`;
    case 'job':
      return `/jobs/${id}`;
    case 'kit':
      return `/kits/${id}`;
    case 'question':
      return `/bank/questions/${id}`;
    default:
      return null;
  }
}

/** A detail's key in words: "sessionsEnded" → "Sessions ended", "passwordSignIn" → "Password sign in". */
export function detailLabel(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isRole = (value: string): value is Role => Object.hasOwn(ROLE_LABELS, value);
const isDecision = (value: string): value is HiringDecisionKind => Object.hasOwn(DECISION_LABELS, value);

/** A detail's value in words where it is a code: roles, decisions, yes/no. Anything else as recorded. */
export function detailValue(key: string, value: string): string {
  if (value === 'true') return 'yes';
  if (value === 'false') return 'no';
  if (isRole(value)) return ROLE_LABELS[value];
  if (key === 'decision' && isDecision(value)) return DECISION_LABELS[value];
  return value;
}
