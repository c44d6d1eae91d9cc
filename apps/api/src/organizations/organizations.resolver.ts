import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { AuthService } from '../auth/auth.service';
import { ViewerDto } from '../auth/dtos/viewer.dto';
import { SessionsService } from '../auth/sessions.service';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dtos/organization.input';
import { OrganizationSettingsDto } from './dtos/organization-settings.dto';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationSettingsDto)
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Roles(...ALL_ROLES)
  @Mutation(() => ViewerDto, { description: 'Creates an organization with you as its admin and moves this session there.' })
  async createOrganization(@CurrentPrincipal() principal: Principal, @Args('input') input: CreateOrganizationInput): Promise<ViewerDto> {
    const organizationId = await this.organizations.create(principal, input.name);
    await this.sessions.moveToOrganization(principal.sessionId, organizationId);
    return this.auth.viewer({ ...principal, organizationId, role: 'ADMIN' });
  }

  @Roles('ADMIN')
  @Query(() => OrganizationSettingsDto)
  organizationSettings(@CurrentPrincipal() principal: Principal): Promise<OrganizationSettingsDto> {
    return this.organizations.settings(principal.organizationId);
  }

  @Roles('ADMIN')
  @Mutation(() => OrganizationSettingsDto, { description: 'Renames the organization.' })
  updateOrganization(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationSettingsDto> {
    return this.organizations.rename(principal, input);
  }

  @Roles('ADMIN')
  @Mutation(() => OrganizationSettingsDto, { description: 'Allows or refuses password sign-in; off requires enabled single sign-on.' })
  setPasswordSignIn(@CurrentPrincipal() principal: Principal, @Args('enabled') enabled: boolean): Promise<OrganizationSettingsDto> {
    return this.organizations.setPasswordSignIn(principal, enabled);
  }
}
