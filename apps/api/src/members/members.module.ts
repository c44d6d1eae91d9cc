import { Module } from '@nestjs/common';
import { InvitationsService } from './invitations.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  providers: [MembersResolver, MembersService, InvitationsService],
  exports: [InvitationsService],
})
export class MembersModule {}
