import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { isRole, type Role } from '@panelist/roles';
import { AddMemberDocument, MembersDocument, type AddMemberMutation } from '../../../generated/graphql';
import { describeError, messageFor, useFormProblem, type Problem } from '../../errors';
import { Alert, SelectField, TextField } from '../../ui';
import { ROLE_OPTIONS, byName } from '../utils/member-labels';

const FIELDS = ['name', 'email', 'role'] as const;

export type AddMemberResult = AddMemberMutation['addMember'];

function checkLocally(name: string, email: string): Problem | null {
  if (!name.trim()) return { code: 'BAD_USER_INPUT', field: 'name', message: 'Enter the person’s name.' };
  if (!email.trim()) return { code: 'BAD_USER_INPUT', field: 'email', message: 'Enter the person’s work email.' };
  return null;
}

/** Invites a person to the organization; the API answers with the invitation link to pass on. */
export function AddMemberForm({ onAdded }: { onAdded: (result: AddMemberResult) => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('INTERVIEWER');
  const { formRef, problem, showProblem, formError } = useFormProblem(FIELDS);
  const [addMember, { loading }] = useMutation(AddMemberDocument, {
    update(cache, { data }) {
      const added = data?.addMember.member;
      if (!added) return;
      cache.updateQuery({ query: MembersDocument }, (existing) =>
        existing ? { members: [...existing.members.filter((m) => m.id !== added.id), added].sort(byName) } : existing,
      );
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (showProblem(checkLocally(name, email))) return;
    try {
      const { data } = await addMember({ variables: { input: { name: name.trim(), email: email.trim(), role } } });
      if (!data) return;
      setName('');
      setEmail('');
      onAdded(data.addMember);
    } catch (error) {
      showProblem(describeError(error));
    }
  }

  return (
    <form ref={formRef} className="add-member" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-member-heading">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="add-member__fields">
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={messageFor(problem, 'name')}
        />
        <TextField
          label="Work email"
          name="email"
          type="email"
          autoComplete="off"
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={messageFor(problem, 'email')}
        />
        <SelectField
          label="Role"
          name="role"
          options={ROLE_OPTIONS}
          value={role}
          onChange={(event) => {
            if (isRole(event.target.value)) setRole(event.target.value);
          }}
          error={messageFor(problem, 'role')}
        />
        <div className="add-member__submit">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? 'Adding…' : 'Add member'}
          </button>
        </div>
      </div>
    </form>
  );
}
