import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonDto } from '../../users/dtos/person.dto';

export const JobStatusEnum = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
export type JobStatus = keyof typeof JobStatusEnum;
registerEnumType(JobStatusEnum, { name: 'JobStatus' });

@ObjectType('KitRef', { description: 'A kit named from elsewhere.' })
export class KitRefDto {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() roleName!: string;
  @Field(() => Int) interviewMinutes!: number;
}

@ObjectType('JobRound', { description: 'One interview round of a job, held with a kit.' })
export class JobRoundDto {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field() name!: string;
  @Field(() => KitRefDto) kit!: KitRefDto;
}

@ObjectType('Job')
export class JobDto {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() team!: string;
  @Field(() => PersonDto) hiringManager!: PersonDto;
  @Field(() => JobStatusEnum) status!: JobStatus;
  @Field(() => Int, { description: 'Send it back with changes; a stale version is a CONFLICT.' }) version!: number;
  @Field(() => Int, { description: 'Candidates with a loop for this job.' }) candidateCount!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}
