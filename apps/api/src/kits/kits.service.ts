import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { defaultRatingScale, kitProblems, type KitPlan } from '@panelist/kits';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import type { QuestionRevisionDto } from '../questions/dtos/question-revision.dto';
import { REVISION_FROM, REVISION_SELECT } from '../questions/questions.service';
import type { KitDto, KitQuestionDto, KitReferenceDto, KitSectionDto, KitStatus } from './dtos/kit.dto';
import type { KitInput } from './dtos/kit.input';

const KIT_SELECT = `k.id, k.role_name AS "roleName", k.title, k.interview_minutes AS "interviewMinutes", k.notes,
  k.rating_scale AS "ratingScale", k.competency_weights AS "competencyWeights", k.status, k.version,
  k.cloned_from AS "clonedFromId", k.created_at AS "createdAt", k.updated_at AS "updatedAt"`;

interface BankQuestionInfo {
  id: string;
  revision_id: string;
  has_rubric: boolean;
}

/** Kits of the caller's organization. A save replaces the sections in one transaction. */
@Injectable()
export class KitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private published(db: EntityManager, principal: Principal, kitId: string, details: { title: string; clonedFrom?: string }) {
    return this.audit.record({ organizationId: principal.organizationId, actorId: principal.userId, action: 'kit.published', target: { type: 'kit', id: kitId }, details }, db);
  }

  list(organizationId: string, status: KitStatus = 'ACTIVE'): Promise<KitDto[]> {
    return this.db.query(`SELECT ${KIT_SELECT} FROM kits k WHERE k.organization_id = $1 AND k.status = $2 ORDER BY k.updated_at DESC`, [
      organizationId,
      status,
    ]);
  }

  async get(organizationId: string, id: string, db: EntityManager = this.db.manager): Promise<KitDto> {
    const [kit] = await db.query<KitDto[]>(`SELECT ${KIT_SELECT} FROM kits k WHERE k.organization_id = $1 AND k.id = $2`, [organizationId, id]);
    if (!kit) throw AppError.notFound('That kit', 'id');
    return kit;
  }

  async create(principal: Principal, input: KitInput): Promise<KitDto> {
    const id = await this.db.transaction(async (db) => {
      const bank = await this.checkAgainstBank(db, principal.organizationId, input);
      const [{ id: kitId }] = await db.query<Array<{ id: string }>>(
        `INSERT INTO kits (organization_id, role_name, title, interview_minutes, notes, rating_scale, competency_weights, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [principal.organizationId, input.roleName.trim(), input.title.trim(), input.interviewMinutes, input.notes, JSON.stringify(scaleOf(input)), JSON.stringify(input.competencyWeights), principal.userId],
      );
      await this.writeSections(db, kitId, input, bank, new Map());
      await this.published(db, principal, kitId, { title: input.title.trim() });
      return kitId;
    });
    return this.get(principal.organizationId, id);
  }

  /** Saves the whole kit if `version` is still current (checked in the UPDATE itself). */
  async save(principal: Principal, id: string, version: number, input: KitInput): Promise<KitDto> {
    await this.db.transaction(async (db) => {
      await this.get(principal.organizationId, id, db);
      const bank = await this.checkAgainstBank(db, principal.organizationId, input);
      const [, affected] = await db.query<[unknown[], number]>(
        `UPDATE kits SET role_name = $4, title = $5, interview_minutes = $6, notes = $7, rating_scale = $8,
                competency_weights = $9, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $2 AND version = $3`,
        [principal.organizationId, id, version, input.roleName.trim(), input.title.trim(), input.interviewMinutes, input.notes, JSON.stringify(scaleOf(input)), JSON.stringify(input.competencyWeights)],
      );
      if (affected === 0) {
        throw AppError.conflict('Someone else saved this kit meanwhile. Reload to see their changes.', 'version');
      }
      // Questions already in the kit keep the revision they were pinned to.
      const pins = await db.query<Array<{ question_id: string; question_revision_id: string }>>(
        `SELECT question_id, question_revision_id FROM kit_questions WHERE kit_id = $1`,
        [id],
      );
      await db.query(`DELETE FROM kit_sections WHERE kit_id = $1`, [id]);
      await this.writeSections(db, id, input, bank, new Map(pins.map((pin) => [pin.question_id, pin.question_revision_id])));
    });
    return this.get(principal.organizationId, id);
  }

  async clone(principal: Principal, id: string): Promise<KitDto> {
    const cloneId = await this.db.transaction(async (db) => {
      const source = await this.get(principal.organizationId, id, db);
      const [{ id: newId }] = await db.query<Array<{ id: string }>>(
        `INSERT INTO kits (organization_id, role_name, title, interview_minutes, notes, rating_scale, competency_weights, cloned_from, created_by)
         SELECT organization_id, role_name, left(title || ' (copy)', 120), interview_minutes, notes, rating_scale, competency_weights, id, $3
           FROM kits WHERE organization_id = $1 AND id = $2 RETURNING id`,
        [principal.organizationId, source.id, principal.userId],
      );
      await db.query(
        `WITH sections AS (
           INSERT INTO kit_sections (kit_id, position, competency, title)
           SELECT $2, position, competency, title FROM kit_sections WHERE kit_id = $1
           RETURNING id, position
         )
         INSERT INTO kit_questions (kit_id, section_id, position, question_id, question_revision_id, planned_minutes)
         SELECT $2, sections.id, kq.position, kq.question_id, kq.question_revision_id, kq.planned_minutes
           FROM kit_questions kq JOIN kit_sections ks ON ks.id = kq.section_id JOIN sections ON sections.position = ks.position
          WHERE kq.kit_id = $1`,
        [source.id, newId],
      );
      await this.published(db, principal, newId, { title: source.title, clonedFrom: source.id });
      return newId;
    });
    return this.get(principal.organizationId, cloneId);
  }

  async setStatus(principal: Principal, id: string, status: KitStatus): Promise<KitDto> {
    await this.db.transaction(async (db) => {
      await this.get(principal.organizationId, id, db);
      const [, changed] = await db.query<[unknown[], number]>(
        `UPDATE kits SET status = $3, version = version + 1, updated_at = now() WHERE organization_id = $1 AND id = $2 AND status <> $3`,
        [principal.organizationId, id, status],
      );
      if (changed > 0 && status === 'ARCHIVED') {
        await this.audit.record({ organizationId: principal.organizationId, actorId: principal.userId, action: 'kit.archived', target: { type: 'kit', id } }, db);
      }
    });
    return this.get(principal.organizationId, id);
  }

  /** Re-pins one kit question to the bank's current revision. Scorecards keep what was asked. */
  async takeNewerRevision(principal: Principal, kitQuestionId: string): Promise<KitDto> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]] = await this.db.query<[Array<{ kit_id: string }>, number]>(
      `UPDATE kit_questions kq
          SET question_revision_id = r.id
         FROM kits k, questions q, question_revisions r
        WHERE kq.id = $2 AND k.id = kq.kit_id AND k.organization_id = $1
          AND q.id = kq.question_id AND r.question_id = q.id AND r.revision = q.current_revision
        RETURNING kq.kit_id`,
      [principal.organizationId, kitQuestionId],
    );
    if (!row) throw AppError.notFound('That kit question', 'kitQuestionId');
    await this.db.query(`UPDATE kits SET version = version + 1, updated_at = now() WHERE id = $1`, [row.kit_id]);
    return this.get(principal.organizationId, row.kit_id);
  }

  /** Batch for DataLoader: the sections of each kit with their questions and pinned revisions (two statements). */
  async sectionsOf(kitIds: readonly string[]): Promise<KitSectionDto[][]> {
    const [sections, questions] = await Promise.all([
      this.db.query<Array<Omit<KitSectionDto, 'questions'> & { kitId: string }>>(
        `SELECT id, kit_id AS "kitId", position, competency, title FROM kit_sections WHERE kit_id = ANY($1::uuid[]) ORDER BY kit_id, position`,
        [kitIds],
      ),
      this.db.query<Array<Omit<KitQuestionDto, 'revision'> & { sectionId: string; revision: QuestionRevisionDto }>>(
        `SELECT kq.id, kq.section_id AS "sectionId", kq.position, kq.planned_minutes AS "plannedMinutes", kq.question_id AS "questionId",
                q.current_revision AS "currentRevision", q.current_revision > rev.revision AS "newerRevisionAvailable",
                q.status = 'ARCHIVED' AS archived, row_to_json(rev) AS revision
           FROM kit_questions kq
           JOIN questions q ON q.id = kq.question_id
           JOIN LATERAL (SELECT ${REVISION_SELECT} FROM ${REVISION_FROM} WHERE r.id = kq.question_revision_id) rev ON true
          WHERE kq.kit_id = ANY($1::uuid[])
          ORDER BY kq.section_id, kq.position`,
        [kitIds],
      ),
    ]);
    const bySection = new Map<string, KitQuestionDto[]>();
    for (const { sectionId, revision, ...question } of questions) {
      const list = bySection.get(sectionId) ?? [];
      list.push({ ...question, revision: { ...revision, createdAt: new Date(revision.createdAt) } });
      bySection.set(sectionId, list);
    }
    return kitIds.map((kitId) =>
      sections.filter((s) => s.kitId === kitId).map(({ kitId: _kitId, ...section }) => ({ ...section, questions: bySection.get(section.id) ?? [] })),
    );
  }

  /** Batch for DataLoader: the active kits that use each question. */
  async kitsUsing(organizationId: string, questionIds: readonly string[]): Promise<KitReferenceDto[][]> {
    const rows = await this.db.query<Array<KitReferenceDto & { questionId: string }>>(
      `SELECT kq.question_id AS "questionId", k.id, k.role_name AS "roleName", k.title, r.revision AS "pinnedRevision"
         FROM kit_questions kq JOIN kits k ON k.id = kq.kit_id JOIN question_revisions r ON r.id = kq.question_revision_id
        WHERE k.organization_id = $1 AND k.status = 'ACTIVE' AND kq.question_id = ANY($2::uuid[])
        ORDER BY k.role_name, k.title`,
      [organizationId, questionIds],
    );
    return questionIds.map((id) => rows.filter((row) => row.questionId === id).map(({ questionId: _q, ...kit }) => kit));
  }

  /** Questions must be active questions of the caller's bank; the kit rules must hold. */
  private async checkAgainstBank(db: EntityManager, organizationId: string, input: KitInput): Promise<Map<string, BankQuestionInfo>> {
    const ids = input.sections.flatMap((section) => section.questions.map((question) => question.questionId));
    const rows = await db.query<BankQuestionInfo[]>(
      `SELECT q.id, r.id AS revision_id, q.has_look_for OR q.has_red_flags AS has_rubric
         FROM questions q JOIN question_revisions r ON r.question_id = q.id AND r.revision = q.current_revision
        WHERE q.organization_id = $1 AND q.id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
    const bank = new Map(rows.map((row) => [row.id, row]));
    input.sections.forEach((section, s) =>
      section.questions.forEach((question, q) => {
        if (!bank.has(question.questionId)) {
          throw AppError.badInput(`sections.${s}.questions.${q}.questionId`, 'That question is not in your organization’s bank.');
        }
      }),
    );
    const plan: KitPlan = {
      interviewMinutes: input.interviewMinutes,
      ratingScale: scaleOf(input),
      competencyWeights: input.competencyWeights,
      sections: input.sections.map((section) => ({
        competency: section.competency,
        questions: section.questions.map((question) => ({ ...question, hasRubric: bank.get(question.questionId)?.has_rubric ?? false })),
      })),
    };
    const [problem] = kitProblems(plan);
    if (problem) throw AppError.badInput(problem.field, problem.message);
    return bank;
  }

  private async writeSections(db: EntityManager, kitId: string, input: KitInput, bank: Map<string, BankQuestionInfo>, pins: Map<string, string>) {
    if (input.sections.length === 0) return;
    const sections = input.sections.map((section, position) => ({ position, competency: section.competency.trim(), title: section.title.trim() }));
    const questions = input.sections.flatMap((section, sectionPosition) =>
      section.questions.map((question, position) => ({
        section_position: sectionPosition,
        position,
        question_id: question.questionId,
        question_revision_id: pins.get(question.questionId) ?? bank.get(question.questionId)?.revision_id,
        planned_minutes: question.plannedMinutes,
      })),
    );
    await db.query(
      `WITH sections AS (
         INSERT INTO kit_sections (kit_id, position, competency, title)
         SELECT $1, s.position, s.competency, s.title FROM json_to_recordset($2::json) AS s(position int, competency text, title text)
         RETURNING id, position
       )
       INSERT INTO kit_questions (kit_id, section_id, position, question_id, question_revision_id, planned_minutes)
       SELECT $1, sections.id, q.position, q.question_id, q.question_revision_id, q.planned_minutes
         FROM json_to_recordset($3::json) AS q(section_position int, position int, question_id uuid, question_revision_id uuid, planned_minutes int)
         JOIN sections ON sections.position = q.section_position`,
      [kitId, JSON.stringify(sections), JSON.stringify(questions)],
    );
  }
}

function scaleOf(input: KitInput) {
  return input.ratingScale?.length ? input.ratingScale : defaultRatingScale(input.ratingPoints ?? undefined);
}
