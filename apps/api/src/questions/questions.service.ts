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
import * as questions from './questions.repository';
import { QuestionWriter } from './question-writer';
import type { QuestionStatus } from './question.enums';

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const cleanList = (values: string[] | null | undefined) => (values ?? []).map((v) => v.trim()).filter(Boolean);

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writer: QuestionWriter,
  ) {}

  async get(organizationId: string, id: string): Promise<QuestionDto> {
    const question = await questions.find(this.db, organizationId, id);
    if (!question) throw AppError.notFound('That question', 'id');
    return question;
  }

  async revision(organizationId: string, revisionId: string): Promise<QuestionRevisionDto> {
    const revision = await questions.revision(this.db, organizationId, revisionId);
    if (!revision) throw AppError.notFound('That revision', 'id');
    return revision;
  }

  /** Batch for DataLoader: every revision of each question, newest first. */
  revisionsOf(questionIds: readonly string[]): Promise<QuestionRevisionDto[]> {
    return questions.revisionsOf(this.db, questionIds);
  }

  /** Batch for DataLoader: the current revision of each question. */
  currentRevisionsOf(questionIds: readonly string[]): Promise<QuestionRevisionDto[]> {
    return questions.currentRevisionsOf(this.db, questionIds);
  }

  /** Batch for DataLoader: where each question came from. */
  sourcesOf(questionIds: readonly string[]): Promise<Array<QuestionSourceDto & { questionId: string }>> {
    return questions.sourcesOf(this.db, questionIds);
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
    const affected = await questions.setStatus(this.db, principal.organizationId, id, status);
    const question = await this.get(principal.organizationId, id);
    if (affected === 0 && question.status !== status) throw AppError.conflict('The question changed meanwhile.', 'id');
    return question;
  }

  /** A person's edit: what they state is kept with their name; what they leave out, the rules decide. */
  private async contentFrom(principal: Principal, input: QuestionContentInput): Promise<QuestionContent> {
    const name = await questions.userName(this.db, principal.userId);
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
    return {
      label: blankToNull(input.label),
      prompt,
      code,
      category: cleanList(input.category),
      followUps: cleanList(input.followUps),
      rubric,
      classification,
    };
  }
}
