import './ui.css';

export { Alert } from './components/Alert';
export { BrandMark } from './components/BrandMark';
export { CheckboxField } from './components/CheckboxField';
export { ConflictPanel } from './components/ConflictPanel';
export { CopyField } from './components/CopyField';
export { DataTable } from './components/DataTable';
export { Field } from './components/Field';
export { LoadingState } from './components/LoadingState';
export { PageHeading } from './components/PageHeading';
export { SelectField } from './components/SelectField';
export { TextAreaField } from './components/TextAreaField';
export { TextField } from './components/TextField';
export { describeExpiry, formatDateTime } from './utils/date-time';
