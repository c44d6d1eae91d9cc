import { ratingScaleProblems, type FieldProblem, type RatingPoint } from './rating-scale';

export const MAX_PLANNED_MINUTES = 120;
export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 10;

export interface KitQuestionPlan {
  questionId: string;
  plannedMinutes: number;
  /** Has Look-for or Red-flag points to score against. */
  hasRubric: boolean;
}

export interface KitSectionPlan {
  competency: string;
  questions: KitQuestionPlan[];
}

export interface KitPlan {
  interviewMinutes: number;
  ratingScale: RatingPoint[];
  competencyWeights: Array<{ competency: string; weight: number }>;
  sections: KitSectionPlan[];
}

export type KitWarningCode = 'OVER_TIME' | 'EMPTY_SECTION' | 'NO_RUBRIC' | 'NO_QUESTIONS' | 'WEIGHT_WITHOUT_SECTION';

export interface KitWarning {
  code: KitWarningCode;
  message: string;
  sectionIndex: number | null;
  questionId: string | null;
}

export interface KitSummary {
  totalMinutes: number;
  questionCount: number;
  /** Competencies with at least one question, in section order. */
  competenciesCovered: string[];
  /** Competencies the kit names (a section or a weight) that no question covers. */
  competenciesMissing: string[];
  warnings: KitWarning[];
}

/** Mistakes that stop a kit from being saved; each names the field it is about. */
export function kitProblems(kit: KitPlan): FieldProblem[] {
  const problems: FieldProblem[] = [...ratingScaleProblems(kit.ratingScale)];
  if (!Number.isInteger(kit.interviewMinutes) || kit.interviewMinutes < 5 || kit.interviewMinutes > 480) {
    problems.push({ field: 'interviewMinutes', message: 'The interview length must be 5 to 480 minutes.' });
  }
  const seen = new Map<string, string>();
  kit.sections.forEach((section, s) => {
    if (!section.competency.trim()) problems.push({ field: `sections.${s}.competency`, message: `Section ${s + 1} needs a competency.` });
    section.questions.forEach((question, q) => {
      const field = `sections.${s}.questions.${q}`;
      if (!Number.isInteger(question.plannedMinutes) || question.plannedMinutes < 0 || question.plannedMinutes > MAX_PLANNED_MINUTES) {
        problems.push({
          field: `${field}.plannedMinutes`,
          message: `Planned minutes must be a whole number from 0 to ${MAX_PLANNED_MINUTES}.`,
        });
      }
      const first = seen.get(question.questionId);
      if (first) problems.push({ field: `${field}.questionId`, message: `This question is already in the kit (${first}).` });
      else seen.set(question.questionId, `section ${s + 1}, question ${q + 1}`);
    });
  });
  const weighted = new Set<string>();
  kit.competencyWeights.forEach(({ competency, weight }, w) => {
    if (weight < MIN_WEIGHT || weight > MAX_WEIGHT || !Number.isFinite(weight)) {
      problems.push({ field: `competencyWeights.${w}.weight`, message: `A weight must be between ${MIN_WEIGHT} and ${MAX_WEIGHT}.` });
    }
    if (weighted.has(competency))
      problems.push({ field: `competencyWeights.${w}.competency`, message: `${competency} is weighted twice.` });
    weighted.add(competency);
  });
  return problems;
}

/** What the builder shows beside the kit: time used, competencies, and what to look at again. */
export function summarizeKit(kit: KitPlan): KitSummary {
  const warnings: KitWarning[] = [];
  const totalMinutes = kit.sections.reduce((sum, s) => sum + s.questions.reduce((m, q) => m + q.plannedMinutes, 0), 0);
  const questionCount = kit.sections.reduce((sum, s) => sum + s.questions.length, 0);
  if (totalMinutes > kit.interviewMinutes) {
    warnings.push({
      code: 'OVER_TIME',
      message: `The questions plan ${totalMinutes} minutes for a ${kit.interviewMinutes}-minute interview (${totalMinutes - kit.interviewMinutes} over).`,
      sectionIndex: null,
      questionId: null,
    });
  }
  if (questionCount === 0)
    warnings.push({ code: 'NO_QUESTIONS', message: 'The kit has no questions yet.', sectionIndex: null, questionId: null });
  kit.sections.forEach((section, index) => {
    if (section.questions.length === 0) {
      warnings.push({
        code: 'EMPTY_SECTION',
        message: `The ${section.competency} section has no questions.`,
        sectionIndex: index,
        questionId: null,
      });
    }
    for (const question of section.questions) {
      if (!question.hasRubric) {
        warnings.push({
          code: 'NO_RUBRIC',
          message: 'A question has no Look-for or Red-flag points: interviewers will score it without anchors.',
          sectionIndex: index,
          questionId: question.questionId,
        });
      }
    }
  });
  const covered = unique(kit.sections.filter((s) => s.questions.length > 0).map((s) => s.competency));
  const named = unique([
    ...kit.sections.map((s) => s.competency),
    ...kit.competencyWeights.filter((w) => w.weight > 0).map((w) => w.competency),
  ]);
  const sectioned = new Set(kit.sections.map((s) => s.competency));
  for (const { competency, weight } of kit.competencyWeights) {
    if (weight > 0 && !sectioned.has(competency)) {
      warnings.push({
        code: 'WEIGHT_WITHOUT_SECTION',
        message: `${competency} has a weight but no section, so nothing will be scored for it.`,
        sectionIndex: null,
        questionId: null,
      });
    }
  }
  return {
    totalMinutes,
    questionCount,
    competenciesCovered: covered,
    competenciesMissing: named.filter((c) => !covered.includes(c)),
    warnings,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
