import { Module } from '@nestjs/common';
import { HiringDecisionsResolver } from './hiring-decisions.resolver';
import { HiringDecisionsService } from './hiring-decisions.service';

@Module({ providers: [HiringDecisionsResolver, HiringDecisionsService] })
export class HiringDecisionsModule {}
