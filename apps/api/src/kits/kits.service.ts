import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { defaultRatingScale, kitProblems, type KitPlan } from '@panelist/kits';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import type { KitDto, KitQuestionDto, KitReferenceDto, KitSectionDto, KitStatus } from './dtos/kit.dto';
import type { KitInput } from './dtos/kit.input';
import * as kits from './kits.repository';
import type { BankQuestionInfo } from './kits.repository';

/** Kits of the caller's organization. A save replaces the sections in one transaction. */
@Injectable()
export class KitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private published(db: EntityManager, principal: Principal, kitId: string, details: { title: string; clonedFrom?: string }) {
    return this.audit.record(
      {
        organizationId: principal.organizationId,
        actorId: principal.userId,
        action: 'kit.published',
        target: { type: 'kit', id: kitId },
        details,
      },
      db,
    );
  }

  list(organizationId: string, status: KitStatus = 'ACTIVE'): Promise<KitDto[]> {
    return kits.list(this.db, organizationId, status);
  }

  async get(organizationId: string, id: string, db: EntityManager = this.db.manager): Promise<KitDto> {
    const kit = await kits.find(db, organizationId, id);
    if (!kit) throw AppError.notFound('That kit', 'id');
    return kit;
  }

  /** The kit with its sections, questions and pinned revisions in one statement (the kit page). */
  async getWithSections(organizationId: string, id: string): Promise<KitDto> {
    const kit = await kits.findWithSections(this.db, organizationId, id);
    if (!kit) throw AppError.notFound('That kit', 'id');
    const { sections, ...rest } = kit;
    return { ...rest, loadedSections: sections };
  }

  async create(principal: Principal, input: KitInput): Promise<KitDto> {
    const id = await this.db.transaction(async (db) => {
      const bank = await this.checkAgainstBank(db, principal.organizationId, input);
      const kitId = await kits.insert(db, { ...kitWrite(principal.organizationId, input), createdBy: principal.userId });
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
      const affected = await kits.update(db, { ...kitWrite(principal.organizationId, input), id, version });
      if (affected === 0) {
        throw AppError.conflict('Someone else saved this kit meanwhile. Reload to see their changes.', 'version');
      }
      // Questions already in the kit keep the revision they were pinned to.
      const pins = await kits.pins(db, id);
      await kits.clearSections(db, id);
      await this.writeSections(db, id, input, bank, pins);
    });
    return this.get(principal.organizationId, id);
  }

  async clone(principal: Principal, id: string): Promise<KitDto> {
    const cloneId = await this.db.transaction(async (db) => {
      const source = await this.get(principal.organizationId, id, db);
      const newId = await kits.clone(db, principal.organizationId, source.id, principal.userId);
      await this.published(db, principal, newId, { title: source.title, clonedFrom: source.id });
      return newId;
    });
    return this.get(principal.organizationId, cloneId);
  }

  async setStatus(principal: Principal, id: string, status: KitStatus): Promise<KitDto> {
    await this.db.transaction(async (db) => {
      await this.get(principal.organizationId, id, db);
      const changed = await kits.setStatus(db, principal.organizationId, id, status);
      if (changed > 0 && status === 'ARCHIVED') {
        await this.audit.record(
          { organizationId: principal.organizationId, actorId: principal.userId, action: 'kit.archived', target: { type: 'kit', id } },
          db,
        );
      }
    });
    return this.get(principal.organizationId, id);
  }

  /**
   * Deletes a kit nothing uses, with its sections and questions, in one transaction. The row is locked
   * first, so a job round or interview that takes the kit meanwhile either comes first (and the kit
   * stays) or fails.
   */
  async delete(principal: Principal, id: string, version: number | null): Promise<string> {
    await this.db.transaction(async (db) => {
      const kit = await kits.lock(db, principal.organizationId, id);
      if (!kit) throw AppError.notFound('That kit', 'id');
      if (version !== null && kit.version !== version) {
        throw AppError.conflict('Someone else changed this kit meanwhile. Reload it before deleting.', 'version');
      }
      if ((await kits.deleteUnused(db, principal.organizationId, id)) === 0) {
        throw AppError.conflict('A job round or an interview uses this kit, so it cannot be deleted. Archive it instead.');
      }
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'kit.deleted',
          target: { type: 'kit', id },
          details: { title: kit.title },
        },
        db,
      );
    });
    return id;
  }

  /** Re-pins one kit question to the bank's current revision. Scorecards keep what was asked. */
  async takeNewerRevision(principal: Principal, kitQuestionId: string): Promise<KitDto> {
    const kitId = await kits.repinToCurrent(this.db, principal.organizationId, kitQuestionId);
    if (!kitId) throw AppError.notFound('That kit question', 'kitQuestionId');
    return this.get(principal.organizationId, kitId);
  }

  /** Batch for DataLoader: the sections of each kit with their questions and pinned revisions (two statements). */
  async sectionsOf(kitIds: readonly string[]): Promise<KitSectionDto[][]> {
    const [sections, questions] = await Promise.all([kits.sectionsOf(this.db, kitIds), kits.questionsOf(this.db, kitIds)]);
    const bySection = new Map<string, KitQuestionDto[]>();
    for (const { sectionId, ...question } of questions) {
      const list = bySection.get(sectionId) ?? [];
      list.push(question);
      bySection.set(sectionId, list);
    }
    return kitIds.map((kitId) =>
      sections
        .filter((s) => s.kitId === kitId)
        .map(({ kitId: _kitId, ...section }) => ({ ...section, questions: bySection.get(section.id) ?? [] })),
    );
  }

  /** Batch for DataLoader: the active kits that use each question. */
  async kitsUsing(organizationId: string, questionIds: readonly string[]): Promise<KitReferenceDto[][]> {
    const rows = await kits.activeKitsUsing(this.db, organizationId, questionIds);
    return questionIds.map((id) => rows.filter((row) => row.questionId === id).map(({ questionId: _q, ...kit }) => kit));
  }

  /** Questions must be active questions of the caller's bank; the kit rules must hold. */
  private async checkAgainstBank(db: EntityManager, organizationId: string, input: KitInput): Promise<Map<string, BankQuestionInfo>> {
    const ids = input.sections.flatMap((section) => section.questions.map((question) => question.questionId));
    const bank = await kits.bankQuestions(db, organizationId, ids);
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
        questions: section.questions.map((question) => ({ ...question, hasRubric: bank.get(question.questionId)?.hasRubric ?? false })),
      })),
    };
    const [problem] = kitProblems(plan);
    if (problem) throw AppError.badInput(problem.field, problem.message);
    return bank;
  }

  private async writeSections(
    db: EntityManager,
    kitId: string,
    input: KitInput,
    bank: Map<string, BankQuestionInfo>,
    pins: Map<string, string>,
  ) {
    if (input.sections.length === 0) return;
    const sections = input.sections.map((section, position) => ({
      position,
      competency: section.competency.trim(),
      title: section.title.trim(),
    }));
    const questions = input.sections.flatMap((section, sectionPosition) =>
      section.questions.map((question, position) => ({
        sectionPosition,
        position,
        questionId: question.questionId,
        revisionId: pins.get(question.questionId) ?? bank.get(question.questionId)?.revisionId,
        plannedMinutes: question.plannedMinutes,
      })),
    );
    await kits.insertSectionsOf(db, kitId, sections, questions);
  }
}

function kitWrite(organizationId: string, input: KitInput): kits.KitWrite {
  return {
    organizationId,
    roleName: input.roleName.trim(),
    title: input.title.trim(),
    interviewMinutes: input.interviewMinutes,
    notes: input.notes,
    ratingScale: scaleOf(input),
    competencyWeights: input.competencyWeights,
  };
}

function scaleOf(input: KitInput) {
  return input.ratingScale?.length ? input.ratingScale : defaultRatingScale(input.ratingPoints ?? undefined);
}
