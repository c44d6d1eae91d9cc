// The question bank: browsing, one question, writing and importing questions, bank health.
export { BankPage } from '../../pages/bank/BankPage';
export { BankHealthPage } from '../../pages/bank-health/BankHealthPage';
export { BankImportPage } from '../../pages/bank-import/BankImportPage';
export { QuestionPage } from '../../pages/bank-question/QuestionPage';
export { EditQuestionPage, NewQuestionPage } from '../../pages/bank-question-edit/QuestionEditPage';
