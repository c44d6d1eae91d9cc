import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { summarizeKit } from '@panelist/kits';
import { ALL_ROLES, BANK_EDITORS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import type { GraphQLContext } from '../common/auth/request-context';
import { selectedFields } from '../common/graphql/selected-fields';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { QuestionDto } from '../questions/dtos/question.dto';
import { KitDto, KitReferenceDto, KitSectionDto, KitSummaryDto } from './dtos/kit.dto';
import { KitInput, SaveKitInput } from './dtos/kit.input';
import { KitsService } from './kits.service';

const kitId = () => new UuidArgPipe('id');

@Resolver(() => KitDto)
export class KitsResolver {
  constructor(private readonly kits: KitsService) {}

  @Roles(...ALL_ROLES)
  @Query(() => [KitDto], { name: 'kits', description: 'Active kits, most recently changed first.' })
  listKits(@CurrentPrincipal() principal: Principal): Promise<KitDto[]> {
    return this.kits.list(principal.organizationId);
  }

  @Roles(...ALL_ROLES)
  @Query(() => KitDto)
  kit(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, kitId()) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<KitDto> {
    const fields = selectedFields(info);
    return fields.has('sections') || fields.has('summary')
      ? this.kits.getWithSections(principal.organizationId, id)
      : this.kits.get(principal.organizationId, id);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => KitDto)
  createKit(@CurrentPrincipal() principal: Principal, @Args('input') input: KitInput): Promise<KitDto> {
    return this.kits.create(principal, input);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => KitDto, { description: 'Saves the whole kit; questions already in it keep their pinned revision.' })
  saveKit(@CurrentPrincipal() principal: Principal, @Args('input') input: SaveKitInput): Promise<KitDto> {
    return this.kits.save(principal, input.id, input.version, input.kit);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => KitDto)
  cloneKit(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, kitId()) id: string): Promise<KitDto> {
    return this.kits.clone(principal, id);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => KitDto)
  archiveKit(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }, kitId()) id: string): Promise<KitDto> {
    return this.kits.setStatus(principal, id, 'ARCHIVED');
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => ID, {
    description: 'Deletes a kit no job round or interview uses (a used kit is a CONFLICT: archive it instead); answers its id.',
  })
  deleteKit(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }, kitId()) id: string,
    @Args('version', { type: () => Int, nullable: true, description: 'When given, a kit changed since is a CONFLICT.' })
    version?: number | null,
  ): Promise<string> {
    return this.kits.delete(principal, id, version ?? null);
  }

  @Roles(...BANK_EDITORS)
  @Mutation(() => KitDto, { description: 'Pins a kit question to the bank’s newest revision.' })
  takeNewerRevision(
    @CurrentPrincipal() principal: Principal,
    @Args('kitQuestionId', { type: () => ID }, new UuidArgPipe('kitQuestionId')) kitQuestionId: string,
  ): Promise<KitDto> {
    return this.kits.takeNewerRevision(principal, kitQuestionId);
  }

  @ResolveField(() => [KitSectionDto])
  sections(@Parent() kit: KitDto, @Context() { loaders }: GraphQLContext): Promise<KitSectionDto[]> {
    if (kit.loadedSections) return Promise.resolve(kit.loadedSections);
    return loaders.get<string, KitSectionDto[]>('kit.sections', (ids) => this.kits.sectionsOf(ids)).load(kit.id);
  }

  @ResolveField(() => KitSummaryDto)
  async summary(@Parent() kit: KitDto, @Context() context: GraphQLContext): Promise<KitSummaryDto> {
    const sections = await this.sections(kit, context);
    return summarizeKit({
      interviewMinutes: kit.interviewMinutes,
      ratingScale: kit.ratingScale,
      competencyWeights: kit.competencyWeights,
      sections: sections.map((section) => ({
        competency: section.competency,
        questions: section.questions.map((q) => ({
          questionId: q.questionId,
          plannedMinutes: q.plannedMinutes,
          hasRubric: q.revision.rubric.lookFor.length + q.revision.rubric.redFlags.length > 0,
        })),
      })),
    });
  }
}

/** The kits that use a bank question, shown on the question page. */
@Resolver(() => QuestionDto)
export class QuestionKitsResolver {
  constructor(private readonly service: KitsService) {}

  @ResolveField(() => [KitReferenceDto], { description: 'Active kits that use this question, with the pinned revision.' })
  kits(@Parent() question: QuestionDto, @CurrentPrincipal() principal: Principal, @Context() { loaders }: GraphQLContext) {
    return loaders
      .get<string, KitReferenceDto[]>('question.kits', (ids) => this.service.kitsUsing(principal.organizationId, ids))
      .load(question.id);
  }
}
