import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@panelist/roles';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import type { AddMemberInput } from './dtos/add-member.input';
import type { ChangeMemberRoleInput } from './dtos/change-member-role.input';
import type { AddMemberResultDto, InvitationLinkDto, MemberDto } from './dtos/member.dto';
import { InvitationsService } from './invitations.service';
import type { MemberStatus } from './membership.entity';

const MEMBER_COLUMNS = `m.id, m.user_id AS "userId", u.email, u.name, m.role, m.status, m.version, m.created_at AS "createdAt"`;

/** Membership administration. Every statement is scoped by the caller's organization. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: InvitationsService,
  ) {}

  list(organizationId: string): Promise<MemberDto[]> {
    return this.db.query(
      `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 ORDER BY lower(u.name), u.email`,
      [organizationId],
    );
  }

  async get(organizationId: string, memberId: string, db: EntityManager = this.db.manager): Promise<MemberDto> {
    const [member] = await db.query<MemberDto[]>(
      `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.id = $2`,
      [organizationId, memberId],
    );
    if (!member) throw AppError.notFound('That member', 'memberId');
    return member;
  }

  /**
   * Adds a person by email. Someone who already has an account (in another organization) joins at
   * once; a new person gets an invitation link to choose a password.
   */
  add(principal: Principal, input: AddMemberInput): Promise<AddMemberResultDto> {
    const email = input.email.trim();
    return this.db.transaction(async (db) => {
      const [existing] = await db.query<Array<{ id: string; has_password: boolean }>>(
        `SELECT id, password_hash IS NOT NULL AS has_password FROM users WHERE lower(email) = lower($1) FOR UPDATE`,
        [email],
      );
      const userId =
        existing?.id ??
        (
          await db.query<Array<{ id: string }>>(`INSERT INTO users (email, name) VALUES ($1, $2) RETURNING id`, [
            email,
            input.name.trim(),
          ])
        )[0].id;
      const status: MemberStatus = existing?.has_password ? 'ACTIVE' : 'INVITED';
      const inserted = await db.query<Array<{ id: string }>>(
        `INSERT INTO memberships (organization_id, user_id, role, status) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id, user_id) DO NOTHING RETURNING id`,
        [principal.organizationId, userId, input.role, status],
      );
      if (inserted.length === 0) {
        throw AppError.conflict(`${email} is already a member of this organization.`, 'email');
      }
      const inviteUrl = status === 'INVITED' ? await this.invitations.issue(db, inserted[0].id, principal.userId) : null;
      return { member: await this.get(principal.organizationId, inserted[0].id, db), inviteUrl };
    });
  }

  changeRole(principal: Principal, input: ChangeMemberRoleInput): Promise<MemberDto> {
    return this.db.transaction(async (db) => {
      const target = await this.get(principal.organizationId, input.memberId, db);
      if (target.role === 'ADMIN' && input.role !== 'ADMIN') await this.assertAnotherAdmin(db, principal, target);
      // TypeORM answers an UPDATE with [rows, affected count].
      const [, affected] = await db.query<[unknown[], number]>(
        `UPDATE memberships SET role = $3, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $2 AND version = $4`,
        [principal.organizationId, input.memberId, input.role, input.version],
      );
      // The version check lives in the UPDATE itself, so two admins cannot both win.
      if (affected === 0) {
        throw AppError.conflict(`${target.name} was changed by someone else meanwhile. Reload and try again.`, 'version');
      }
      return this.get(principal.organizationId, input.memberId, db);
    });
  }

  deactivate(principal: Principal, memberId: string): Promise<MemberDto> {
    return this.db.transaction(async (db) => {
      const target = await this.get(principal.organizationId, memberId, db);
      if (target.userId === principal.userId) {
        throw AppError.conflict('You cannot deactivate yourself. Ask another admin.', 'memberId');
      }
      if (target.status === 'DEACTIVATED') return target;
      if (target.role === 'ADMIN') await this.assertAnotherAdmin(db, principal, target);
      return this.setStatus(db, principal.organizationId, memberId, 'DEACTIVATED');
    });
  }

  reactivate(principal: Principal, memberId: string): Promise<MemberDto> {
    return this.db.transaction(async (db) => {
      const target = await this.get(principal.organizationId, memberId, db);
      if (target.status !== 'DEACTIVATED') return target;
      const [{ has_password }] = await db.query<Array<{ has_password: boolean }>>(
        `SELECT password_hash IS NOT NULL AS has_password FROM users WHERE id = $1`,
        [target.userId],
      );
      return this.setStatus(db, principal.organizationId, memberId, has_password ? 'ACTIVE' : 'INVITED');
    });
  }

  reissueInvitation(principal: Principal, memberId: string): Promise<InvitationLinkDto> {
    return this.db.transaction(async (db) => {
      const member = await this.get(principal.organizationId, memberId, db);
      if (member.status !== 'INVITED') {
        throw AppError.conflict(`${member.name} has already accepted an invitation.`, 'memberId');
      }
      return { member, inviteUrl: await this.invitations.issue(db, memberId, principal.userId) };
    });
  }

  private async setStatus(db: EntityManager, organizationId: string, memberId: string, status: MemberStatus) {
    await db.query(
      `UPDATE memberships SET status = $3, version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2`,
      [organizationId, memberId, status],
    );
    return this.get(organizationId, memberId, db);
  }

  /** An organization always keeps one active admin; the row locks serialize concurrent demotions. */
  private async assertAnotherAdmin(db: EntityManager, principal: Principal, target: { id: string; name: string }) {
    const admins = await db.query<Array<{ id: string }>>(
      `SELECT id FROM memberships WHERE organization_id = $1 AND role = $2 AND status = 'ACTIVE' FOR UPDATE`,
      [principal.organizationId, 'ADMIN' satisfies Role],
    );
    if (!admins.some((admin) => admin.id !== target.id)) {
      throw AppError.conflict(`${target.name} is the last active admin; make someone else admin first.`, 'memberId');
    }
  }
}
