import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PanelReliabilityDto } from '../../panel-scorecards/dtos/panel-scorecard.dto';
import { PersonDto } from '../../users/dtos/person.dto';

@ObjectType('InterviewerCalibration', { description: 'How an interviewer rates against co-panelists, and how fast they submit.' })
export class InterviewerCalibrationDto {
  @Field(() => PersonDto) interviewer!: PersonDto;
  @Field(() => Int, { description: 'Submitted scorecards.' }) scorecards!: number;
  @Field(() => Int, { description: 'Competency ratings given.' }) ratings!: number;
  @Field(() => Int, { description: 'Ratings with at least one co-panelist rating the same candidate and competency.' })
  comparisons!: number;
  @Field(() => Float, { nullable: true }) rawLeniency!: number | null;
  @Field(() => Float) shrunkLeniency!: number;
  @Field({ description: 'lenient, severe, in line or not enough data.' }) label!: string;
  @Field(() => Float, { nullable: true, description: 'Median hours from the end of the interview to the first submission.' })
  medianHoursToSubmit!: number | null;
}

@ObjectType('JobReliability')
export class JobReliabilityDto {
  @Field(() => ID) jobId!: string;
  @Field() jobTitle!: string;
  @Field(() => Int) candidates!: number;
  @Field(() => PanelReliabilityDto) reliability!: PanelReliabilityDto;
}
