import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@panelist/roles';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';

export type MemberStatus = 'INVITED' | 'ACTIVE' | 'DEACTIVATED';

@Entity('memberships')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column({ type: 'enum', enumName: 'member_role', enum: ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'] })
  role!: Role;
  @Column({ type: 'enum', enumName: 'member_status', enum: ['INVITED', 'ACTIVE', 'DEACTIVATED'] })
  status!: MemberStatus;
  /** Bumped by every change; writes check it in their WHERE clause (optimistic concurrency). */
  @Column('int') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @ManyToOne(() => OrganizationEntity) @JoinColumn({ name: 'organization_id' }) organization?: OrganizationEntity;
}
