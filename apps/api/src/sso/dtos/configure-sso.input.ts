import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min, ValidateBy } from 'class-validator';
import { ROLES, type Role } from '@panelist/roles';
import { RoleEnum } from '../../common/graphql/role.enum';
import { isLoopbackHttp } from '../oidc/loopback-issuer';

/** Roles a person may get just by signing in; an admin is always chosen by an admin. */
export const JIT_ROLES = ROLES.filter((role) => role !== 'ADMIN');

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** An OpenID issuer identifier: https with no query or fragment; plain http only on this machine. */
export function isIssuerUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  const scheme = url.protocol === 'https:' || isLoopbackHttp(url);
  return scheme && !url.search && !url.hash && !url.username && !url.password;
}

const IsIssuerUrl = () =>
  ValidateBy({
    name: 'isIssuerUrl',
    validator: {
      validate: isIssuerUrl,
      defaultMessage: () => 'Issuer must be the https address of your identity provider, without query or fragment.',
    },
  });

const lowercaseDistinct = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? [...new Set((value as unknown[]).map((domain) => (typeof domain === 'string' ? domain.trim().toLowerCase() : domain)))]
    : value;

@InputType()
export class ConfigureSsoInput {
  @Field({ description: "The identity provider's issuer, e.g. https://login.example.com (its discovery document lives below it)." })
  @IsString()
  @Length(8, 500, { message: 'Issuer must be 8 to 500 characters.' })
  @IsIssuerUrl()
  issuer!: string;

  @Field()
  @IsString()
  @Length(1, 300, { message: 'Client ID must be 1 to 300 characters.' })
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'Omit to keep the stored secret.' })
  @IsOptional()
  @IsString()
  @Length(1, 500, { message: 'Client secret must be 1 to 500 characters.' })
  clientSecret?: string | null;

  @Field(() => [String], { description: 'Email domains whose people may join on their first sign-in, e.g. example.com.' })
  @Transform(lowercaseDistinct)
  @ArrayMaxSize(50, { message: 'At most 50 allowed domains.' })
  @IsString({ each: true })
  @Matches(HOSTNAME, { each: true, message: 'Allowed domains must be host names such as example.com.' })
  allowedDomains!: string[];

  @Field(() => RoleEnum, { description: 'The role of people who join on their first sign-in.' })
  @IsIn(JIT_ROLES, { message: `Default role must be one of ${JIT_ROLES.join(', ')}: admins are always chosen by an admin.` })
  defaultRole!: Role;

  @Field()
  @IsBoolean()
  enabled!: boolean;

  @Field(() => Int, { nullable: true, description: 'The connection version the change was based on; a stale one is a CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Version must be a positive number.' })
  version?: number | null;
}
