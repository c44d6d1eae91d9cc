import { Field, Float, GraphQLISODateTime, ID, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import type { Recommendation, ScorecardStatus } from '@panelist/scorecards';
import { HiringDecisionDto } from '../../hiring-decisions/dtos/hiring-decision.dto';
import { CandidateBriefDto, ScorecardStatusEnum } from '../../interviews/dtos/interview.dto';
import { CompetencyWeightDto } from '../../kits/dtos/kit.dto';
import { CompetencyRatingDto, RecommendationEnum } from '../../scorecards/dtos/scorecard.dto';
import { PersonDto } from '../../users/dtos/person.dto';

@ObjectType('CompetencySummary', { description: 'One competency across the panel, on the common 1–4 scale.' })
export class CompetencySummaryDto {
  @Field() competency!: string;
  @Field(() => Int) n!: number;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => Float, { nullable: true }) spread!: number | null;
  @Field({ description: 'Ratings at least half the scale apart (2 points on 1–4).' }) disagreement!: boolean;
  @Field(() => Float, { nullable: true, description: "The mean with each interviewer's leniency taken out." }) calibratedMean!:
    number | null;
  @Field(() => Float) weight!: number;
}

@ObjectType('RecommendationTally')
export class RecommendationTallyDto {
  @Field(() => Int) strongNo!: number;
  @Field(() => Int) no!: number;
  @Field(() => Int) yes!: number;
  @Field(() => Int) strongYes!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float, { nullable: true, description: 'From −2 (all Strong no) to +2 (all Strong yes).' }) lean!: number | null;
  @Field({ description: 'At least one interviewer recommends hiring and at least one does not.' }) split!: boolean;
}

@ObjectType('Composite', { description: 'The weighted average of the competency means.' })
export class CompositeDto {
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float) totalWeight!: number;
  @Field(() => [String]) competenciesUsed!: string[];
  @Field(() => [String], { description: 'Weighted competencies nobody rated: left out of the score.' }) competenciesMissing!: string[];
}

@ObjectType('QuestionEvidence', { description: 'What one interviewer noted and rated on one question.' })
export class QuestionEvidenceDto {
  @Field(() => ID) questionId!: string;
  @Field() prompt!: string;
  @Field() competency!: string;
  @Field(() => Int, { nullable: true }) rating!: number | null;
  @Field() notAsked!: boolean;
  @Field() notes!: string;
}

@ObjectType('PanelistScorecard', { description: "One interviewer's submitted scorecard within the panel." })
export class PanelistScorecardDto {
  @Field(() => ID) scorecardId!: string;
  @Field(() => ID) interviewId!: string;
  @Field(() => String, { nullable: true }) roundName!: string | null;
  @Field(() => PersonDto) interviewer!: PersonDto;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Int, { description: 'Points of the kit scale these ratings were given on.' }) scalePoints!: number;
  @Field(() => RecommendationEnum, { nullable: true }) recommendation!: Recommendation | null;
  @Field() summary!: string;
  @Field(() => [CompetencyRatingDto], { description: 'As given, on the kit scale.' }) ratings!: CompetencyRatingDto[];
  @Field(() => Float, { description: "This interviewer's shrunk leniency across the organization (+ lenient, − severe)." })
  leniency!: number;
  @Field({ description: 'lenient, severe, in line or not enough data.' }) leniencyLabel!: string;
  @Field(() => [QuestionEvidenceDto]) evidence!: QuestionEvidenceDto[];
}

@ObjectType('MissingScorecard', { description: 'A panel seat whose scorecard is not submitted yet.' })
export class MissingScorecardDto {
  @Field(() => ID) interviewId!: string;
  @Field(() => String, { nullable: true }) roundName!: string | null;
  @Field(() => PersonDto) interviewer!: PersonDto;
  @Field(() => ScorecardStatusEnum) status!: ScorecardStatus;
}

/**
 * The numbers of one candidate's panel, shared by the panel scorecard and each row of the job comparison:
 * an interface, so the web app selects them with one fragment.
 */
@InterfaceType('PanelFigures', {
  description: "A panel's numbers: competencies, tally and composites.",
  resolveType: (figures: object) => ('canDecide' in figures ? PanelScorecardDto : ComparisonRowDto),
})
export abstract class PanelFiguresDto {
  @Field({ description: 'False while independence hides the ratings from you (you owe a scorecard for this candidate).' })
  visible!: boolean;
  @Field(() => [CompetencySummaryDto]) competencies!: CompetencySummaryDto[];
  @Field(() => RecommendationTallyDto) tally!: RecommendationTallyDto;
  @Field(() => CompositeDto) rawComposite!: CompositeDto;
  @Field(() => CompositeDto) calibratedComposite!: CompositeDto;
  @Field(() => [String]) disagreements!: string[];
  @Field(() => Int) submitted!: number;
  @Field(() => Int) expected!: number;
  @Field(() => [MissingScorecardDto]) missing!: MissingScorecardDto[];
  @Field(() => [PersonDto], { description: 'Who has submitted: progress, shown even while the ratings are hidden.' })
  submittedBy!: PersonDto[];
  @Field(() => HiringDecisionDto, { nullable: true }) decision!: HiringDecisionDto | null;
}

@ObjectType('PanelScorecard', { description: "A candidate's aggregated panel for one job.", implements: () => [PanelFiguresDto] })
export class PanelScorecardDto extends PanelFiguresDto {
  @Field(() => ID) loopId!: string;
  @Field(() => ID) jobId!: string;
  @Field() jobTitle!: string;
  @Field(() => CandidateBriefDto) candidate!: CandidateBriefDto;
  @Field(() => [CompetencyWeightDto]) weights!: CompetencyWeightDto[];
  @Field(() => [PanelistScorecardDto], { description: 'Submitted scorecards you may read, with notes and evidence.' })
  scorecards!: PanelistScorecardDto[];
  @Field(() => [HiringDecisionDto], { description: 'Every decision recorded for this loop, newest first: the audit trail.' })
  decisions!: HiringDecisionDto[];
  @Field({ description: 'You may record the hiring decision (the job’s hiring manager or an admin).' }) canDecide!: boolean;
}

@ObjectType('WrittenSummary', { description: "An interviewer's written summary and recommendation on a submitted scorecard." })
export class WrittenSummaryDto {
  @Field(() => PersonDto) interviewer!: PersonDto;
  @Field(() => String, { nullable: true }) roundName!: string | null;
  @Field(() => RecommendationEnum, { nullable: true }) recommendation!: Recommendation | null;
  @Field() summary!: string;
}

@ObjectType('ComparisonRow', { description: 'One candidate in the job comparison.', implements: () => [PanelFiguresDto] })
export class ComparisonRowDto extends PanelFiguresDto {
  @Field(() => ID) loopId!: string;
  @Field(() => CandidateBriefDto) candidate!: CandidateBriefDto;
  @Field(() => [WrittenSummaryDto], {
    description: 'The submitted summaries, for the printed debrief; empty while the ratings are hidden from you.',
  })
  summaries!: WrittenSummaryDto[];
}

@ObjectType('PanelReliability', { description: "Krippendorff's alpha (interval) over every candidate × competency of the job." })
export class PanelReliabilityDto {
  @Field(() => Float, { nullable: true }) alpha!: number | null;
  @Field({ description: 'reliable, tentative, unreliable or not enough data.' }) band!: string;
  @Field() bandLabel!: string;
  @Field(() => String, { nullable: true, description: 'Why alpha is not available, when it is not.' }) reason!: string | null;
  @Field(() => Int) pairableValues!: number;
  @Field(() => Int) unitsUsed!: number;
}

@ObjectType('JobComparison')
export class JobComparisonDto {
  @Field(() => ID) jobId!: string;
  @Field() jobTitle!: string;
  @Field(() => [String], { description: 'Competencies of the job’s kits, in kit order.' }) competencies!: string[];
  @Field(() => [CompetencyWeightDto]) weights!: CompetencyWeightDto[];
  @Field(() => [ComparisonRowDto]) rows!: ComparisonRowDto[];
  @Field(() => PanelReliabilityDto) reliability!: PanelReliabilityDto;
}

@ObjectType('CsvFile')
export class CsvFileDto {
  @Field() fileName!: string;
  @Field() content!: string;
}
