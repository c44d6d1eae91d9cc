import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, LOOP_MANAGERS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { CompetencyWeightInput } from '../kits/dtos/kit.input';
import { comparisonCsv } from './comparison-csv';
import { CsvFileDto, JobComparisonDto, PanelScorecardDto } from './dtos/panel-scorecard.dto';
import { PanelScorecardsService } from './panel-scorecards.service';

const WEIGHTS_ARG = {
  type: () => [CompetencyWeightInput],
  nullable: true,
  description: "Try other weights (0 to 10); left out: the kits' weights.",
} as const;

function fileNameOf(title: string): string {
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'job';
  return `${slug}-comparison.csv`;
}

@Resolver()
export class PanelScorecardsResolver {
  constructor(private readonly panels: PanelScorecardsService) {}

  @Roles(...ALL_ROLES)
  @Query(() => PanelScorecardDto, { description: "A candidate's panel for one job. Ratings and notes only once independence allows." })
  panelScorecard(
    @CurrentPrincipal() principal: Principal,
    @Args('loopId', { type: () => ID }, new UuidArgPipe('loopId')) loopId: string,
  ): Promise<PanelScorecardDto> {
    return this.panels.panelScorecard(principal, loopId);
  }

  @Roles(...LOOP_MANAGERS)
  @Query(() => JobComparisonDto, {
    description: "Every candidate of a job side by side, with flags, composites and the panel's reliability.",
  })
  jobComparison(
    @CurrentPrincipal() principal: Principal,
    @Args('jobId', { type: () => ID }, new UuidArgPipe('jobId')) jobId: string,
    @Args('weights', WEIGHTS_ARG) weights: CompetencyWeightInput[] | null,
  ): Promise<JobComparisonDto> {
    return this.panels.jobComparison(principal, jobId, weights ?? null);
  }

  @Roles(...LOOP_MANAGERS)
  @Query(() => CsvFileDto, { description: 'The job comparison as a CSV file.' })
  async jobComparisonCsv(
    @CurrentPrincipal() principal: Principal,
    @Args('jobId', { type: () => ID }, new UuidArgPipe('jobId')) jobId: string,
    @Args('weights', WEIGHTS_ARG) weights: CompetencyWeightInput[] | null,
  ): Promise<CsvFileDto> {
    const comparison = await this.panels.jobComparison(principal, jobId, weights ?? null);
    return { fileName: fileNameOf(comparison.jobTitle), content: comparisonCsv(comparison) };
  }
}
