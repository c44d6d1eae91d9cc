import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const HiringDecisionEnum = { HIRE: 'HIRE', NO_HIRE: 'NO_HIRE', HOLD: 'HOLD' } as const;
export type HiringDecisionKind = keyof typeof HiringDecisionEnum;
registerEnumType(HiringDecisionEnum, { name: 'HiringDecisionKind', description: 'Recorded by a person; Panelist never decides.' });

@ObjectType('HiringDecision', { description: 'A decision a hiring manager recorded, with the rationale. Never changed afterwards.' })
export class HiringDecisionDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) loopId!: string;
  @Field(() => HiringDecisionEnum) decision!: HiringDecisionKind;
  @Field() rationale!: string;
  @Field() decidedByName!: string;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
}
