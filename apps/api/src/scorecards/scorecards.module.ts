import { Module } from '@nestjs/common';
import { InterviewsModule } from '../interviews/interviews.module';
import { InterviewScorecardsResolver, ScorecardsResolver } from './scorecards.resolver';
import { ScorecardsService } from './scorecards.service';

@Module({ imports: [InterviewsModule], providers: [ScorecardsResolver, InterviewScorecardsResolver, ScorecardsService] })
export class ScorecardsModule {}
