import { Module } from '@nestjs/common';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';

@Module({ providers: [JobsResolver, JobsService], exports: [JobsService] })
export class JobsModule {}
