import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, SCORERS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import type { GraphQLContext } from '../common/auth/request-context';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { InterviewDto } from '../interviews/dtos/interview.dto';
import { ScorecardDto, ScorecardRevisionDto } from './dtos/scorecard.dto';
import { AmendScorecardInput, ScorecardChangeInput } from './dtos/scorecard.input';
import { ScorecardsService } from './scorecards.service';

@Resolver(() => ScorecardDto)
export class ScorecardsResolver {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Roles(...ALL_ROLES)
  @Query(() => ScorecardDto, { description: 'Your own scorecard, or a submitted one once independence allows.' })
  scorecard(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, new UuidArgPipe('id')) id: string,
  ): Promise<ScorecardDto> {
    return this.scorecards.get(principal, id);
  }

  @Roles(...SCORERS)
  @Mutation(() => ScorecardDto, { description: 'Autosave of a draft. A stale version is a CONFLICT; a submitted scorecard is locked.' })
  saveScorecardDraft(@CurrentPrincipal() principal: Principal, @Args('input') input: ScorecardChangeInput): Promise<ScorecardDto> {
    return this.scorecards.saveDraft(principal, input);
  }

  @Roles(...SCORERS)
  @Mutation(() => ScorecardDto, { description: 'Submits and locks the scorecard. Needs an overall recommendation and a summary.' })
  submitScorecard(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, new UuidArgPipe('id')) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ScorecardDto> {
    return this.scorecards.submit(principal, id, version);
  }

  @Roles(...SCORERS)
  @Mutation(() => ScorecardDto, { description: 'Changes a submitted scorecard as a new revision with a reason.' })
  amendScorecard(@CurrentPrincipal() principal: Principal, @Args('input') input: AmendScorecardInput): Promise<ScorecardDto> {
    return this.scorecards.amend(principal, input);
  }

  @ResolveField(() => [ScorecardRevisionDto], {
    description: 'Submitted and amended versions, newest first: for the author, hiring managers and admins.',
  })
  history(@Parent() scorecard: ScorecardDto, @CurrentPrincipal() principal: Principal): Promise<ScorecardRevisionDto[]> {
    return this.scorecards.history(principal, scorecard);
  }
}

/** An interview's scorecards, as far as the viewer may see them. */
@Resolver(() => InterviewDto)
export class InterviewScorecardsResolver {
  constructor(private readonly scorecards: ScorecardsService) {}

  @ResolveField(() => ScorecardDto, { nullable: true, description: 'Your scorecard if you sit on this interview.' })
  myScorecard(@Parent() interview: InterviewDto, @CurrentPrincipal() principal: Principal, @Context() { loaders }: GraphQLContext) {
    if (interview.loadedMyScorecard !== undefined) return interview.loadedMyScorecard;
    return loaders
      .get<string, ScorecardDto | null>('interview.myScorecard', (ids) => this.scorecards.mineOn(principal, ids))
      .load(interview.id);
  }

  @ResolveField('scorecards', () => [ScorecardDto], {
    description: 'Your own scorecard and the submitted ones independence lets you read.',
  })
  readableScorecards(@Parent() interview: InterviewDto, @CurrentPrincipal() principal: Principal, @Context() { loaders }: GraphQLContext) {
    return loaders
      .get<string, ScorecardDto[]>('interview.scorecards', (ids) => this.scorecards.readableOn(principal, ids))
      .load(interview.id);
  }
}
