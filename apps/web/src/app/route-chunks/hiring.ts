// Hiring: jobs, candidates and their interview loops.
export { CandidatePage } from '../../pages/candidates/CandidatePage';
export { CandidatesPage } from '../../pages/candidates/CandidatesPage';
export { JobPage } from '../../pages/jobs/JobPage';
export { EditJobPage, NewJobPage } from '../../pages/jobs/JobEditPage';
export { JobsPage } from '../../pages/jobs/JobsPage';
export { LoopPage } from '../../pages/interviews/LoopPage';
