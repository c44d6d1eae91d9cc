import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  isBankParseError,
  parseBank,
  planExactMatches,
  planImport,
  planNearDuplicates,
  type BankFormat,
  type ImportPlan,
  type ImportPlanItem,
  type MarkdownInterpretation,
  type ParseBankOptions,
  type ParsedBank,
  type QuestionDraft,
} from '@panelist/question-bank';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import { QuestionWriter, type NewQuestion } from '../questions/question-writer';
import { BankReader } from './bank-reader';
import * as bankImports from './bank-imports.repository';
import type { DraftSummary, ImportRecord, StoredPlan } from './bank-imports.repository';
import type { BankImportDto, ImportResultDto } from './dtos/bank-import.dto';
import type { DuplicateAction, ImportDecisionInput } from './dtos/bank-import.input';
import { insertInBatches } from './insert-in-batches';

function draftSummary(draft: QuestionDraft): DraftSummary {
  return {
    type: draft.classification.type.value,
    difficulty: draft.classification.difficulty.value,
    tags: draft.classification.tags.map((tag) => tag.value),
    rubricPoints: draft.rubric.lookFor.length + draft.rubric.redFlags.length,
  };
}

export interface FileImportOptions {
  fileName: string;
  content: Uint8Array;
  format?: BankFormat | null;
  /** Markdown only; default auto. */
  interpretation?: MarkdownInterpretation | null;
}

const sha256 = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

/**
 * Imports are previewed (parsed, compared with the bank, stored), then committed in one transaction
 * with a person's decision for each possible duplicate. Re-importing a file changes nothing.
 */
@Injectable()
export class BankImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writer: QuestionWriter,
    private readonly audit: AuditService,
    private readonly reader: BankReader,
  ) {}

  async preview(principal: Principal, file: FileImportOptions): Promise<BankImportDto> {
    // An upload is read in a worker thread with a deadline; the command line reads in its own process (parse).
    const parsed = await this.reader.read(file.content, this.readOptions(file));
    const plan = planImport(parsed, await this.loadBank(this.db.manager, principal.organizationId, parsed.drafts));
    const hash = sha256(file.content);
    const alreadyImported = await bankImports.alreadyImported(this.db, principal.organizationId, hash);
    const items = plan.items.map((item) => ({ ...item, ...draftSummary(parsed.drafts[item.index]) }));
    const stored: StoredPlan = { plan: { ...plan, items }, drafts: parsed.drafts, alreadyImported, report: parsed.report };
    const id = await bankImports.insertPreviewRow(
      this.db,
      {
        organizationId: principal.organizationId,
        fileName: file.fileName,
        format: parsed.format,
        sha256: hash,
        createdBy: principal.userId,
      },
      stored,
    );
    return this.get(principal.organizationId, id);
  }

  async get(organizationId: string, id: string): Promise<BankImportDto> {
    const row = await bankImports.find(this.db, organizationId, id);
    if (!row) throw AppError.notFound('That import', 'id');
    return toDto(row);
  }

  async list(organizationId: string): Promise<BankImportDto[]> {
    return (await bankImports.latest(this.db, organizationId)).map(toDto);
  }

  /**
   * Applies a preview with the person's decisions, all in one transaction: the drafts stored with the
   * preview, so the commit reads the file exactly as the preview did (same interpretation).
   */
  async commit(
    principal: Principal,
    id: string,
    decisions: ImportDecisionInput[],
    options: { confirmLowYield?: boolean } = {},
  ): Promise<BankImportDto> {
    await this.db.transaction(async (db) => {
      const row = await bankImports.lock(db, principal.organizationId, id);
      if (!row) throw AppError.notFound('That import', 'id');
      if (row.status !== 'PREVIEW') throw AppError.conflict(`This import was already ${row.status.toLowerCase()}.`, 'id');
      // Someone migrating a bank must not import 4 questions of 211 without saying so.
      if (row.plan.report?.lowYield && !options.confirmLowYield) {
        const { questions, candidateBlocks } = row.plan.report;
        throw AppError.badInput(
          'confirmLowYield',
          `The file gave ${questions} questions from ${candidateBlocks} blocks that could each be one. Try another interpretation, or confirm the import as it is.`,
        );
      }
      const chosen = validateDecisions(row.plan.plan, decisions);
      const result = await this.apply(
        db,
        principal.organizationId,
        principal.userId,
        id,
        row.plan.plan,
        row.plan.drafts ?? [],
        chosen,
        false,
      );
      await bankImports.markCommittedRow(db, id, result);
      await this.audit.record(
        {
          organizationId: principal.organizationId,
          actorId: principal.userId,
          action: 'bank.imported',
          target: { type: 'bank_import', id },
        },
        db,
      );
    });
    return this.get(principal.organizationId, id);
  }

  async discard(principal: Principal, id: string): Promise<BankImportDto> {
    const affected = await bankImports.markDiscardedRow(this.db, principal.organizationId, id);
    const current = await this.get(principal.organizationId, id);
    if (affected === 0 && current.status !== 'DISCARDED') throw AppError.conflict('This import was already committed.', 'id');
    return current;
  }

  /**
   * Non-interactive import (CLI, first start, benchmark): possible duplicates are kept and listed on
   * the bank-health page for a person to review. With dryRun nothing is written.
   */
  async importFile(
    organizationId: string,
    file: FileImportOptions,
    options: { dryRun?: boolean } = {},
  ): Promise<{ plan: ImportPlan; result: ImportResultDto | null }> {
    const parsed = this.parse(file);
    if (options.dryRun)
      return { plan: planImport(parsed, await this.loadBank(this.db.manager, organizationId, parsed.drafts)), result: null };
    return this.db.transaction(async (db) => {
      // One import per organization at a time, so two runs of the same file cannot both insert.
      await bankImports.lockOrganization(db, organizationId);
      const bank = await this.loadBank(db, organizationId, parsed.drafts);
      // Every possible duplicate is kept, so exact matches alone say which drafts become questions:
      // the near-duplicate search (all Node) runs while PostgreSQL inserts them.
      const exactPlan = planExactMatches(parsed, bank.exact);
      const hash = sha256(file.content);
      const id = await bankImports.insertCommittedRow(
        db,
        { organizationId, fileName: file.fileName, format: parsed.format, sha256: hash },
        { plan: { ...exactPlan, items: [] }, alreadyImported: false },
      );
      let plan = exactPlan;
      const inserted = await this.insertNew(db, organizationId, null, id, exactPlan, parsed.drafts, new Map(), () => {
        plan = planNearDuplicates(parsed, exactPlan, bank.questions);
      });
      const keepAll = new Map(plan.items.filter((i) => i.outcome === 'POSSIBLE_DUPLICATE').map((i) => [i.index, 'KEEP_BOTH' as const]));
      const result = await this.settle(db, organizationId, id, plan, keepAll, inserted, true);
      await bankImports.setResult(db, id, { plan: { ...plan, items: [] }, alreadyImported: false }, result);
      await this.audit.record(
        {
          organizationId,
          actorLabel: 'operator (command line)',
          action: 'bank.imported',
          target: { type: 'bank_import', id },
          details: { fileName: file.fileName },
        },
        db,
      );
      return { plan, result };
    });
  }

  private parse(file: FileImportOptions): ParsedBank {
    try {
      return parseBank(file.content, this.readOptions(file));
    } catch (error) {
      if (isBankParseError(error)) throw AppError.badInput('file', error.message);
      throw error;
    }
  }

  private readOptions(file: FileImportOptions): ParseBankOptions {
    // Near duplicates are looked for by planImport, against the bank and within the file at once.
    return {
      fileName: file.fileName,
      format: file.format ?? undefined,
      interpretation: file.interpretation ?? undefined,
      nearDuplicates: false,
    };
  }

  /** What planning needs from the bank: every prompt (for near duplicates) and the drafts' exact matches. */
  private async loadBank(db: EntityManager, organizationId: string, drafts: QuestionDraft[]) {
    const [questions, exact] = await Promise.all([
      bankImports.bankPrompts(db, organizationId),
      bankImports.exactMatches(
        db,
        organizationId,
        drafts.map((draft) => draft.fingerprint),
      ),
    ]);
    return { questions, exact: exact.map(({ sourceKeys, ...question }) => ({ ...question, sourceKeys: new Set(sourceKeys) })) };
  }

  private async apply(
    db: EntityManager,
    organizationId: string,
    userId: string | null,
    importId: string,
    plan: ImportPlan,
    drafts: QuestionDraft[],
    decisions: Map<number, DuplicateAction>,
    recordSuggestions: boolean,
  ): Promise<ImportResultDto> {
    const inserted = await this.insertNew(db, organizationId, userId, importId, plan, drafts, decisions);
    return this.settle(db, organizationId, importId, plan, decisions, inserted, recordSuggestions);
  }

  /** Inserts the new questions of a plan (and the possible duplicates kept); `meanwhile` runs while PostgreSQL writes. */
  private insertNew(
    db: EntityManager,
    organizationId: string,
    userId: string | null,
    importId: string,
    plan: ImportPlan,
    drafts: QuestionDraft[],
    decisions: Map<number, DuplicateAction>,
    meanwhile?: () => void,
  ) {
    const creates: NewQuestion[] = toInsert(plan, decisions).map((item) => ({ content: drafts[item.index], sources: item.sources }));
    return insertInBatches(db, { organizationId, userId, importId }, creates, meanwhile);
  }

  /** After the inserts: merges, the sources of existing questions, suggestions, the search indexes; answers the counts. */
  private async settle(
    db: EntityManager,
    organizationId: string,
    importId: string,
    plan: ImportPlan,
    decisions: Map<number, DuplicateAction>,
    { ids: created, sourcesAdded: createdSources }: { ids: Map<string, string>; sourcesAdded: number },
    recordSuggestions: boolean,
  ): Promise<ImportResultDto> {
    const creates = toInsert(plan, decisions);
    // Someone may have added the same question since the preview: it then merges instead.
    const raced = creates.filter((item) => !created.has(item.fingerprint)).map((item) => item.fingerprint);
    const existing = new Map(created);
    if (raced.length > 0) {
      const rows = await bankImports.idsByFingerprint(db, organizationId, raced);
      for (const row of rows) existing.set(row.fingerprint, row.id);
    }
    const targets = new Map<number, string>();
    const targetOf = (item: ImportPlanItem): string | undefined => {
      if (targets.has(item.index)) return targets.get(item.index);
      let target: string | undefined;
      if (item.existingQuestionId) target = item.existingQuestionId;
      else if (item.outcome === 'POSSIBLE_DUPLICATE' && decisions.get(item.index) === 'MERGE') {
        const [best] = item.similar;
        target = best.questionId ?? (best.draftIndex !== null ? targetOf(plan.items[best.draftIndex]) : undefined);
      } else target = existing.get(item.fingerprint);
      if (target) targets.set(item.index, target);
      return target;
    };
    // New questions got their sources with them; the rest adds sources to existing questions.
    const sources = plan.items
      .filter((item) => item.outcome !== 'UNCHANGED' && !created.has(item.fingerprint))
      .flatMap((item) => {
        const questionId = targetOf(item);
        return questionId ? item.sources.map((source) => ({ questionId, source })) : [];
      });
    const sourcesAdded = createdSources + (await this.writer.addSources(db, organizationId, importId, sources));
    if (recordSuggestions) await this.recordSuggestions(db, organizationId, plan, targetOf);
    if (created.size > 0) await this.writer.settleSearchIndexes(db);
    const mergedByDecision = plan.items.filter((item) => decisions.get(item.index) === 'MERGE').length;
    return {
      created: created.size,
      merged: plan.items.filter((item) => item.outcome === 'MERGED').length + mergedByDecision + raced.length,
      sourcesAdded,
      unchanged: plan.items.filter((item) => item.outcome === 'UNCHANGED').length,
    };
  }

  /** Possible duplicates nobody decided on wait on the bank-health page. */
  private async recordSuggestions(
    db: EntityManager,
    organizationId: string,
    plan: ImportPlan,
    targetOf: (item: ImportPlanItem) => string | undefined,
  ): Promise<void> {
    const pairs = plan.items
      .filter((item) => item.outcome === 'POSSIBLE_DUPLICATE')
      .flatMap((item) =>
        item.similar.map((similar) => {
          const other = similar.questionId ?? (similar.draftIndex !== null ? targetOf(plan.items[similar.draftIndex]) : undefined);
          return { a: targetOf(item) ?? '', b: other ?? '', score: similar.score };
        }),
      )
      .filter((pair) => pair.a && pair.b);
    await this.writer.recordDuplicateSuggestions(db, organizationId, pairs);
  }
}

/** The items that become questions: new ones, and possible duplicates a person (or keep-all) keeps. */
function toInsert(plan: ImportPlan, decisions: Map<number, DuplicateAction>): ImportPlanItem[] {
  return plan.items.filter(
    (item) => item.outcome === 'NEW' || (item.outcome === 'POSSIBLE_DUPLICATE' && decisions.get(item.index) === 'KEEP_BOTH'),
  );
}

function validateDecisions(plan: ImportPlan, decisions: ImportDecisionInput[]): Map<number, DuplicateAction> {
  const pending = new Set(plan.items.filter((item) => item.outcome === 'POSSIBLE_DUPLICATE').map((item) => item.index));
  const chosen = new Map<number, DuplicateAction>();
  for (const decision of decisions) {
    if (!pending.has(decision.index)) {
      throw AppError.badInput(
        'decisions',
        `Question ${decision.index + 1} of the preview is not a possible duplicate; it needs no decision.`,
      );
    }
    chosen.set(decision.index, decision.action);
  }
  const undecided = [...pending].filter((index) => !chosen.has(index));
  if (undecided.length > 0) {
    throw AppError.badInput(
      'decisions',
      `Decide keep both or merge for every possible duplicate: ${undecided.length} still open (first: question ${undecided[0] + 1}).`,
    );
  }
  return chosen;
}

function toDto(row: ImportRecord): BankImportDto {
  const { plan, alreadyImported, report } = row.plan;
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    status: row.status,
    alreadyImported,
    summary: plan.summary,
    skipped: plan.skipped,
    items: plan.items,
    report: report ?? null,
    result: row.result,
    createdAt: row.createdAt,
    committedAt: row.committedAt,
  };
}
