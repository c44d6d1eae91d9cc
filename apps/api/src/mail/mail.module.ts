import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Email over SMTP through an outbox (global: members, interviews and health use it). */
@Global()
@Module({ providers: [MailService], exports: [MailService] })
export class MailModule {}
