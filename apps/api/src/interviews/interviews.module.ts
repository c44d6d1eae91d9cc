import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { JobsModule } from '../jobs/jobs.module';
import { KitsModule } from '../kits/kits.module';
import { CandidateLoopsResolver, InterviewLoopsResolver, JobLoopsResolver } from './interview-loops.resolver';
import { InterviewQuestionResolver, InterviewsResolver } from './interviews.resolver';
import { InterviewsService } from './interviews.service';

@Module({
  imports: [AuthModule, JobsModule, CandidatesModule, KitsModule],
  providers: [
    InterviewsResolver,
    InterviewQuestionResolver,
    InterviewLoopsResolver,
    JobLoopsResolver,
    CandidateLoopsResolver,
    InterviewsService,
  ],
  exports: [InterviewsService],
})
export class InterviewsModule {}
