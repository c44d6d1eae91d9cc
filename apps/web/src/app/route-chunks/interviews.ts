// An interviewer's work: their interviews and interview mode (scoring).
export { InterviewPage } from '../../pages/interview/InterviewPage';
export { MyInterviewsPage } from '../../pages/my-interviews/MyInterviewsPage';
