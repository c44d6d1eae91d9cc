import { Module } from '@nestjs/common';
import { PanelScorecardsModule } from '../panel-scorecards/panel-scorecards.module';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';

@Module({ imports: [PanelScorecardsModule], providers: [AnalyticsResolver, AnalyticsService] })
export class AnalyticsModule {}
