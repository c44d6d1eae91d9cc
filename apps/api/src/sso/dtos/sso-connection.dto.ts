import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@panelist/roles';
import { RoleEnum } from '../../common/graphql/role.enum';

@ObjectType('SsoConnection', { description: "The organization's OpenID Connect single sign-on. The client secret is never returned." })
export class SsoConnectionDto {
  @Field() issuer!: string;
  @Field() clientId!: string;
  @Field() hasClientSecret!: boolean;
  @Field(() => [String]) allowedDomains!: string[];
  @Field(() => RoleEnum) defaultRole!: Role;
  @Field() enabled!: boolean;
  @Field({ description: 'The redirect (callback) URI to register with the identity provider.' }) redirectUri!: string;
  @Field(() => Int) version!: number;
}
