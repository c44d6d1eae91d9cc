export {
  AutosaveEngine,
  DEFAULT_RETRY_DELAYS_MS,
  type AutosaveOptions,
  type AutosaveSnapshot,
  type AutosaveStatus,
  type FailureKind,
  type MergeResult,
  type PendingRecord,
  type PendingStore,
  type SaveFailure,
  type Saved,
  type SaveResult,
} from './autosave-engine';
