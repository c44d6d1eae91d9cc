import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { classifyQuestion } from '@panelist/question-bank';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import type { QuestionDto, QuestionSourceDto } from './dtos/question.dto';
import type { QuestionContentInput } from './dtos/question.input';
import type { QuestionRevisionDto } from './dtos/question-revision.dto';
import type { QuestionContent } from './question-content';
import { QUESTION_SELECT, type QuestionRecord } from './question-rows';
import { QuestionWriter } from './question-writer';
import type { QuestionStatus } from './question.enums';

/** A question_revisions row (alias r, users alias u) shaped as QuestionRevisionDto. */
export const REVISION_SELECT = `r.id, r.question_id AS "questionId", r.revision, r.prompt, r.code, r.category,
  r.follow_ups AS "followUps", r.type, r.difficulty, r.competencies, r.tags, r.classification,
  r.change_note AS "changeNote", u.name AS "createdByName", r.created_at AS "createdAt",
  json_build_object('referenceAnswer', r.reference_answer, 'lookFor', r.look_for, 'redFlags', r.red_flags,
    'whatToExpect', r.what_to_expect, 'interviewerGuidance', r.interviewer_guidance, 'sampleAnswer', r.sample_answer) AS rubric`;
export const REVISION_FROM = `question_revisions r LEFT JOIN users u ON u.id = r.created_by`;

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const cleanList = (values: string[] | null | undefined) => (values ?? []).map((v) => v.trim()).filter(Boolean);

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writer: QuestionWriter,
  ) {}

  async get(organizationId: string, id: string): Promise<QuestionDto> {
    const [question] = await this.db.query<QuestionRecord[]>(
      `SELECT ${QUESTION_SELECT('q')} FROM questions q WHERE q.organization_id = $1 AND q.id = $2`,
      [organizationId, id],
    );
    if (!question) throw AppError.notFound('That question', 'id');
    return question;
  }

  async revision(organizationId: string, revisionId: string): Promise<QuestionRevisionDto> {
    const [revision] = await this.db.query<QuestionRevisionDto[]>(
      `SELECT ${REVISION_SELECT} FROM ${REVISION_FROM} WHERE r.organization_id = $1 AND r.id = $2`,
      [organizationId, revisionId],
    );
    if (!revision) throw AppError.notFound('That revision', 'id');
    return revision;
  }

  /** Batch for DataLoader: every revision of each question, newest first. */
  revisionsOf(questionIds: readonly string[]): Promise<QuestionRevisionDto[]> {
    return this.db.query(
      `SELECT ${REVISION_SELECT} FROM ${REVISION_FROM} WHERE r.question_id = ANY($1::uuid[]) ORDER BY r.revision DESC`,
      [questionIds],
    );
  }

  /** Batch for DataLoader: the current revision of each question. */
  currentRevisionsOf(questionIds: readonly string[]): Promise<QuestionRevisionDto[]> {
    return this.db.query(
      `SELECT ${REVISION_SELECT} FROM ${REVISION_FROM} JOIN questions q ON q.id = r.question_id AND q.current_revision = r.revision
        WHERE r.question_id = ANY($1::uuid[])`,
      [questionIds],
    );
  }

  /** Batch for DataLoader: where each question came from. */
  sourcesOf(questionIds: readonly string[]): Promise<Array<QuestionSourceDto & { questionId: string }>> {
    return this.db.query(
      `SELECT question_id AS "questionId", file, item, line, created_at AS "createdAt" FROM question_sources
        WHERE question_id = ANY($1::uuid[]) ORDER BY file, item NULLS LAST, line NULLS LAST`,
      [questionIds],
    );
  }

  async create(principal: Principal, input: QuestionContentInput): Promise<QuestionDto> {
    const content = await this.contentFrom(principal, input);
    const id = await this.db.transaction(async (db) => {
      const { ids } = await this.writer.insertNew(db, principal.organizationId, principal.userId, [{ content, sources: [] }]);
      const [created] = ids.values();
      if (!created) throw AppError.conflict('The bank already has a question with exactly this prompt.', 'prompt');
      await this.writer.suggestDuplicatesOf(db, principal.organizationId, created);
      return created;
    });
    return this.get(principal.organizationId, id);
  }

  async update(principal: Principal, id: string, version: number, input: QuestionContentInput, changeNote?: string | null) {
    const content = await this.contentFrom(principal, input);
    await this.db.transaction(async (db) => {
      const ids = { organizationId: principal.organizationId, questionId: id, userId: principal.userId };
      await this.writer.revise(db, ids, version, content, blankToNull(changeNote));
      await this.writer.suggestDuplicatesOf(db, principal.organizationId, id);
    });
    return this.get(principal.organizationId, id);
  }

  async setStatus(principal: Principal, id: string, status: QuestionStatus): Promise<QuestionDto> {
    const [, affected] = await this.db.query<[unknown[], number]>(
      `UPDATE questions SET status = $3, version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND status <> $3`,
      [principal.organizationId, id, status],
    );
    const question = await this.get(principal.organizationId, id);
    if (affected === 0 && question.status !== status) throw AppError.conflict('The question changed meanwhile.', 'id');
    return question;
  }

  /** A person's edit: what they state is kept with their name; what they leave out, the rules decide. */
  private async contentFrom(principal: Principal, input: QuestionContentInput): Promise<QuestionContent> {
    const [{ name }] = await this.db.query<Array<{ name: string }>>(`SELECT name FROM users WHERE id = $1`, [principal.userId]);
    const rubric = {
      referenceAnswer: blankToNull(input.referenceAnswer),
      lookFor: cleanList(input.lookFor),
      redFlags: cleanList(input.redFlags),
      whatToExpect: blankToNull(input.whatToExpect),
      interviewerGuidance: blankToNull(input.interviewerGuidance),
      sampleAnswer: blankToNull(input.sampleAnswer),
    };
    const prompt = input.prompt.trim();
    const code = blankToNull(input.code);
    const classification = classifyQuestion(
      { prompt, code, answer: [rubric.referenceAnswer, rubric.sampleAnswer].filter(Boolean).join('\n') },
      {
        type: input.type ?? undefined,
        difficulty: input.difficulty ?? undefined,
        competencies: input.competencies ? cleanList(input.competencies) : undefined,
        tags: input.tags ? cleanList(input.tags) : undefined,
        origin: `edit by ${name}`,
      },
    );
    return { prompt, code, category: cleanList(input.category), followUps: cleanList(input.followUps), rubric, classification };
  }
}
