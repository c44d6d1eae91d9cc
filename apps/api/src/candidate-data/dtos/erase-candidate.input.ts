import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class EraseCandidateInput {
  @Field(() => ID) @IsUUID('all', { message: 'candidateId must be a valid id.' }) candidateId!: string;

  @Field({
    description:
      "The candidate's current name as shown (case and surrounding spaces do not matter); for an erased candidate, their tombstone name.",
  })
  @IsString()
  @Length(1, 200, { message: "Type the candidate's name to confirm." })
  confirmName!: string;
}
