import { Module } from '@nestjs/common';
import { InvitationsService } from './invitations.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { PasswordResetsService } from './password-resets.service';

@Module({
  providers: [MembersResolver, MembersService, InvitationsService, PasswordResetsService],
  exports: [InvitationsService, PasswordResetsService],
})
export class MembersModule {}
