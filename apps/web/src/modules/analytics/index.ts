export { CalibrationSection } from './components/CalibrationSection';
export { ReliabilitySection } from './components/ReliabilitySection';
