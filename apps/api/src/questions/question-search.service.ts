import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import type {
  FacetCountDto,
  QuestionConnectionDto,
  QuestionFacetsDto,
  QuestionFilterInput,
  QuestionSearchArgs,
  TextSegmentDto,
} from './dtos/question-search.dto';
import { DifficultyEnum, QuestionTypeEnum } from './question.enums';
import * as questions from './questions.repository';
import type { Facet, SearchFilter } from './questions.repository';

// Control characters cannot occur in imported text (the importer strips them), so they delimit
// matches: the search statement marks them with \u0002 … \u0003 (questions.repository.ts).
const START = '\u0002';
const STOP = '\u0003';

interface Cursor {
  k: string | number;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Cursor;
    if (isUUID(cursor.id) && (typeof cursor.k === 'string' || typeof cursor.k === 'number')) return cursor;
  } catch {
    // fall through
  }
  throw AppError.badInput('after', 'after is not a cursor from this search.');
}

export function highlightSegments(marked: string): TextSegmentDto[] {
  const segments: TextSegmentDto[] = [];
  for (const [index, part] of marked.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (part) segments.push({ text: part, match: index % 2 === 1 });
  }
  return segments;
}

const TYPE_NAME = new Map<string, string>(Object.entries(QuestionTypeEnum).map(([name, value]) => [value, name]));
const DIFFICULTY_NAME = new Map<string, string>(Object.entries(DifficultyEnum).map(([name, value]) => [value, name]));

/**
 * Full-text search over the bank in PostgreSQL: websearch syntax, ranked, matches marked, filters with
 * counts, and keyset (cursor) pagination. It forgives: words no question has do not empty the result,
 * and a misspelt word gets "Did you mean" from the organization's own words (pg_trgm). Every statement
 * is scoped by the caller's organization.
 */
@Injectable()
export class QuestionSearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(organizationId: string, args: QuestionSearchArgs): Promise<QuestionConnectionDto> {
    const filter = this.filter(organizationId, args.search, args.filter ?? {});
    const cursor = args.after ? decodeCursor(args.after) : null;
    const after = cursor && { key: String(cursor.k), id: cursor.id };
    // The page and the total are independent: run them side by side on the pool.
    const [rows, { count, suggestion }] = await Promise.all([
      questions.searchPage(this.db, filter, after, args.first + 1),
      questions.searchCount(this.db, filter),
    ]);
    const page = rows.slice(0, args.first);
    const edges = page.map(({ sortKey, marked, ...question }) => ({
      cursor: encodeCursor({ k: sortKey, id: question.id }),
      node: question,
      highlight: highlightSegments(marked),
    }));
    return {
      edges,
      totalCount: count,
      didYouMean: suggestion,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** For each facet, the counts under the search and every other filter (so choices stay visible). */
  async facets(organizationId: string, search: string | undefined, filter: QuestionFilterInput): Promise<QuestionFacetsDto> {
    const scope = this.filter(organizationId, search, filter);
    const run = (facet: Facet): Promise<FacetCountDto[]> => questions.facetCounts(this.db, facet, scope);
    const [types, difficulties, competencies, tags, hasRubric] = await Promise.all([
      run('types'),
      run('difficulties'),
      run('competencies'),
      run('tags'),
      run('hasRubric'),
    ]);
    return {
      types: types.map((f) => ({ ...f, value: TYPE_NAME.get(f.value) ?? f.value })),
      difficulties: difficulties.map((f) => ({ ...f, value: DIFFICULTY_NAME.get(f.value) ?? f.value })),
      competencies,
      tags,
      hasRubric,
    };
  }

  /** The search's scope; an empty text or list does not filter. */
  private filter(organizationId: string, search: string | null | undefined, filter: QuestionFilterInput): SearchFilter {
    const text = search?.trim() ?? '';
    const list = <T>(values: T[] | null | undefined): T[] | null => (values?.length ? values : null);
    return {
      organizationId,
      text: text || null,
      status: filter.status ?? 'ACTIVE',
      types: list(filter.types),
      difficulties: list(filter.difficulties),
      competencies: list(filter.competencies),
      tags: list(filter.tags),
      hasRubric: filter.hasRubric ?? null,
    };
  }
}
