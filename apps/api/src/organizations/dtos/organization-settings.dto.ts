import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OrganizationSettings', { description: "The current organization's settings, for its admins." })
export class OrganizationSettingsDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field(() => Int, { description: 'Send it back with changes; a stale version is a CONFLICT.' }) version!: number;
  @Field({ description: 'Whether members may sign in with a password; off means single sign-on only.' }) passwordSignIn!: boolean;
}
