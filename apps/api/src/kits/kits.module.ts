import { Module } from '@nestjs/common';
import { KitsResolver, QuestionKitsResolver } from './kits.resolver';
import { KitsService } from './kits.service';

@Module({ providers: [KitsResolver, QuestionKitsResolver, KitsService], exports: [KitsService] })
export class KitsModule {}
