import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { KitSnapshot } from '@panelist/kits';
import type { ScorecardStatus } from '@panelist/scorecards';
import { CompetencyWeightDto, RatingPointDto } from '../../kits/dtos/kit.dto';
import { PersonDto } from '../../users/dtos/person.dto';
import type { ScorecardDto } from '../../scorecards/dtos/scorecard.dto';

export const ScorecardStatusEnum = { PENDING: 'PENDING', DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED' } as const satisfies Record<
  ScorecardStatus,
  ScorecardStatus
>;
registerEnumType(ScorecardStatusEnum, {
  name: 'ScorecardStatus',
  valuesMap: {
    PENDING: { description: 'Not started.' },
    DRAFT: { description: 'Being written; visible only to its author.' },
    SUBMITTED: { description: 'Locked; changed only by an amendment with a reason.' },
  },
});

@ObjectType('InterviewQuestion', { description: 'A question of the interview’s kit, at the revision that is asked.' })
export class InterviewQuestionDto {
  @Field(() => ID) questionId!: string;
  @Field(() => Int, { description: 'Position in the whole interview, from 0.' }) position!: number;
  @Field() competency!: string;
  @Field(() => Int) plannedMinutes!: number;
  /** The revision asked; the `revision` field loads it only when selected. */
  revisionId!: string;
}

@ObjectType('InterviewSection')
export class InterviewSectionDto {
  @Field() competency!: string;
  @Field() title!: string;
  @Field(() => [InterviewQuestionDto]) questions!: InterviewQuestionDto[];
}

@ObjectType('InterviewKit', { description: 'The kit as it was when the interview was scheduled: later kit edits do not change it.' })
export class InterviewKitDto {
  @Field(() => ID) kitId!: string;
  @Field() title!: string;
  @Field() roleName!: string;
  @Field(() => Int) interviewMinutes!: number;
  @Field() notes!: string;
  @Field(() => [RatingPointDto]) ratingScale!: RatingPointDto[];
  @Field(() => [CompetencyWeightDto]) competencyWeights!: CompetencyWeightDto[];
  @Field(() => [InterviewSectionDto]) sections!: InterviewSectionDto[];
}

@ObjectType('PanelSeat', { description: 'One interviewer on an interview and how far their scorecard is: never its content.' })
export class PanelSeatDto {
  @Field(() => ID, { description: 'The scorecard id.' }) id!: string;
  @Field(() => ID) interviewId!: string;
  @Field(() => ID) loopId!: string;
  @Field(() => PersonDto) interviewer!: PersonDto;
  @Field(() => ScorecardStatusEnum) status!: ScorecardStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Int, { description: 'Amendments after the first submission.' }) amendments!: number;
}

@ObjectType('CandidateBrief', { description: 'Who is being interviewed, without contact details.' })
export class CandidateBriefDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Interview')
export class InterviewDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) loopId!: string;
  @Field(() => ID) jobId!: string;
  @Field() jobTitle!: string;
  @Field(() => ID, { nullable: true }) roundId!: string | null;
  @Field(() => String, { nullable: true }) roundName!: string | null;
  @Field(() => CandidateBriefDto) candidate!: CandidateBriefDto;
  @Field(() => GraphQLISODateTime) scheduledAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => Int, { description: 'Send it back with changes; a stale version is a CONFLICT.' }) version!: number;
  kitSnapshot!: KitSnapshot;
  /** The caller's own scorecard when the list was loaded with it (one statement); else `myScorecard` loads it. */
  loadedMyScorecard?: ScorecardDto | null;
}

@ObjectType('OverdueScorecard', { description: 'A scorecard still not submitted after its interview ended: someone to remind.' })
export class OverdueScorecardDto {
  @Field(() => ID, { description: 'The scorecard id.' }) id!: string;
  @Field(() => ID) interviewId!: string;
  @Field(() => ID) loopId!: string;
  @Field() jobTitle!: string;
  @Field(() => String, { nullable: true }) roundName!: string | null;
  @Field(() => CandidateBriefDto) candidate!: CandidateBriefDto;
  @Field(() => PersonDto) interviewer!: PersonDto;
  @Field(() => ScorecardStatusEnum) status!: ScorecardStatus;
  @Field(() => GraphQLISODateTime, { description: 'When the interview was planned to end.' }) endedAt!: Date;
}
