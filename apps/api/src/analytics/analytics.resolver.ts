import { Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, LOOP_MANAGERS } from '@panelist/roles';
import { Roles } from '../common/auth/access.decorators';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator';
import type { Principal } from '../common/auth/principal';
import { AnalyticsService } from './analytics.service';
import { InterviewerCalibrationDto, JobReliabilityDto } from './dtos/analytics.dto';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Roles(...ALL_ROLES)
  @Query(() => [InterviewerCalibrationDto], { description: 'Leniency and speed per interviewer; an interviewer sees only their own.' })
  interviewerCalibration(@CurrentPrincipal() principal: Principal): Promise<InterviewerCalibrationDto[]> {
    return this.analytics.interviewerCalibration(principal);
  }

  @Roles(...LOOP_MANAGERS)
  @Query(() => [JobReliabilityDto], { description: "Panel reliability (Krippendorff's alpha) per job." })
  jobReliability(@CurrentPrincipal() principal: Principal): Promise<JobReliabilityDto[]> {
    return this.analytics.jobReliability(principal);
  }
}
