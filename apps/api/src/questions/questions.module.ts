import { Module } from '@nestjs/common';
import { QuestionSearchService } from './question-search.service';
import { QuestionWriter } from './question-writer';
import { QuestionsResolver } from './questions.resolver';
import { QuestionsService } from './questions.service';

@Module({
  providers: [QuestionsResolver, QuestionsService, QuestionSearchService, QuestionWriter],
  exports: [QuestionWriter, QuestionsService],
})
export class QuestionsModule {}
