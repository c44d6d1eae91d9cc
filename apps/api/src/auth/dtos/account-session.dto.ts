import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AccountSession', { description: 'A browser or device signed in to your account.' })
export class AccountSessionDto {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => String, { nullable: true }) ipAddress!: string | null;
  @Field({ description: 'The session making this request.' }) current!: boolean;
  @Field({ description: "Signed in through an organization's single sign-on (confined to that organization)." })
  singleSignOn!: boolean;
}
