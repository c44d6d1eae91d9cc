import { Field, Int, ObjectType } from '@nestjs/graphql';
import { QuestionDto } from '../questions/dtos/question.dto';

@ObjectType('DuplicatePair', { description: 'Two active questions whose prompts are very similar.' })
export class DuplicatePairDto {
  @Field(() => QuestionDto) a!: QuestionDto;
  @Field(() => QuestionDto) b!: QuestionDto;
  @Field({ description: 'Similarity of the prompts, 0 to 1.' }) score!: number;
}

@ObjectType('BankHealth', { description: 'What to fix in the bank before it is used in interviews.' })
export class BankHealthDto {
  @Field(() => Int, { description: 'Active questions with neither Look-for nor Red-flag points.' }) missingRubricCount!: number;
  @Field(() => [QuestionDto], { description: 'The first 100 of them, most recently changed first.' }) missingRubric!: QuestionDto[];
  @Field(() => [DuplicatePairDto]) possibleDuplicates!: DuplicatePairDto[];
  @Field(() => [QuestionDto], {
    description: 'Questions whose prompt or model answer may invite disclosure of a protected characteristic.',
  })
  protectedCharacteristics!: QuestionDto[];
}
