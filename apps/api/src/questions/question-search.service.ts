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
import { QUESTION_SELECT, type QuestionRecord } from './question-rows';

// Control characters cannot occur in imported text (the importer strips them), so they delimit matches.
const START = '\u0002';
const STOP = '\u0003';

type Facet = 'types' | 'difficulties' | 'competencies' | 'tags' | 'hasRubric';

interface Cursor {
  k: string | number;
  id: string;
}

/** Builds WHERE clauses with numbered parameters. */
class Conditions {
  readonly clauses: string[] = [];
  constructor(readonly params: unknown[]) {}

  add(sqlWithPlaceholder: (param: string) => string, value: unknown): void {
    this.params.push(value);
    this.clauses.push(sqlWithPlaceholder(`$${this.params.length}`));
  }

  raw(sql: string): void {
    this.clauses.push(sql);
  }

  get where(): string {
    return this.clauses.join(' AND ');
  }
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
 * counts, and keyset (cursor) pagination. Every statement is scoped by the caller's organization.
 */
@Injectable()
export class QuestionSearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(organizationId: string, args: QuestionSearchArgs): Promise<QuestionConnectionDto> {
    const text = args.search?.trim() ?? '';
    const conditions = this.conditions(organizationId, text, args.filter ?? {});
    const ranked = text.length > 0;
    if (args.after) {
      const cursor = decodeCursor(args.after);
      conditions.params.push(cursor.k, cursor.id);
      const [key, id] = [`$${conditions.params.length - 1}`, `$${conditions.params.length}::uuid`];
      conditions.raw(
        ranked
          ? `(ts_rank(q.search_document, query, 32), q.id) < (${key}::real, ${id})`
          : `(q.updated_at, q.id) < (${key}::timestamptz, ${id})`,
      );
    }
    const queryFrom = ranked ? `, websearch_to_tsquery('english', $2) AS query` : '';
    const order = ranked ? `ts_rank(q.search_document, query, 32) DESC, q.id DESC` : `q.updated_at DESC, q.id DESC`;
    const key = ranked
      ? `ts_rank(q.search_document, query, 32)::text`
      : `to_char(q.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    conditions.params.push(args.first + 1);
    const countConditions = this.conditions(organizationId, text, args.filter ?? {});
    // The page and the total are independent: run them side by side on the pool.
    const [rows, [{ count }]] = await Promise.all([
      this.db.query<Array<QuestionRecord & { sort_key: string; marked: string }>>(
        `SELECT page.*, ${ranked ? `ts_headline('english', page.prompt, websearch_to_tsquery('english', $2), 'StartSel=${START}, StopSel=${STOP}, HighlightAll=true')` : 'page.prompt'} AS marked
           FROM (SELECT ${QUESTION_SELECT('q')}, ${key} AS sort_key
                   FROM questions q${queryFrom}
                  WHERE ${conditions.where}
                  ORDER BY ${order}
                  LIMIT $${conditions.params.length}) AS page
          ORDER BY ${ranked ? 'page.sort_key::real DESC' : 'page.sort_key DESC'}, page.id DESC`,
        conditions.params,
      ),
      this.db.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM questions q${queryFrom} WHERE ${countConditions.where}`,
        countConditions.params,
      ),
    ]);
    const page = rows.slice(0, args.first);
    const edges = page.map(({ sort_key, marked, ...question }) => ({
      cursor: encodeCursor({ k: sort_key, id: question.id }),
      node: question,
      highlight: highlightSegments(marked),
    }));
    return {
      edges,
      totalCount: count,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** For each facet, the counts under the search and every other filter (so choices stay visible). */
  async facets(organizationId: string, search: string | undefined, filter: QuestionFilterInput): Promise<QuestionFacetsDto> {
    const text = search?.trim() ?? '';
    const run = async (facet: Facet, select: string, group: string): Promise<FacetCountDto[]> => {
      const conditions = this.conditions(organizationId, text, filter, facet);
      const queryFrom = text ? `, websearch_to_tsquery('english', $2) AS query` : '';
      return this.db.query<FacetCountDto[]>(
        `SELECT ${select} AS value, count(*)::int AS count FROM questions q${queryFrom}
          WHERE ${conditions.where} GROUP BY 1 ORDER BY 2 DESC, 1 ${group}`,
        conditions.params,
      );
    };
    const [types, difficulties, competencies, tags, hasRubric] = await Promise.all([
      run('types', 'q.type::text', ''),
      run('difficulties', 'q.difficulty::text', ''),
      run('competencies', 'unnest(q.competencies)', 'LIMIT 50'),
      run('tags', 'unnest(q.tags)', 'LIMIT 50'),
      run('hasRubric', '(q.has_look_for OR q.has_red_flags)::text', ''),
    ]);
    return {
      types: types.map((f) => ({ ...f, value: TYPE_NAME.get(f.value) ?? f.value })),
      difficulties: difficulties.map((f) => ({ ...f, value: DIFFICULTY_NAME.get(f.value) ?? f.value })),
      competencies,
      tags,
      hasRubric,
    };
  }

  private conditions(organizationId: string, text: string, filter: QuestionFilterInput, except?: Facet): Conditions {
    const conditions = new Conditions([organizationId]);
    conditions.raw('q.organization_id = $1');
    if (text) {
      conditions.params.push(text);
      conditions.raw('q.search_document @@ query');
    }
    conditions.add((p) => `q.status = ${p}::question_status`, filter.status ?? 'ACTIVE');
    if (filter.types?.length && except !== 'types') conditions.add((p) => `q.type = ANY(${p}::question_type[])`, filter.types);
    if (filter.difficulties?.length && except !== 'difficulties') {
      conditions.add((p) => `q.difficulty = ANY(${p}::question_difficulty[])`, filter.difficulties);
    }
    if (filter.competencies?.length && except !== 'competencies')
      conditions.add((p) => `q.competencies @> ${p}::text[]`, filter.competencies);
    if (filter.tags?.length && except !== 'tags') conditions.add((p) => `q.tags @> ${p}::text[]`, filter.tags);
    if (filter.hasRubric !== undefined && filter.hasRubric !== null && except !== 'hasRubric') {
      conditions.add((p) => `(q.has_look_for OR q.has_red_flags) = ${p}`, filter.hasRubric);
    }
    return conditions;
  }
}
