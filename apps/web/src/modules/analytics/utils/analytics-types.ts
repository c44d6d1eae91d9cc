import type { InterviewerCalibrationQuery, JobReliabilityQuery } from '../../../generated/graphql';

export type InterviewerCalibration = InterviewerCalibrationQuery['interviewerCalibration'][number];
export type JobReliability = JobReliabilityQuery['jobReliability'][number];
