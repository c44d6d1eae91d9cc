import { useId, useState } from 'react';
import type { BankFacetsQuery } from '../../../generated/graphql';
import { DIFFICULTY_LABELS, TYPE_LABELS, competencyLabel, isDifficulty, isQuestionType } from '../../format';
import { activeFilterCount, clearFilters, toggleFacet, type BankSearchState, type ListFacet } from '../utils/bank-search-params';
import '../questions.css';

type Facets = BankFacetsQuery['bankFacets'];

/** How many values of a long facet show before "Show more". */
export const FACET_PREVIEW = 8;

interface FacetFiltersProps {
  state: BankSearchState;
  facets: Facets | undefined;
  onChange: (next: BankSearchState) => void;
}

function labelFor(facet: ListFacet, value: string): string {
  switch (facet) {
    case 'types':
      return isQuestionType(value) ? TYPE_LABELS[value] : value;
    case 'difficulties':
      return isDifficulty(value) ? DIFFICULTY_LABELS[value] : value;
    case 'competencies':
      return competencyLabel(value);
    case 'tags':
      return value;
  }
}

interface FacetGroupProps {
  title: string;
  hint?: string;
  facet: ListFacet;
  counts: ReadonlyArray<{ value: string; count: number }>;
  state: BankSearchState;
  onChange: (next: BankSearchState) => void;
  limit?: number;
}

function FacetGroup({ title, hint, facet, counts, state, onChange, limit }: FacetGroupProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const selected: string[] = state[facet];
  // Selected values stay visible (with 0) even when the other filters leave no question for them.
  const all = [...counts, ...selected.filter((value) => !counts.some((c) => c.value === value)).map((value) => ({ value, count: 0 }))];
  const shown = limit && !expanded ? all.slice(0, limit).concat(all.slice(limit).filter((c) => selected.includes(c.value))) : all;
  const hidden = all.length - shown.length;
  return (
    <fieldset className="facet" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="facet__title">{title}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="facet__hint">
          {hint}
        </p>
      ) : null}
      {all.length === 0 ? <p className="facet__empty">None in these results</p> : null}
      <ul className="facet__list">
        {shown.map(({ value, count }) => {
          const checked = selected.includes(value);
          return (
            <li key={value}>
              <label className={`facet__option${count === 0 && !checked ? ' is-empty' : ''}`}>
                <input type="checkbox" checked={checked} onChange={() => onChange(toggleFacet(state, facet, value))} />
                <span className="facet__label">{labelFor(facet, value)}</span>
                <span className="facet__count" aria-label={`${count} questions`}>
                  {count}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {hidden > 0 || (expanded && limit && all.length > limit) ? (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show ${hidden} more`}
        </button>
      ) : null}
    </fieldset>
  );
}

/** Filters with counts; each facet is counted under the search and every other filter. */
export function FacetFilters({ state, facets, onChange }: FacetFiltersProps) {
  const rubricCount = (value: 'true' | 'false') => facets?.hasRubric.find((f) => f.value === value)?.count ?? 0;
  const active = activeFilterCount(state);
  return (
    <div className="facets">
      <div className="facets__header">
        <h2 className="facets__heading">Filters</h2>
        {active > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange(clearFilters(state))}>
            Clear {active === 1 ? 'filter' : `${active} filters`}
          </button>
        ) : null}
      </div>
      <fieldset className="facet">
        <legend className="facet__title">Rubric</legend>
        <ul className="facet__list">
          {(
            [
              [null, 'Any', (facets?.hasRubric ?? []).reduce((sum, f) => sum + f.count, 0)],
              [true, 'Has rubric points', rubricCount('true')],
              [false, 'No rubric points', rubricCount('false')],
            ] as const
          ).map(([value, label, count]) => (
            <li key={String(value)}>
              <label className="facet__option">
                <input
                  type="radio"
                  name="has-rubric"
                  checked={state.hasRubric === value}
                  onChange={() => onChange({ ...state, hasRubric: value })}
                />
                <span className="facet__label">{label}</span>
                {facets ? <span className="facet__count">{count}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FacetGroup title="Type" facet="types" counts={facets?.types ?? []} state={state} onChange={onChange} />
      <FacetGroup title="Difficulty" facet="difficulties" counts={facets?.difficulties ?? []} state={state} onChange={onChange} />
      <FacetGroup
        title="Competencies"
        hint="Questions with all selected"
        facet="competencies"
        counts={facets?.competencies ?? []}
        state={state}
        onChange={onChange}
        limit={FACET_PREVIEW}
      />
      <FacetGroup
        title="Technology"
        hint="Questions with all selected"
        facet="tags"
        counts={facets?.tags ?? []}
        state={state}
        onChange={onChange}
        limit={FACET_PREVIEW}
      />
    </div>
  );
}
