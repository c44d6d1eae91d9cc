// The question bank: browsing, one question, writing and importing questions, bank health.
export { BankPage } from '../../pages/questions/BankPage';
export { BankHealthPage } from '../../pages/bank-health/BankHealthPage';
export { BankImportPage } from '../../pages/bank-imports/BankImportPage';
export { QuestionPage } from '../../pages/questions/QuestionPage';
export { EditQuestionPage, NewQuestionPage } from '../../pages/questions/QuestionEditPage';
