import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { OrganizationSettingsDto } from '../organizations/dtos/organization-settings.dto';
import { ConfigureSsoInput } from './dtos/configure-sso.input';
import { SsoConnectionDto } from './dtos/sso-connection.dto';
import { SsoConnectionsService } from './sso-connections.service';

/** Single sign-on as part of the organization's settings, for its admins. */
@Resolver(() => OrganizationSettingsDto)
export class SsoResolver {
  constructor(private readonly connections: SsoConnectionsService) {}

  @Roles('ADMIN')
  @Mutation(() => OrganizationSettingsDto, {
    description: 'Sets up or changes OpenID Connect single sign-on. Disabling it turns password sign-in back on.',
  })
  configureSso(@CurrentPrincipal() principal: Principal, @Args('input') input: ConfigureSsoInput): Promise<OrganizationSettingsDto> {
    return this.connections.configure(principal, input);
  }

  @Roles('ADMIN')
  @Mutation(() => OrganizationSettingsDto, { description: 'Removes single sign-on and turns password sign-in back on.' })
  removeSso(@CurrentPrincipal() principal: Principal): Promise<OrganizationSettingsDto> {
    return this.connections.remove(principal);
  }

  /** Only ever one organization per request (the caller's), so no batching is needed. */
  @ResolveField('sso', () => SsoConnectionDto, { nullable: true })
  sso(@Parent() settings: OrganizationSettingsDto): Promise<SsoConnectionDto | null> {
    return this.connections.find(settings.id);
  }
}
