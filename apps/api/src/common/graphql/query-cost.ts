import { getNullableType, isListType, Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** The most a request may cost; every web operation stays far below it (proved by query-cost.spec). */
export const MAX_QUERY_COST = 20_000;

/** What an unpaged list that grows with the data (jobs, a job's loops, a question's revisions) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 10;

/** What a list whose length the product's own shape bounds (below) is assumed to hold. */
export const ASSUMED_SHORT_LIST_SIZE = 4;

/**
 * Lists bounded by the product, not the data: a kit's sections and their questions, a loop's
 * interviews, a panel, a scorecard's answers, the figures of one panel. Named `Type.field`;
 * query-cost.spec checks that each still exists.
 */
export const SHORT_LISTS = new Set([
  'AuditEvent.details',
  'ComparisonRow.competencies',
  'ComparisonRow.missing',
  'ComparisonRow.submittedBy',
  'ImportPlanItem.similar',
  'ImportPlanItem.sources',
  'Interview.panel',
  'Interview.scorecards',
  'InterviewKit.competencyWeights',
  'InterviewKit.ratingScale',
  'InterviewKit.sections',
  'InterviewLoop.interviews',
  'InterviewLoop.repeatedQuestions',
  'InterviewSection.questions',
  'Job.rounds',
  'JobComparison.weights',
  'Kit.competencyWeights',
  'Kit.ratingScale',
  'Kit.sections',
  'KitSection.questions',
  'KitSummary.warnings',
  'PanelScorecard.competencies',
  'PanelScorecard.decisions',
  'PanelScorecard.missing',
  'PanelScorecard.scorecards',
  'PanelScorecard.submittedBy',
  'PanelScorecard.weights',
  'PanelistScorecard.evidence',
  'PanelistScorecard.ratings',
  'Question.sources',
  'QuestionClassification.competencies',
  'QuestionClassification.tags',
  'QuestionEdge.highlight',
  'Scorecard.answers',
  'Scorecard.competencyRatings',
  'Scorecard.history',
  'ScorecardContent.answers',
  'ScorecardContent.competencyRatings',
  'Viewer.memberships',
]);

/** Types that are themselves one page (`QuestionConnection`, `AuditEventPage`): their lists are the page. */
const PAGE_TYPE = /(Connection|Page)$/;

/**
 * The largest page any field serves (the audit trail's 200). A larger `first` is refused by the
 * field's own check, which names the argument, so the estimate need not refuse it first.
 */
const LARGEST_PAGE = 200;

/** A paged field costs its page size times what each item asks for. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + Math.min(Math.max(args.first, 0), LARGEST_PAGE) * childComplexity : undefined;

/**
 * An unpaged list of objects multiplies what each item asks for, so nesting lists in lists
 * (`jobs { loops { job { loops … } } }`) grows the cost geometrically, as it grows the work.
 * Real lists may be longer: the estimate ranks requests, the depth limit bounds the nesting.
 * A list of scalars costs like one field.
 */
const listEstimator: ComplexityEstimator = ({ type: parent, field, childComplexity }) => {
  const type = getNullableType(field.type);
  if (!isListType(type) || childComplexity === 0 || PAGE_TYPE.test(parent.name)) return undefined;
  const size = SHORT_LISTS.has(`${parent.name}.${field.name}`) ? ASSUMED_SHORT_LIST_SIZE : ASSUMED_LIST_SIZE;
  return 1 + size * childComplexity;
};

/**
 * Introspection (`__schema`, `__type`) costs one field: development tools need all of it, and
 * production refuses it before cost is counted.
 */
const introspectionEstimator: ComplexityEstimator = ({ field }) => (field.name.startsWith('__') ? 1 : undefined);

/** Every field costs 1; pages and lists multiply what they hold. Throws on variables that do not fit. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [introspectionEstimator, pagedEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Per parsed document (Apollo keeps one per query text): the variables that size pages, and costs seen. */
const costsByDocument = new WeakMap<DocumentNode, { pageVariables: string[]; costs: Map<string, number> }>();
const MAX_COSTS_PER_DOCUMENT = 64;

function pageVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/**
 * operationCost, computed once per document, operation and page size: the estimate walks the whole
 * document with type information, which a busy autosave should not pay on every keystroke.
 */
export function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) {
  let entry = costsByDocument.get(document);
  if (!entry) {
    entry = { pageVariables: pageVariablesOf(document), costs: new Map() };
    costsByDocument.set(document, entry);
  }
  const key = `${operationName ?? ''}|${entry.pageVariables.map((name) => JSON.stringify(variables[name] ?? null)).join(',')}`;
  const known = entry.costs.get(key);
  if (known !== undefined) return known;
  const cost = operationCost(schema, document, operationName, variables);
  if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
  entry.costs.set(key, cost);
  return cost;
}
