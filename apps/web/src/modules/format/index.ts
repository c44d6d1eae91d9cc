// Formatting helpers shared by every feature: dates, counts, competency and question labels.
export { formatDate, formatDateTime } from './utils/dates';
export { categoryLabel, competencyKey, competencyLabel, plural } from './utils/text';
export {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  FIELD_LABELS,
  QUESTION_TYPES,
  TYPE_LABELS,
  classifiedDifficultyLabel,
  classifiedTypeLabel,
  fieldLabel,
  isDifficulty,
  isQuestionType,
} from './utils/question-labels';
