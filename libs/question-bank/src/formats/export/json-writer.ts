import type { QuestionDraft } from '../../model';
import { PANELIST_BANK_FORMAT, PANELIST_BANK_VERSION } from '../panelist-json';
import type { ExportPagePosition } from './export-page';

/**
 * The fields of a draft in export order (stable keys, whatever order the caller built them in). A question
 * written in Panelist has no sources: the key is left out, since the reader wants a non-empty list or none.
 */
export function exportedQuestion(draft: QuestionDraft): Omit<QuestionDraft, 'sources'> & { sources?: QuestionDraft['sources'] } {
  const question = {
    fingerprint: draft.fingerprint,
    prompt: draft.prompt,
    code: draft.code,
    category: draft.category,
    ...(draft.label ? { label: draft.label } : {}),
    followUps: draft.followUps,
    rubric: draft.rubric,
    classification: draft.classification,
  };
  return draft.sources.length > 0 ? { ...question, sources: draft.sources } : question;
}

/** A function, not a constant: panelist-json.ts (which exports the names) imports this module. */
const opening = () => `{\n  "format": ${JSON.stringify(PANELIST_BANK_FORMAT)},\n  "version": ${PANELIST_BANK_VERSION},\n  "questions": [`;

/** A page of the Panelist JSON file; the pages together are exactly JSON.stringify(file, null, 2). */
export function jsonPage(drafts: QuestionDraft[], position: ExportPagePosition): string {
  const questions = drafts.map((draft) => `    ${JSON.stringify(exportedQuestion(draft), null, 2).replace(/\n/g, '\n    ')}`);
  let page = position.first ? opening() : '';
  if (questions.length > 0) page += `${position.first ? '\n' : ',\n'}${questions.join(',\n')}`;
  if (position.last) page += position.first && questions.length === 0 ? ']\n}\n' : '\n  ]\n}\n';
  return page;
}
