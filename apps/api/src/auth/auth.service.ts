import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Role } from '@panelist/roles';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import { InvitationsService } from '../members/invitations.service';
import type { AcceptInvitationInput } from './dtos/accept-invitation.input';
import type { LoginInput } from './dtos/login.input';
import type { ViewerDto } from './dtos/viewer.dto';
import { verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';

interface MembershipRow {
  organization_id: string;
  organization_name: string;
  organization_slug: string;
  role: Role;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
  ) {}

  async login(input: LoginInput, res: Response): Promise<ViewerDto> {
    const [user] = await this.db.query<Array<{ id: string; password_hash: string | null }>>(
      `SELECT id, password_hash FROM users WHERE lower(email) = lower($1)`,
      [input.email],
    );
    if (!(await verifyPassword(user?.password_hash, input.password))) {
      throw AppError.unauthenticated('Email or password is incorrect.');
    }
    const memberships = await this.activeMemberships(user.id);
    if (memberships.length === 0) {
      throw AppError.unauthenticated('Your account has no active organization. Ask an admin to reactivate you.');
    }
    const sessionId = await this.sessions.start(user.id, memberships[0].organization_id, res);
    return this.viewer({ sessionId, userId: user.id, organizationId: memberships[0].organization_id, role: memberships[0].role });
  }

  async acceptInvitation(input: AcceptInvitationInput, res: Response): Promise<ViewerDto> {
    const { userId, organizationId, role } = await this.invitations.accept(input.token, input.password);
    const sessionId = await this.sessions.start(userId, organizationId, res);
    return this.viewer({ sessionId, userId, organizationId, role });
  }

  async switchOrganization(principal: Principal, organizationId: string): Promise<ViewerDto> {
    const target = (await this.activeMemberships(principal.userId)).find((m) => m.organization_id === organizationId);
    if (!target) throw AppError.notFound('That organization', 'organizationId');
    await this.sessions.moveToOrganization(principal.sessionId, organizationId);
    return this.viewer({ ...principal, organizationId, role: target.role });
  }

  async viewer(principal: Principal): Promise<ViewerDto> {
    const [[user], memberships] = await Promise.all([
      this.db.query<Array<{ id: string; email: string; name: string }>>(
        `SELECT id, email, name FROM users WHERE id = $1`,
        [principal.userId],
      ),
      this.activeMemberships(principal.userId),
    ]);
    const summaries = memberships.map((m) => ({
      organization: { id: m.organization_id, name: m.organization_name, slug: m.organization_slug },
      role: m.role,
    }));
    const current = summaries.find((m) => m.organization.id === principal.organizationId);
    if (!user || !current) throw AppError.unauthenticated();
    return { user, organization: current.organization, role: current.role, memberships: summaries };
  }

  private activeMemberships(userId: string): Promise<MembershipRow[]> {
    return this.db.query<MembershipRow[]>(
      `SELECT o.id AS organization_id, o.name AS organization_name, o.slug AS organization_slug, m.role
         FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1 AND m.status = 'ACTIVE'
        ORDER BY m.created_at, o.name`,
      [userId],
    );
  }
}
