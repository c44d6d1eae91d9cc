import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The one job queue every feature registers its background and scheduled jobs with. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class BackgroundJobsModule {}
