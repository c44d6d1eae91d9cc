// An interviewer's work: their interviews and interview mode (scoring).
export { InterviewPage } from '../../pages/scorecards/InterviewPage';
export { MyInterviewsPage } from '../../pages/interviews/MyInterviewsPage';
