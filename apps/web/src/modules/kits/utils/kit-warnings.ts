import type { KitWarning } from '@panelist/kits';
import { plural } from '../../format';
import { findQuestion, sectionName, type KitDraft } from './kit-draft';

export interface WarningItem {
  key: string;
  code: KitWarning['code'];
  text: string;
  /** The questions the warning is about, by prompt (questions without a rubric). */
  questions: string[];
}

/**
 * The summary's warnings as the builder shows them: one "no rubric" warning that names every such
 * question instead of one identical line per question, and sections by their readable names.
 */
export function warningItems(warnings: readonly KitWarning[], draft: KitDraft): WarningItem[] {
  const items: WarningItem[] = [];
  const withoutRubric: string[] = [];
  for (const [index, warning] of warnings.entries()) {
    if (warning.code === 'NO_RUBRIC') {
      const place = warning.questionId ? findQuestion(draft, warning.questionId) : null;
      if (place) withoutRubric.push(draft.sections[place.section].questions[place.index].prompt);
      continue;
    }
    const section = warning.sectionIndex !== null ? draft.sections[warning.sectionIndex] : undefined;
    const text =
      warning.code === 'EMPTY_SECTION' && section && warning.sectionIndex !== null
        ? `The ${sectionName(section, warning.sectionIndex)} section has no questions.`
        : warning.message;
    items.push({ key: `${warning.code}-${index}`, code: warning.code, text, questions: [] });
  }
  if (withoutRubric.length) {
    items.push({
      key: 'NO_RUBRIC',
      code: 'NO_RUBRIC',
      text: `${withoutRubric.length === 1 ? 'One question has' : `${plural(withoutRubric.length, 'question')} have`} no Look-for or Red-flag points: interviewers will score ${withoutRubric.length === 1 ? 'it' : 'them'} without anchors.`,
      questions: withoutRubric,
    });
  }
  return items;
}
