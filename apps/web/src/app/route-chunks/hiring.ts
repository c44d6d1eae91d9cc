// Hiring: jobs, candidates and their interview loops.
export { CandidatePage } from '../../pages/candidate/CandidatePage';
export { CandidatesPage } from '../../pages/candidates/CandidatesPage';
export { JobPage } from '../../pages/job/JobPage';
export { EditJobPage, NewJobPage } from '../../pages/job-edit/JobEditPage';
export { JobsPage } from '../../pages/jobs/JobsPage';
export { LoopPage } from '../../pages/loop/LoopPage';
