import type { Difficulty, QuestionFilterInput, QuestionType } from '../../../generated/graphql';
import { isDifficulty, isQuestionType } from '../../format';

/** Everything that decides what the bank page lists; it lives in the URL query string. */
export interface BankSearchState {
  search: string;
  types: QuestionType[];
  difficulties: Difficulty[];
  competencies: string[];
  tags: string[];
  /** null: either; true: has Look-for or Red-flag points; false: has neither. */
  hasRubric: boolean | null;
}

export type ListFacet = 'types' | 'difficulties' | 'competencies' | 'tags';

/** The query-string key of each facet (singular, repeated: ?type=CODING&type=BEHAVIOURAL). */
export const PARAM_KEYS: Record<ListFacet, string> = {
  types: 'type',
  difficulties: 'difficulty',
  competencies: 'competency',
  tags: 'tag',
};

const unique = (values: string[]) => [...new Set(values.filter((value) => value.trim().length > 0))];

export function readBankSearch(params: URLSearchParams): BankSearchState {
  const rubric = params.get('rubric');
  return {
    search: params.get('q') ?? '',
    types: unique(params.getAll(PARAM_KEYS.types)).filter(isQuestionType),
    difficulties: unique(params.getAll(PARAM_KEYS.difficulties)).filter(isDifficulty),
    competencies: unique(params.getAll(PARAM_KEYS.competencies)),
    tags: unique(params.getAll(PARAM_KEYS.tags)),
    hasRubric: rubric === 'yes' ? true : rubric === 'no' ? false : null,
  };
}

export function writeBankSearch(state: BankSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search.trim()) params.set('q', state.search);
  for (const facet of Object.keys(PARAM_KEYS) as ListFacet[]) {
    for (const value of state[facet]) params.append(PARAM_KEYS[facet], value);
  }
  if (state.hasRubric !== null) params.set('rubric', state.hasRubric ? 'yes' : 'no');
  return params;
}

/** Adds the value to the facet's selection, or removes it when it is already selected. */
export function toggleFacet(state: BankSearchState, facet: ListFacet, value: string): BankSearchState {
  const current: string[] = state[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [facet]: next };
}

export function activeFilterCount(state: BankSearchState): number {
  return (
    state.types.length + state.difficulties.length + state.competencies.length + state.tags.length + (state.hasRubric === null ? 0 : 1)
  );
}

export function clearFilters(state: BankSearchState): BankSearchState {
  return { search: state.search, types: [], difficulties: [], competencies: [], tags: [], hasRubric: null };
}

/** The API's filter input; empty selections are left out so the cache key stays stable. */
export function toFilterInput(state: BankSearchState): QuestionFilterInput {
  const filter: QuestionFilterInput = {};
  if (state.types.length) filter.types = state.types;
  if (state.difficulties.length) filter.difficulties = state.difficulties;
  if (state.competencies.length) filter.competencies = state.competencies;
  if (state.tags.length) filter.tags = state.tags;
  if (state.hasRubric !== null) filter.hasRubric = state.hasRubric;
  return filter;
}
