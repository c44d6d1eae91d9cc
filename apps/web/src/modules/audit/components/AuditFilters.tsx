import { useState, type FormEvent } from 'react';
import type { AuditFilterOptionsQuery } from '../../../generated/graphql';
import { Field, TextField } from '../../ui';
import {
  EMPTY_AUDIT_FILTER,
  MAX_TARGET_ID,
  filterProblems,
  isFiltered,
  type AuditFilterField,
  type AuditFilterValues,
  type FilterProblem,
} from '../utils/audit-filter';
import { TARGET_TYPES, actionLabel, groupActions } from '../utils/audit-labels';

type Member = AuditFilterOptionsQuery['members'][number];

interface AuditFiltersProps {
  /** The filters in force (from the URL); the form starts from them. */
  filter: AuditFilterValues;
  actions: readonly string[];
  members: readonly Member[];
  /** A problem the API found with the filters in force, shown on its field. */
  problem: FilterProblem | null;
  onApply: (next: AuditFilterValues) => void;
}

/** The people who can have acted: every member, by name; deactivated and invited ones marked. */
function personOptions(members: readonly Member[]): Array<{ value: string; label: string }> {
  const people = new Map<string, string>();
  for (const member of members) {
    if (!member.userId || people.has(member.userId)) continue;
    people.set(
      member.userId,
      member.status === 'ACTIVE' ? member.name : `${member.name} (${member.status === 'DEACTIVATED' ? 'deactivated' : 'invited'})`,
    );
  }
  return [...people.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * Person, action, target and days. Applied together with one button, so the URL (and the request)
 * changes once per decision, not at every keystroke.
 */
export function AuditFilters({ filter, actions, members, problem, onApply }: AuditFiltersProps) {
  const [values, setValues] = useState(filter);
  const [problems, setProblems] = useState<FilterProblem[]>([]);
  const people = personOptions(members);
  const groups = groupActions(actions);
  const errorFor = (field: AuditFilterField) =>
    problems.find((found) => found.field === field)?.message ?? (problem?.field === field ? problem.message : undefined);
  const set = (field: AuditFilterField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = filterProblems(values);
    setProblems(found);
    if (found.length > 0) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${found[0].field}"]`)?.focus();
      return;
    }
    onApply(values);
  }

  function clear() {
    setValues(EMPTY_AUDIT_FILTER);
    setProblems([]);
    onApply(EMPTY_AUDIT_FILTER);
  }

  // An address may name a person or action the lists do not hold (e.g. someone since removed): keep it selectable.
  const unknownPerson = values.person && !people.some((person) => person.value === values.person);
  const unknownAction = values.action && !actions.includes(values.action);
  const unknownType = values.targetType && !TARGET_TYPES.some((type) => type.value === values.targetType);

  return (
    <form className="card audit-filters" onSubmit={submit} noValidate aria-label="Filter the audit trail">
      <div className="audit-filters__grid">
        <Field label="Person" error={errorFor('person')}>
          {(control) => (
            <select className="select" name="person" {...control} value={values.person} onChange={set('person')}>
              <option value="">Anyone</option>
              {unknownPerson ? <option value={values.person}>Someone no longer listed</option> : null}
              {people.map((person) => (
                <option key={person.value} value={person.value}>
                  {person.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Action" error={errorFor('action')}>
          {(control) => (
            <select className="select" name="action" {...control} value={values.action} onChange={set('action')}>
              <option value="">Any action</option>
              {unknownAction ? <option value={values.action}>{actionLabel(values.action)}</option> : null}
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.actions.map((action) => (
                    <option key={action.value} value={action.value}>
                      {action.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label="Target type" error={errorFor('targetType')}>
          {(control) => (
            <select className="select" name="targetType" {...control} value={values.targetType} onChange={set('targetType')}>
              <option value="">Any target</option>
              {unknownType ? <option value={values.targetType}>{values.targetType}</option> : null}
              {TARGET_TYPES.map((type) => (
                <option key={type.value} value={type.value}>
                  {type.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="Target id"
          name="targetId"
          className="audit-filters__wide"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_TARGET_ID}
          hint="The id of one candidate, member, kit … (from an event or the address of its page)."
          value={values.targetId}
          onChange={set('targetId')}
          error={errorFor('targetId')}
        />
        <TextField
          label="From"
          name="from"
          type="date"
          hint="First day, inclusive."
          value={values.from}
          onChange={set('from')}
          error={errorFor('from')}
        />
        <TextField
          label="To"
          name="to"
          type="date"
          hint="Last day, inclusive."
          value={values.to}
          onChange={set('to')}
          error={errorFor('to')}
        />
      </div>
      <div className="audit-filters__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        {isFiltered(filter) || isFiltered(values) ? (
          <button type="button" className="button" onClick={clear}>
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}
