import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { PanelDataService } from './panel-data.service';
import { PanelScorecardsResolver } from './panel-scorecards.resolver';
import { PanelScorecardsService } from './panel-scorecards.service';

@Module({
  imports: [JobsModule],
  providers: [PanelScorecardsResolver, PanelScorecardsService, PanelDataService],
  exports: [PanelDataService],
})
export class PanelScorecardsModule {}
