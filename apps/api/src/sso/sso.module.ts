import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { OidcClientService } from './oidc/oidc-client.service';
import { SsoConnectionsService } from './sso-connections.service';
import { SsoController } from './sso.controller';
import { SsoResolver } from './sso.resolver';
import { SsoSignInService } from './sso-sign-in.service';

/** OpenID Connect single sign-on per organization: its settings (GraphQL) and the browser flow (/auth/oidc). */
@Module({
  imports: [AuthModule, OrganizationsModule],
  controllers: [SsoController],
  providers: [SsoResolver, SsoConnectionsService, SsoSignInService, OidcClientService],
})
export class SsoModule {}
