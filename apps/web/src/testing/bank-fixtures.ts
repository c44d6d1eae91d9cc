import type { Difficulty, QuestionType } from '../generated/graphql';

/** Bank shapes as the API returns them, with the __typename Apollo's cache relies on. */
export function aSummary(
  overrides: Partial<{
    id: string;
    label: string | null;
    prompt: string;
    type: QuestionType;
    difficulty: Difficulty;
    tags: string[];
    hasLookFor: boolean;
    hasRedFlags: boolean;
  }> = {},
) {
  return {
    __typename: 'Question' as const,
    id: 'q-1',
    status: 'ACTIVE' as const,
    label: null as string | null,
    prompt: 'How would you monitor Kafka consumer lag?',
    type: 'TECHNICAL' as QuestionType,
    difficulty: 'MID' as Difficulty,
    competencies: ['reliability'],
    tags: ['Kafka'],
    hasLookFor: true,
    hasRedFlags: false,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function aRevision(
  overrides: Partial<{
    id: string;
    revision: number;
    label: string | null;
    prompt: string;
    lookFor: string[];
    redFlags: string[];
    changeNote: string | null;
    createdByName: string | null;
  }> = {},
) {
  const { lookFor = ['Tracks lag per partition'], redFlags = ['Restarts consumers until lag disappears'], ...rest } = overrides;
  return {
    __typename: 'QuestionRevision' as const,
    id: 'rev-1',
    questionId: 'q-1',
    revision: 1,
    label: null as string | null,
    prompt: 'How would you monitor Kafka consumer lag?',
    code: 'kafka-consumer-groups --describe --group payments',
    category: ['Platform', 'Streaming'],
    followUps: ['What would you alert on?'],
    rubric: {
      __typename: 'Rubric' as const,
      referenceAnswer: 'Export lag per partition and alert on its growth.',
      lookFor,
      redFlags,
      whatToExpect: 'A concrete metric and an alert.',
      interviewerGuidance: null,
      sampleAnswer: null,
    },
    type: 'TECHNICAL' as QuestionType,
    difficulty: 'MID' as Difficulty,
    competencies: ['reliability'],
    tags: ['Kafka'],
    classification: {
      __typename: 'QuestionClassification' as const,
      type: { __typename: 'ClassifiedValue' as const, value: 'technical', reason: 'technical knowledge by default' },
      competencies: [{ __typename: 'ClassifiedValue' as const, value: 'reliability', reason: 'matched "monitor"' }],
      tags: [{ __typename: 'ClassifiedValue' as const, value: 'Kafka', reason: 'matched "Kafka" in the prompt' }],
      difficulty: { __typename: 'ClassifiedValue' as const, value: 'mid', reason: 'mid by default' },
    },
    changeNote: null,
    createdByName: 'Hana Manager',
    createdAt: '2026-11-20T10:00:00.000Z',
    ...rest,
  };
}

type KitReference = { __typename: 'KitReference'; id: string; roleName: string; title: string; pinnedRevision: number };

export function aQuestion(
  overrides: Partial<{ version: number; currentRevision: number; current: ReturnType<typeof aRevision>; kits: KitReference[] }> = {},
) {
  const current = overrides.current ?? aRevision();
  return {
    __typename: 'Question' as const,
    id: 'q-1',
    status: 'ACTIVE' as const,
    version: overrides.version ?? 1,
    currentRevision: overrides.currentRevision ?? current.revision,
    prompt: current.prompt,
    type: current.type,
    difficulty: current.difficulty,
    competencies: current.competencies,
    tags: current.tags,
    category: current.category,
    hasLookFor: current.rubric.lookFor.length > 0,
    hasRedFlags: current.rubric.redFlags.length > 0,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: current.createdAt,
    protectedFindings: [],
    current,
    revisions: [
      {
        __typename: 'QuestionRevision' as const,
        id: current.id,
        revision: current.revision,
        changeNote: current.changeNote,
        createdByName: current.createdByName,
        createdAt: current.createdAt,
      },
    ],
    sources: [{ __typename: 'QuestionSource' as const, file: 'platform-bank.md', item: 1, line: 9, createdAt: '2026-11-20T10:00:00.000Z' }],
    kits: overrides.kits ?? [],
  };
}
