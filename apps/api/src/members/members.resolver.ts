import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MEMBER_ADMINS, MEMBER_READERS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { AddMemberInput } from './dtos/add-member.input';
import { ChangeMemberRoleInput } from './dtos/change-member-role.input';
import { AddMemberResultDto, InvitationLinkDto, MemberDto, PasswordResetLinkDto } from './dtos/member.dto';
import { MembersService } from './members.service';
import { PasswordResetsService } from './password-resets.service';

const memberId = () => new UuidArgPipe('memberId');

@Resolver(() => MemberDto)
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    private readonly resets: PasswordResetsService,
  ) {}

  @Roles(...MEMBER_READERS)
  @Query(() => [MemberDto], { description: "The current organization's members, by name." })
  members(@CurrentPrincipal() principal: Principal): Promise<MemberDto[]> {
    return this.service.list(principal.organizationId);
  }

  @Roles(...MEMBER_READERS)
  @Query(() => MemberDto)
  member(@CurrentPrincipal() principal: Principal, @Args('memberId', { type: () => ID }, memberId()) id: string): Promise<MemberDto> {
    return this.service.get(principal.organizationId, id);
  }

  @Roles(...MEMBER_ADMINS)
  @Mutation(() => AddMemberResultDto, { description: 'Invites a person by email; they join only by accepting the link.' })
  addMember(@CurrentPrincipal() principal: Principal, @Args('input') input: AddMemberInput): Promise<AddMemberResultDto> {
    return this.service.add(principal, input);
  }

  @Roles(...MEMBER_ADMINS)
  @Mutation(() => MemberDto)
  changeMemberRole(@CurrentPrincipal() principal: Principal, @Args('input') input: ChangeMemberRoleInput): Promise<MemberDto> {
    return this.service.changeRole(principal, input);
  }

  @Roles(...MEMBER_ADMINS)
  @Mutation(() => MemberDto, { description: 'Blocks the member from this organization from their next request on.' })
  deactivateMember(
    @CurrentPrincipal() principal: Principal,
    @Args('memberId', { type: () => ID }, memberId()) id: string,
  ): Promise<MemberDto> {
    return this.service.deactivate(principal, id);
  }

  @Roles(...MEMBER_ADMINS)
  @Mutation(() => MemberDto)
  reactivateMember(
    @CurrentPrincipal() principal: Principal,
    @Args('memberId', { type: () => ID }, memberId()) id: string,
  ): Promise<MemberDto> {
    return this.service.reactivate(principal, id);
  }

  @Roles(...MEMBER_ADMINS)
  @Mutation(() => InvitationLinkDto, { description: 'A fresh invitation link; earlier links stop working.' })
  reissueInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('memberId', { type: () => ID }, memberId()) id: string,
  ): Promise<InvitationLinkDto> {
    return this.service.reissueInvitation(principal, id);
  }

  @Roles(...MEMBER_ADMINS)
  @Mutation(() => Boolean, { description: 'Withdraws a pending invitation; its links stop working.' })
  revokeInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('memberId', { type: () => ID }, memberId()) id: string,
  ): Promise<boolean> {
    return this.service.revokeInvitation(principal, id);
  }

  @Roles(...MEMBER_ADMINS)
  @Mutation(() => PasswordResetLinkDto, {
    description:
      "A one-time link for a member to choose a new password; ends the member's sessions. Only for accounts used in this organization alone.",
  })
  issuePasswordReset(
    @CurrentPrincipal() principal: Principal,
    @Args('memberId', { type: () => ID }, memberId()) id: string,
  ): Promise<PasswordResetLinkDto> {
    return this.resets.issue(principal, id);
  }
}
