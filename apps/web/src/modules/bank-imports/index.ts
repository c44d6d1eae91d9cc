// What other features and the pages use of this module.
export { ImportWizard } from './components/ImportWizard';
