import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction } from '../audit/audit-actions';
import { AuditService, type AuditEvent } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import type { Principal } from '../common/auth/principal';
import type { AddMemberInput } from './dtos/add-member.input';
import type { ChangeMemberRoleInput } from './dtos/change-member-role.input';
import type { AddMemberResultDto, InvitationLinkDto, MemberDto } from './dtos/member.dto';
import { InvitationsService } from './invitations.service';
import * as sessions from '../auth/sessions.repository';
import * as members from './members.repository';
import type { MemberStatus } from './members.repository';

/** Membership administration. Every statement is scoped by the caller's organization. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
  ) {}

  list(organizationId: string): Promise<MemberDto[]> {
    return members.listMembers(this.db, organizationId);
  }

  async get(organizationId: string, memberId: string, db: EntityManager = this.db.manager): Promise<MemberDto> {
    const member = await members.findMember(db, organizationId, memberId);
    if (!member) throw AppError.notFound('That member', 'memberId');
    return member;
  }

  /**
   * Invites a person by email. Whether or not they already have an account (here or elsewhere), the
   * answer is the same: an INVITED membership with the name typed here and a link they must accept.
   */
  add(principal: Principal, input: AddMemberInput): Promise<AddMemberResultDto> {
    return this.db.transaction(async (db) => {
      const invited = await this.invitations.invite(db, {
        organizationId: principal.organizationId,
        ...input,
        createdBy: principal.userId,
      });
      return {
        member: await this.get(principal.organizationId, invited.membershipId, db),
        inviteUrl: invited.url,
        expiresAt: invited.expiresAt,
        emailDelivery: invited.emailDelivery,
      };
    });
  }

  changeRole(principal: Principal, input: ChangeMemberRoleInput): Promise<MemberDto> {
    return this.db.transaction(async (db) => {
      const target = await this.get(principal.organizationId, input.memberId, db);
      if (target.role === 'ADMIN' && input.role !== 'ADMIN') await this.assertAnotherAdmin(db, principal, target);
      // The version check lives in the UPDATE itself, so two admins cannot both win.
      const affected = await members.setRole(db, {
        organizationId: principal.organizationId,
        memberId: input.memberId,
        role: input.role,
        version: input.version,
      });
      if (affected === 0) {
        throw AppError.conflict(`${target.name} was changed by someone else meanwhile. Reload and try again.`, 'version');
      }
      await this.trail(db, principal, 'member.role_changed', input.memberId, { from: target.role, to: input.role });
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
      if (target.status === 'INVITED')
        throw AppError.conflict(`${target.name} has not joined yet: revoke the invitation instead.`, 'memberId');
      if (target.role === 'ADMIN') await this.assertAnotherAdmin(db, principal, target);
      await this.trail(db, principal, 'member.deactivated', memberId);
      return this.setStatus(db, principal.organizationId, memberId, 'DEACTIVATED');
    });
  }

  reactivate(principal: Principal, memberId: string): Promise<MemberDto> {
    return this.db.transaction(async (db) => {
      const target = await this.get(principal.organizationId, memberId, db);
      if (target.status !== 'DEACTIVATED') return target;
      await this.trail(db, principal, 'member.reactivated', memberId);
      return this.setStatus(db, principal.organizationId, memberId, 'ACTIVE');
    });
  }

  reissueInvitation(principal: Principal, memberId: string): Promise<InvitationLinkDto> {
    return this.db.transaction(async (db) => {
      const member = await this.get(principal.organizationId, memberId, db);
      if (member.status !== 'INVITED') {
        throw AppError.conflict(`${member.name} has already accepted an invitation.`, 'memberId');
      }
      const link = await this.invitations.issue(db, memberId, principal.userId);
      await this.trail(db, principal, 'invitation.reissued', memberId);
      return { member, inviteUrl: link.url, expiresAt: link.expiresAt, emailDelivery: link.emailDelivery };
    });
  }

  /** Withdraws a pending invitation: the membership and its links go; an account nobody claimed goes too. */
  revokeInvitation(principal: Principal, memberId: string): Promise<boolean> {
    return this.db.transaction(async (db) => {
      const member = await this.get(principal.organizationId, memberId, db);
      if (member.status !== 'INVITED') throw AppError.conflict(`${member.name} has already joined: deactivate them instead.`, 'memberId');
      await members.deleteInvitation(db, principal.organizationId, memberId, member.userId);
      await this.trail(db, principal, 'invitation.revoked', memberId, { email: member.email });
      return true;
    });
  }

  private trail(db: EntityManager, principal: Principal, action: AuditAction, memberId: string, details?: AuditEvent['details']) {
    return this.audit.record(
      { organizationId: principal.organizationId, actorId: principal.userId, action, target: { type: 'member', id: memberId }, details },
      db,
    );
  }

  /**
   * Deactivation and reactivation both draw a line under the member's sessions: none made before
   * now ever works in this organization again, so an old cookie cannot come back to life.
   */
  private async setStatus(db: EntityManager, organizationId: string, memberId: string, status: MemberStatus) {
    const userId = await members.setStatus(db, organizationId, memberId, status);
    if (userId) await sessions.revokeInOrganization(db, userId, organizationId);
    return this.get(organizationId, memberId, db);
  }

  /** An organization always keeps one active admin; the row locks serialize concurrent demotions. */
  private async assertAnotherAdmin(db: EntityManager, principal: Principal, target: { id: string; name: string }) {
    const admins = await members.lockAdmins(db, principal.organizationId);
    if (!admins.some((id) => id !== target.id)) {
      throw AppError.conflict(`${target.name} is the last active admin; make someone else admin first.`, 'memberId');
    }
  }
}
