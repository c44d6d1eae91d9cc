// What other features use of the question bank.
export { Highlight } from './components/Highlight';
export { ListEditor } from './components/ListEditor';
export { PROTECTED_EXPLANATION, ProtectedFindings } from './components/ProtectedFindings';
export { QuestionChips, RubricIndicator } from './components/QuestionChips';
export { RichText } from './components/RichText';
export { SEARCH_DEBOUNCE_MS } from './hooks/useBankSearch';
export { canEditBank } from './utils/question-access';
export { BankResultsSection } from './components/BankResultsSection';
export { BankSearchBox } from './components/BankSearchBox';
export { FacetFilters } from './components/FacetFilters';
export { NotAllowedToEdit } from './components/NotAllowedToEdit';
export { OldRevisionBanner } from './components/OldRevisionBanner';
export { QuestionAside } from './components/QuestionAside';
export { QuestionEditor } from './components/QuestionEditor';
export { QuestionRevisionView } from './components/QuestionRevisionView';
export { QuestionStatusActions } from './components/QuestionStatusActions';
export { useBankBrowser } from './hooks/useBankBrowser';
export { useQuestionPage } from './hooks/useQuestionPage';
