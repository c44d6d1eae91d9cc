import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ALL_ROLES, LOOP_MANAGERS, SCORERS } from '@panelist/roles';
import { SessionsService } from '../auth/sessions.service';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import type { GraphQLContext } from '../common/auth/request-context';
import { selectedFields } from '../common/graphql/selected-fields';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { QuestionRevisionDto } from '../questions/dtos/question-revision.dto';
import { InterviewDto, InterviewKitDto, InterviewQuestionDto, OverdueScorecardDto, PanelSeatDto } from './dtos/interview.dto';
import { RescheduleInterviewInput, ScheduleInterviewInput } from './dtos/interview.input';
import { InterviewsService, type PanelProgressEvent } from './interviews.service';

const idArg = (name: string) => new UuidArgPipe(name);

@Resolver(() => InterviewDto)
export class InterviewsResolver {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly sessions: SessionsService,
  ) {}

  @Roles(...SCORERS)
  @Query(() => [InterviewDto], { description: 'Interviews you sit on: ones to score first, soonest first.' })
  myInterviews(@CurrentPrincipal() principal: Principal, @Info() info: GraphQLResolveInfo): Promise<InterviewDto[]> {
    return this.interviews.myInterviews(principal, selectedFields(info).has('myScorecard'));
  }

  @Roles(...ALL_ROLES)
  @Query(() => InterviewDto, { description: 'Loop managers open any interview; others only interviews they sit on.' })
  interview(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, idArg('id')) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<InterviewDto> {
    return this.interviews.interviewFor(principal, id, { withScorecard: selectedFields(info).has('myScorecard') });
  }

  @Roles(...LOOP_MANAGERS)
  @Query(() => [OverdueScorecardDto], {
    description: 'Scorecards not submitted after their interview ended, longest overdue first: whom to remind.',
  })
  overdueScorecards(@CurrentPrincipal() principal: Principal): Promise<OverdueScorecardDto[]> {
    return this.interviews.overdueScorecards(principal.organizationId);
  }

  @Roles(...LOOP_MANAGERS)
  @Mutation(() => InterviewDto, { description: 'Schedules an interview with a snapshot of its kit and seats the panel.' })
  scheduleInterview(@CurrentPrincipal() principal: Principal, @Args('input') input: ScheduleInterviewInput): Promise<InterviewDto> {
    return this.interviews.schedule(principal, input);
  }

  @Roles(...LOOP_MANAGERS)
  @Mutation(() => InterviewDto)
  rescheduleInterview(@CurrentPrincipal() principal: Principal, @Args('input') input: RescheduleInterviewInput): Promise<InterviewDto> {
    return this.interviews.reschedule(principal, input);
  }

  @Roles(...LOOP_MANAGERS)
  @Mutation(() => Boolean, { description: 'Cancels an interview nobody has started scoring.' })
  cancelInterview(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, idArg('id')) id: string): Promise<boolean> {
    return this.interviews.cancel(principal, id);
  }

  @Roles(...LOOP_MANAGERS)
  @Subscription(() => PanelSeatDto, {
    description: "Each change of a panel seat's status in the loop (started, submitted, amended). Never carries ratings or notes.",
    filter(this: InterviewsResolver, event: PanelProgressEvent, variables: { loopId: string }, context: GraphQLContext) {
      return this.deliversTo(event, variables.loopId, context.req.user);
    },
  })
  async panelProgress(@CurrentPrincipal() principal: Principal, @Args('loopId', { type: () => ID }, idArg('loopId')) loopId: string) {
    await this.interviews.loop(principal.organizationId, loopId);
    return this.interviews.subscribeToProgress();
  }

  /**
   * An event reaches a subscriber for its loop and organization while their session still allows
   * it: a sign-out, deactivation or role change since subscribing stops the stream.
   */
  async deliversTo(event: PanelProgressEvent, loopId: string, principal: Principal | undefined): Promise<boolean> {
    if (!principal || event.panelProgress.loopId !== loopId || event.organizationId !== principal.organizationId) return false;
    const current = await this.sessions.resolve(principal.sessionId);
    return current?.organizationId === principal.organizationId && LOOP_MANAGERS.includes(current.role);
  }

  /** The kit snapshot as it is; each question's revision is loaded only when selected (InterviewQuestionResolver). */
  @ResolveField(() => InterviewKitDto)
  kit(@Parent() interview: InterviewDto): InterviewKitDto {
    const { sections, ...kit } = interview.kitSnapshot;
    let position = 0;
    return {
      ...kit,
      sections: sections.map((section) => ({
        competency: section.competency,
        title: section.title,
        questions: section.questions.map((question) => ({
          questionId: question.questionId,
          position: position++,
          competency: section.competency,
          plannedMinutes: question.plannedMinutes,
          revisionId: question.revisionId,
        })),
      })),
    };
  }

  @ResolveField(() => [PanelSeatDto])
  panel(@Parent() interview: InterviewDto, @Context() { loaders }: GraphQLContext): Promise<PanelSeatDto[]> {
    return loaders.get<string, PanelSeatDto[]>('interview.panel', (ids) => this.interviews.panelsOf(ids)).load(interview.id);
  }
}

@Resolver(() => InterviewQuestionDto)
export class InterviewQuestionResolver {
  constructor(private readonly interviews: InterviewsService) {}

  @ResolveField(() => QuestionRevisionDto)
  revision(@Parent() question: InterviewQuestionDto, @Context() { loaders }: GraphQLContext): Promise<QuestionRevisionDto> {
    return loaders
      .get<string, QuestionRevisionDto>('questionRevision.byId', (ids) => this.interviews.revisionsByIds(ids))
      .load(question.revisionId);
  }
}
