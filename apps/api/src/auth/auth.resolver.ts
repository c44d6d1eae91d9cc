import { UseGuards, UseInterceptors } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES } from '@panelist/roles';
import { Public, Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import type { GraphQLContext } from '../common/auth/request-context';
import { StringArgPipe } from '../common/validation/string-arg.pipe';
import { UuidArgPipe } from '../common/validation/uuid-arg.pipe';
import { InvitationsService } from '../members/invitations.service';
import { PasswordResetsService } from '../members/password-resets.service';
import { AuthService } from './auth.service';
import { AcceptInvitationInput } from './dtos/accept-invitation.input';
import { AccountSessionDto } from './dtos/account-session.dto';
import { ChangePasswordInput } from './dtos/change-password.input';
import { InvitationPreviewDto, PasswordResetPreviewDto } from './dtos/invitation-preview.dto';
import { LoginInput } from './dtos/login.input';
import { ResetPasswordInput } from './dtos/reset-password.input';
import { ViewerDto } from './dtos/viewer.dto';
import { GqlThrottlerGuard } from './gql-throttler.guard';
import { SessionsService } from './sessions.service';
import { SignInAttemptsInterceptor } from './sign-in-attempts.interceptor';

const linkToken = () => new StringArgPipe('token', 200);

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
    private readonly resets: PasswordResetsService,
  ) {}

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @UseInterceptors(SignInAttemptsInterceptor)
  @Mutation(() => ViewerDto, { description: 'Signs in with email and password; sets an httpOnly session cookie.' })
  login(@Args('input') input: LoginInput, @Context() http: GraphQLContext): Promise<ViewerDto> {
    return this.auth.login(input, http);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Boolean, { description: 'Ends this session on the server; the cookie stops working at once.' })
  async logout(@CurrentPrincipal() principal: Principal, @Context() http: GraphQLContext): Promise<boolean> {
    await this.auth.logout(principal, http);
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
  invitation(@Args('token', linkToken()) token: string): Promise<InvitationPreviewDto> {
    return this.invitations.preview(token);
  }

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => ViewerDto, {
    description: 'Accepts an invitation signed out: a new person chooses a password; an existing account gives its password. Signs in.',
  })
  acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() http: GraphQLContext): Promise<ViewerDto> {
    return this.auth.acceptInvitation(input, http);
  }

  @Roles(...ALL_ROLES)
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => ViewerDto, { description: 'Accepts an invitation made for the signed-in account and moves this session there.' })
  acceptInvitationSignedIn(@CurrentPrincipal() principal: Principal, @Args('token', linkToken()) token: string): Promise<ViewerDto> {
    return this.auth.acceptInvitationSignedIn(principal, token);
  }

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Query(() => PasswordResetPreviewDto, { description: 'Whose password a reset link changes.' })
  passwordReset(@Args('token', linkToken()) token: string): Promise<PasswordResetPreviewDto> {
    return this.resets.preview(token);
  }

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => ViewerDto, { description: 'Chooses a new password with a reset link; ends every other session and signs in.' })
  resetPassword(@Args('input') input: ResetPasswordInput, @Context() http: GraphQLContext): Promise<ViewerDto> {
    return this.auth.resetPassword(input, http);
  }

  @Roles(...ALL_ROLES)
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => Boolean, { description: 'Changes your password (the current one is required) and ends your other sessions.' })
  changePassword(@CurrentPrincipal() principal: Principal, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(principal, input);
  }

  @Roles(...ALL_ROLES)
  @Query(() => [AccountSessionDto], { description: 'Where you are signed in, newest first.' })
  mySessions(@CurrentPrincipal() principal: Principal): Promise<AccountSessionDto[]> {
    return this.sessions.listFor(principal);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Boolean, { description: 'Ends one of your sessions; false when it had already ended or is not yours.' })
  endSession(
    @CurrentPrincipal() principal: Principal,
    @Args('sessionId', { type: () => ID }, new UuidArgPipe('sessionId')) sessionId: string,
  ): Promise<boolean> {
    return this.sessions.endOwn(principal, sessionId);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Int, { description: 'Ends all your sessions but this one; returns how many ended.' })
  endOtherSessions(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.sessions.endOthers(principal);
  }
}
