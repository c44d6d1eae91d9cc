import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Recommendation, ScorecardStatus } from '@panelist/scorecards';
import { ScorecardStatusEnum } from '../../interviews/dtos/interview.dto';
import { PersonDto } from '../../users/dtos/person.dto';

export const RecommendationEnum = { STRONG_NO: 'STRONG_NO', NO: 'NO', YES: 'YES', STRONG_YES: 'STRONG_YES' } as const satisfies Record<
  Recommendation,
  Recommendation
>;
registerEnumType(RecommendationEnum, { name: 'Recommendation', description: 'The overall call; there is deliberately no neutral option.' });

@ObjectType('ScorecardAnswer', { description: 'The rating of one question and the evidence behind it.' })
export class ScorecardAnswerDto {
  @Field(() => ID) questionId!: string;
  @Field(() => Int, { nullable: true }) rating!: number | null;
  @Field() notAsked!: boolean;
  @Field() notes!: string;
}

@ObjectType('CompetencyRating')
export class CompetencyRatingDto {
  @Field() competency!: string;
  @Field(() => Int, { nullable: true }) rating!: number | null;
}

@ObjectType('ScorecardContent', { description: 'What a scorecard said at one revision.' })
export class ScorecardContentDto {
  @Field(() => [ScorecardAnswerDto]) answers!: ScorecardAnswerDto[];
  @Field(() => [CompetencyRatingDto]) competencyRatings!: CompetencyRatingDto[];
  @Field(() => RecommendationEnum, { nullable: true }) recommendation!: Recommendation | null;
  @Field() summary!: string;
}

@ObjectType('Scorecard', { description: 'One interviewer’s ratings, notes and recommendation for one interview.' })
export class ScorecardDto extends ScorecardContentDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) interviewId!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => PersonDto) interviewer!: PersonDto;
  @Field(() => ScorecardStatusEnum) status!: ScorecardStatus;
  @Field(() => Int, { description: 'Send it back with every change; a stale version is a CONFLICT.' }) version!: number;
  @Field(() => Int, { description: '0 until submitted, 1 when submitted, +1 per amendment.' }) revision!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('ScorecardRevision', { description: 'A submitted or amended version of a scorecard. Append-only.' })
export class ScorecardRevisionDto {
  @Field(() => Int) revision!: number;
  @Field() reason!: string;
  @Field(() => ScorecardContentDto) content!: ScorecardContentDto;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
