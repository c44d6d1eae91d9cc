import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES } from '@panelist/roles';
import { Public, Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import type { GraphQLContext } from '../common/auth/request-context';
import { StringArgPipe } from '../common/validation/string-arg.pipe';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { InvitationsService } from '../members/invitations.service';
import { AuthService } from './auth.service';
import { AcceptInvitationInput } from './dtos/accept-invitation.input';
import { InvitationPreviewDto } from './dtos/invitation-preview.dto';
import { LoginInput } from './dtos/login.input';
import { ViewerDto } from './dtos/viewer.dto';
import { GqlThrottlerGuard } from './gql-throttler.guard';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => ViewerDto, { description: 'Signs in with email and password; sets an httpOnly session cookie.' })
  login(@Args('input') input: LoginInput, @Context() { res }: GraphQLContext): Promise<ViewerDto> {
    return this.auth.login(input, res);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Boolean, { description: 'Ends this session on the server; the cookie stops working at once.' })
  async logout(@CurrentPrincipal() principal: Principal, @Context() { res }: GraphQLContext): Promise<boolean> {
    await this.sessions.revoke(principal.sessionId, res);
    return true;
  }

  @Roles(...ALL_ROLES)
  @Query(() => ViewerDto, { description: 'The signed-in person with their current organization and role.' })
  me(@CurrentPrincipal() principal: Principal): Promise<ViewerDto> {
    return this.auth.viewer(principal);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => ViewerDto, { description: 'Moves this session to another organization the person belongs to.' })
  switchOrganization(
    @CurrentPrincipal() principal: Principal,
    @Args('organizationId', { type: () => ID }, new UuidArgPipe('organizationId')) organizationId: string,
  ): Promise<ViewerDto> {
    return this.auth.switchOrganization(principal, organizationId);
  }

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Query(() => InvitationPreviewDto, { description: 'Who an invitation is for, before it is accepted.' })
  invitation(@Args('token', new StringArgPipe('token', 200)) token: string): Promise<InvitationPreviewDto> {
    return this.invitations.preview(token);
  }

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => ViewerDto, { description: 'Chooses a password for an invitation and signs in.' })
  acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() { res }: GraphQLContext,
  ): Promise<ViewerDto> {
    return this.auth.acceptInvitation(input, res);
  }
}
