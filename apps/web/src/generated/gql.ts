/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.AcceptInvitationDocument,
    "query Invitation($token: String!) {\n  invitation(token: $token) {\n    email\n    name\n    organizationName\n    role\n  }\n}": typeof types.InvitationDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "mutation SwitchOrganization($organizationId: ID!) {\n  switchOrganization(organizationId: $organizationId) {\n    ...ViewerFields\n  }\n}": typeof types.SwitchOrganizationDocument,
    "fragment ViewerFields on Viewer {\n  user {\n    id\n    name\n    email\n  }\n  organization {\n    id\n    name\n    slug\n  }\n  role\n  memberships {\n    role\n    organization {\n      id\n      name\n      slug\n    }\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "mutation AddMember($input: AddMemberInput!) {\n  addMember(input: $input) {\n    inviteUrl\n    member {\n      ...MemberFields\n    }\n  }\n}": typeof types.AddMemberDocument,
    "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) {\n    ...MemberFields\n  }\n}": typeof types.ChangeMemberRoleDocument,
    "mutation DeactivateMember($memberId: ID!) {\n  deactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}\n\nmutation ReactivateMember($memberId: ID!) {\n  reactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}": typeof types.DeactivateMemberDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  status\n  version\n  createdAt\n}": typeof types.MemberFieldsFragmentDoc,
    "query Members {\n  members {\n    ...MemberFields\n  }\n}": typeof types.MembersDocument,
    "mutation ReissueInvitation($memberId: ID!) {\n  reissueInvitation(memberId: $memberId) {\n    inviteUrl\n    member {\n      ...MemberFields\n    }\n  }\n}": typeof types.ReissueInvitationDocument,
};
const documents: Documents = {
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}": types.AcceptInvitationDocument,
    "query Invitation($token: String!) {\n  invitation(token: $token) {\n    email\n    name\n    organizationName\n    role\n  }\n}": types.InvitationDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "mutation SwitchOrganization($organizationId: ID!) {\n  switchOrganization(organizationId: $organizationId) {\n    ...ViewerFields\n  }\n}": types.SwitchOrganizationDocument,
    "fragment ViewerFields on Viewer {\n  user {\n    id\n    name\n    email\n  }\n  organization {\n    id\n    name\n    slug\n  }\n  role\n  memberships {\n    role\n    organization {\n      id\n      name\n      slug\n    }\n  }\n}": types.ViewerFieldsFragmentDoc,
    "mutation AddMember($input: AddMemberInput!) {\n  addMember(input: $input) {\n    inviteUrl\n    member {\n      ...MemberFields\n    }\n  }\n}": types.AddMemberDocument,
    "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) {\n    ...MemberFields\n  }\n}": types.ChangeMemberRoleDocument,
    "mutation DeactivateMember($memberId: ID!) {\n  deactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}\n\nmutation ReactivateMember($memberId: ID!) {\n  reactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}": types.DeactivateMemberDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  status\n  version\n  createdAt\n}": types.MemberFieldsFragmentDoc,
    "query Members {\n  members {\n    ...MemberFields\n  }\n}": types.MembersDocument,
    "mutation ReissueInvitation($memberId: ID!) {\n  reissueInvitation(memberId: $memberId) {\n    inviteUrl\n    member {\n      ...MemberFields\n    }\n  }\n}": types.ReissueInvitationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invitation($token: String!) {\n  invitation(token: $token) {\n    email\n    name\n    organizationName\n    role\n  }\n}"): (typeof documents)["query Invitation($token: String!) {\n  invitation(token: $token) {\n    email\n    name\n    organizationName\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwitchOrganization($organizationId: ID!) {\n  switchOrganization(organizationId: $organizationId) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation SwitchOrganization($organizationId: ID!) {\n  switchOrganization(organizationId: $organizationId) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  user {\n    id\n    name\n    email\n  }\n  organization {\n    id\n    name\n    slug\n  }\n  role\n  memberships {\n    role\n    organization {\n      id\n      name\n      slug\n    }\n  }\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  user {\n    id\n    name\n    email\n  }\n  organization {\n    id\n    name\n    slug\n  }\n  role\n  memberships {\n    role\n    organization {\n      id\n      name\n      slug\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMember($input: AddMemberInput!) {\n  addMember(input: $input) {\n    inviteUrl\n    member {\n      ...MemberFields\n    }\n  }\n}"): (typeof documents)["mutation AddMember($input: AddMemberInput!) {\n  addMember(input: $input) {\n    inviteUrl\n    member {\n      ...MemberFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) {\n    ...MemberFields\n  }\n}"): (typeof documents)["mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) {\n    ...MemberFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateMember($memberId: ID!) {\n  deactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}\n\nmutation ReactivateMember($memberId: ID!) {\n  reactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}"): (typeof documents)["mutation DeactivateMember($memberId: ID!) {\n  deactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}\n\nmutation ReactivateMember($memberId: ID!) {\n  reactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  status\n  version\n  createdAt\n}"): (typeof documents)["fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  status\n  version\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Members {\n  members {\n    ...MemberFields\n  }\n}"): (typeof documents)["query Members {\n  members {\n    ...MemberFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReissueInvitation($memberId: ID!) {\n  reissueInvitation(memberId: $memberId) {\n    inviteUrl\n    member {\n      ...MemberFields\n    }\n  }\n}"): (typeof documents)["mutation ReissueInvitation($memberId: ID!) {\n  reissueInvitation(memberId: $memberId) {\n    inviteUrl\n    member {\n      ...MemberFields\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;