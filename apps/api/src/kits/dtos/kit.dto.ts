import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { KitWarningCode } from '@panelist/kits';
import { QuestionRevisionDto } from '../../questions/dtos/question-revision.dto';

export const KitStatusEnum = { ACTIVE: 'ACTIVE', ARCHIVED: 'ARCHIVED' } as const;
export type KitStatus = keyof typeof KitStatusEnum;
registerEnumType(KitStatusEnum, { name: 'KitStatus' });

export const KitWarningCodeEnum = {
  OVER_TIME: 'OVER_TIME',
  EMPTY_SECTION: 'EMPTY_SECTION',
  NO_RUBRIC: 'NO_RUBRIC',
  NO_QUESTIONS: 'NO_QUESTIONS',
  WEIGHT_WITHOUT_SECTION: 'WEIGHT_WITHOUT_SECTION',
} as const satisfies Record<KitWarningCode, KitWarningCode>;
registerEnumType(KitWarningCodeEnum, { name: 'KitWarningCode' });

@ObjectType('RatingPoint', { description: 'A point of the rating scale with the behaviour that earns it.' })
export class RatingPointDto {
  @Field(() => Int) value!: number;
  @Field() label!: string;
  @Field() anchor!: string;
}

@ObjectType('CompetencyWeight')
export class CompetencyWeightDto {
  @Field() competency!: string;
  @Field(() => Float, { description: '0 to 10; the composite score weighs competencies by it.' }) weight!: number;
}

@ObjectType('KitQuestion', { description: 'A question in a kit, pinned to the revision that was added.' })
export class KitQuestionDto {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => Int) plannedMinutes!: number;
  @Field(() => ID) questionId!: string;
  @Field(() => QuestionRevisionDto, { description: 'The pinned revision: what interviewers see and score.' })
  revision!: QuestionRevisionDto;
  @Field(() => Int, { description: "The bank question's current revision number." }) currentRevision!: number;
  @Field({ description: 'The bank has a newer revision than the pinned one.' }) newerRevisionAvailable!: boolean;
  @Field({ description: 'The bank question was archived after it was added.' }) archived!: boolean;
}

@ObjectType('KitSection')
export class KitSectionDto {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() competency!: string;
  @Field() title!: string;
  @Field(() => [KitQuestionDto]) questions!: KitQuestionDto[];
}

@ObjectType('KitWarning')
export class KitWarningDto {
  @Field(() => KitWarningCodeEnum) code!: KitWarningCode;
  @Field() message!: string;
  @Field(() => Int, { nullable: true }) sectionIndex!: number | null;
  @Field(() => ID, { nullable: true }) questionId!: string | null;
}

@ObjectType('KitSummary', { description: 'Planned time, competencies covered and missing, and warnings.' })
export class KitSummaryDto {
  @Field(() => Int) totalMinutes!: number;
  @Field(() => Int) questionCount!: number;
  @Field(() => [String]) competenciesCovered!: string[];
  @Field(() => [String]) competenciesMissing!: string[];
  @Field(() => [KitWarningDto]) warnings!: KitWarningDto[];
}

@ObjectType('Kit', { description: 'What an interviewer holds during one interview round for a role.' })
export class KitDto {
  @Field(() => ID) id!: string;
  @Field() roleName!: string;
  @Field() title!: string;
  @Field(() => Int) interviewMinutes!: number;
  @Field({ description: 'Notes for interviewers, shown before the first question.' }) notes!: string;
  @Field(() => [RatingPointDto]) ratingScale!: RatingPointDto[];
  @Field(() => [CompetencyWeightDto]) competencyWeights!: CompetencyWeightDto[];
  @Field(() => KitStatusEnum) status!: KitStatus;
  @Field(() => Int, { description: 'Send it back with a save; a stale version is a CONFLICT.' }) version!: number;
  @Field(() => ID, { nullable: true }) clonedFromId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field({ description: 'No job round or interview uses the kit, so it can be deleted rather than archived.' }) deletable!: boolean;
  /** The sections when the kit was loaded with them (one statement); else the `sections` field loads them. */
  loadedSections?: KitSectionDto[];
}

@ObjectType('KitReference', { description: 'A kit that uses a question.' })
export class KitReferenceDto {
  @Field(() => ID) id!: string;
  @Field() roleName!: string;
  @Field() title!: string;
  @Field(() => Int) pinnedRevision!: number;
}
