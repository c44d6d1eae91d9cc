// What other features use of the question bank.
export { Highlight } from './components/Highlight';
export { ListEditor } from './components/ListEditor';
export { PROTECTED_EXPLANATION } from './components/ProtectedFindings';
export { QuestionChips, RubricIndicator } from './components/QuestionChips';
export { RichText } from './components/RichText';
export { SEARCH_DEBOUNCE_MS } from './hooks/useBankSearch';
export { canEditBank } from './utils/question-access';
