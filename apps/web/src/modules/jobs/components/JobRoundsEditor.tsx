import { useEffect, useRef } from 'react';
import { SelectField, TextField } from '../../ui';
import type { Option } from '../hooks/useJobFormOptions';
import { MAX_ROUNDS, emptyRound, moveRound, type RoundDraft } from '../utils/job-form';
import { RepeatedAcrossRounds } from './RepeatedAcrossRounds';

interface JobRoundsEditorProps {
  rounds: RoundDraft[];
  onChange: (rounds: RoundDraft[]) => void;
  /** A field path was edited ("rounds.1.name"), or "rounds" when rounds were added, removed or moved. */
  onEdited: (path: string) => void;
  kits: readonly Option[];
  /** Problems by field path, e.g. "rounds.1.kitId". */
  problems: ReadonlyMap<string, string>;
}

/** The job's rounds in order, each with a name and a kit; reordered with buttons, so the keyboard is enough. */
export function JobRoundsEditor({ rounds, onChange, onEdited, kits, problems }: JobRoundsEditorProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes after the rounds re-render: a CSS selector inside the list, or "add". */
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === 'add') addRef.current?.focus();
    else listRef.current?.querySelector<HTMLElement>(target)?.focus();
  });

  function update(index: number, field: 'name' | 'kitId', value: string) {
    onChange(rounds.map((round, i) => (i === index ? { ...round, [field]: value } : round)));
    onEdited(`rounds.${index}.${field}`);
  }

  function add() {
    onChange([...rounds, emptyRound()]);
    pendingFocus.current = `[name="rounds.${rounds.length}.name"]`;
  }

  function remove(index: number) {
    onChange(rounds.filter((_, i) => i !== index));
    onEdited('rounds');
    pendingFocus.current = rounds.length === 1 ? 'add' : `[name="rounds.${Math.max(0, index - 1)}.name"]`;
  }

  function move(index: number, by: -1 | 1) {
    onChange(moveRound(rounds, index, by));
    onEdited('rounds');
    const target = index + by;
    // Keep focus on the same button as the round moves, unless that button is now disabled at the edge.
    const atEdge = by === -1 ? target === 0 : target === rounds.length - 1;
    const direction = (by === -1) !== atEdge ? 'up' : 'down';
    pendingFocus.current = `[data-move="${direction}-${target}"]`;
  }

  const kitOptions = (round: RoundDraft) =>
    round.kitId && !kits.some((kit) => kit.value === round.kitId)
      ? [{ value: '', label: 'Choose a kit…' }, { value: round.kitId, label: 'An archived kit: choose another' }, ...kits]
      : [{ value: '', label: 'Choose a kit…' }, ...kits];

  return (
    <div className="job-rounds">
      {rounds.length === 0 ? <p className="muted">No rounds yet. Add the interviews a candidate goes through, in order.</p> : null}
      <ol ref={listRef} className="job-rounds__list">
        {rounds.map((round, index) => (
          <li key={round.key} className="job-round">
            <TextField
              label={`Name of round ${index + 1}`}
              name={`rounds.${index}.name`}
              maxLength={80}
              placeholder="e.g. System design"
              value={round.name}
              onChange={(event) => update(index, 'name', event.target.value)}
              error={problems.get(`rounds.${index}.name`)}
            />
            <SelectField
              label={`Kit for round ${index + 1}`}
              name={`rounds.${index}.kitId`}
              options={kitOptions(round)}
              value={round.kitId}
              onChange={(event) => update(index, 'kitId', event.target.value)}
              error={problems.get(`rounds.${index}.kitId`)}
            />
            <div className="job-round__actions">
              <button
                type="button"
                className="icon-button"
                data-move={`up-${index}`}
                aria-label={`Move round ${index + 1} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                data-move={`down-${index}`}
                aria-label={`Move round ${index + 1} down`}
                disabled={index === rounds.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--small button--quiet-danger"
                aria-label={`Remove round ${index + 1}`}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      {problems.get('rounds') ? <p className="field__error">{problems.get('rounds')}</p> : null}
      <RepeatedAcrossRounds rounds={rounds} />
      <button ref={addRef} type="button" className="button button--small" onClick={add} disabled={rounds.length >= MAX_ROUNDS}>
        + Add a round
      </button>
    </div>
  );
}
