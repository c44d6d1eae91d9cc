import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, BANK_EDITORS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import type { GraphQLContext } from '../common/auth/request-context';
import { groupBy } from '../common/graphql/request-loaders';
import { StringArgPipe } from '../common/validation/string-arg.pipe';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { QuestionDto, QuestionSourceDto } from './dtos/question.dto';
import { QuestionContentInput, UpdateQuestionInput } from './dtos/question.input';
import { QuestionRevisionDto } from './dtos/question-revision.dto';
import { QuestionConnectionDto, QuestionFacetsDto, QuestionFilterInput, QuestionSearchArgs } from './dtos/question-search.dto';
import { QuestionSearchService } from './question-search.service';
import { QuestionsService } from './questions.service';

const questionId = () => new UuidArgPipe('id');

@Resolver(() => QuestionDto)
export class QuestionsResolver {
  constructor(
    private readonly questions: QuestionsService,
    private readonly searchService: QuestionSearchService,
  ) {}

  @Roles(...ALL_ROLES)
  @Query(() => QuestionConnectionDto, { description: 'Search and browse the bank, ranked when searching.' })
  bank(@CurrentPrincipal() principal: Principal, @Args() args: QuestionSearchArgs): Promise<QuestionConnectionDto> {
    return this.searchService.search(principal.organizationId, args);
  }

  @Roles(...ALL_ROLES)
  @Query(() => QuestionFacetsDto)
  bankFacets(
    @CurrentPrincipal() principal: Principal,
    @Args('search', { type: () => String, nullable: true }, new StringArgPipe('search', 200, false)) search: string | undefined,
    @Args('filter', { type: () => QuestionFilterInput, nullable: true }) filter: QuestionFilterInput | undefined,
  ): Promise<QuestionFacetsDto> {
    return this.searchService.facets(principal.organizationId, search, filter ?? {});
  }

  @Roles(...ALL_ROLES)
  @Query(() => QuestionDto)
  question(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, questionId()) id: string): Promise<QuestionDto> {
    return this.questions.get(principal.organizationId, id);
  }

  @Roles(...ALL_ROLES)
  @Query(() => QuestionRevisionDto, { description: 'One revision, e.g. the one a kit or a scorecard pinned.' })
  questionRevision(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, questionId()) id: string,
  ): Promise<QuestionRevisionDto> {
    return this.questions.revision(principal.organizationId, id);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => QuestionDto)
  createQuestion(@CurrentPrincipal() principal: Principal, @Args('input') input: QuestionContentInput): Promise<QuestionDto> {
    return this.questions.create(principal, input);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => QuestionDto, { description: 'Saves an edit as a new revision; earlier revisions stay readable.' })
  updateQuestion(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateQuestionInput): Promise<QuestionDto> {
    return this.questions.update(principal, input.id, input.version, input.content, input.changeNote);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => QuestionDto, { description: 'Hides the question from the bank; its history and uses stay.' })
  archiveQuestion(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, questionId()) id: string) {
    return this.questions.setStatus(principal, id, 'ARCHIVED');
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => QuestionDto)
  restoreQuestion(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, questionId()) id: string) {
    return this.questions.setStatus(principal, id, 'ACTIVE');
  }

  @ResolveField(() => QuestionRevisionDto, { description: 'The current revision with its full rubric.' })
  current(@Parent() question: QuestionDto, @Context() { loaders }: GraphQLContext): Promise<QuestionRevisionDto> {
    return loaders
      .get<string, QuestionRevisionDto>('question.current', async (ids) => {
        const rows = await this.questions.currentRevisionsOf(ids);
        return groupBy(ids, rows, (row) => row.questionId).map(([row]) => row);
      })
      .load(question.id);
  }

  @ResolveField(() => [QuestionRevisionDto], { description: 'Every revision, newest first.' })
  revisions(@Parent() question: QuestionDto, @Context() { loaders }: GraphQLContext): Promise<QuestionRevisionDto[]> {
    return loaders
      .get<string, QuestionRevisionDto[]>('question.revisions', async (ids) =>
        groupBy(ids, await this.questions.revisionsOf(ids), (row) => row.questionId),
      )
      .load(question.id);
  }

  @ResolveField(() => [QuestionSourceDto], { description: 'The file items this question was imported from.' })
  sources(@Parent() question: QuestionDto, @Context() { loaders }: GraphQLContext): Promise<QuestionSourceDto[]> {
    return loaders
      .get<string, QuestionSourceDto[]>('question.sources', async (ids) =>
        groupBy(ids, await this.questions.sourcesOf(ids), (row) => row.questionId),
      )
      .load(question.id);
  }
}
