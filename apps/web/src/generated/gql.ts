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
    "query BankHealth {\n  bankHealth {\n    missingRubricCount\n    missingRubric {\n      ...QuestionSummaryFields\n    }\n    possibleDuplicates {\n      score\n      a {\n        ...QuestionSummaryFields\n      }\n      b {\n        ...QuestionSummaryFields\n      }\n    }\n    protectedCharacteristics {\n      ...QuestionSummaryFields\n      protectedFindings {\n        category\n        field\n        match\n      }\n    }\n  }\n}": typeof types.BankHealthDocument,
    "mutation DismissDuplicateSuggestion($questionA: ID!, $questionB: ID!) {\n  dismissDuplicateSuggestion(questionA: $questionA, questionB: $questionB)\n}": typeof types.DismissDuplicateSuggestionDocument,
    "fragment BankImportFields on BankImport {\n  id\n  fileName\n  format\n  status\n  alreadyImported\n  createdAt\n  committedAt\n  summary {\n    items\n    new\n    merged\n    unchanged\n    possibleDuplicates\n    skipped\n  }\n  items {\n    index\n    prompt\n    outcome\n    reason\n    existingQuestionId\n    similar {\n      questionId\n      draftIndex\n      prompt\n      score\n    }\n    sources {\n      file\n      item\n      line\n    }\n    type\n    difficulty\n    tags\n    rubricPoints\n  }\n  skipped {\n    source {\n      file\n      item\n      line\n    }\n    reason\n    excerpt\n  }\n  result {\n    created\n    merged\n    sourcesAdded\n    unchanged\n  }\n}": typeof types.BankImportFieldsFragmentDoc,
    "query BankImport($id: ID!) {\n  bankImport(id: $id) {\n    ...BankImportFields\n  }\n}": typeof types.BankImportDocument,
    "query BankImports {\n  bankImports {\n    id\n    fileName\n    format\n    status\n    createdAt\n    committedAt\n    summary {\n      items\n      new\n      merged\n      unchanged\n      possibleDuplicates\n      skipped\n    }\n    result {\n      created\n      merged\n      sourcesAdded\n      unchanged\n    }\n  }\n}": typeof types.BankImportsDocument,
    "mutation CommitBankImport($input: CommitBankImportInput!) {\n  commitBankImport(input: $input) {\n    ...BankImportFields\n  }\n}": typeof types.CommitBankImportDocument,
    "mutation DiscardBankImport($id: ID!) {\n  discardBankImport(id: $id) {\n    ...BankImportFields\n  }\n}": typeof types.DiscardBankImportDocument,
    "mutation PreviewBankImport($input: PreviewBankImportInput!) {\n  previewBankImport(input: $input) {\n    ...BankImportFields\n  }\n}": typeof types.PreviewBankImportDocument,
    "query BankFacets($search: String, $filter: QuestionFilterInput) {\n  bankFacets(search: $search, filter: $filter) {\n    types {\n      value\n      count\n    }\n    difficulties {\n      value\n      count\n    }\n    competencies {\n      value\n      count\n    }\n    tags {\n      value\n      count\n    }\n    hasRubric {\n      value\n      count\n    }\n  }\n}": typeof types.BankFacetsDocument,
    "query Bank($search: String, $filter: QuestionFilterInput, $first: Int!, $after: String) {\n  bank(search: $search, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      highlight {\n        text\n        match\n      }\n      node {\n        ...QuestionSummaryFields\n      }\n    }\n  }\n}": typeof types.BankDocument,
    "mutation CreateQuestion($input: QuestionContentInput!) {\n  createQuestion(input: $input) {\n    ...QuestionFields\n  }\n}": typeof types.CreateQuestionDocument,
    "fragment QuestionRevisionFields on QuestionRevision {\n  id\n  questionId\n  revision\n  prompt\n  code\n  category\n  followUps\n  rubric {\n    referenceAnswer\n    lookFor\n    redFlags\n    whatToExpect\n    interviewerGuidance\n    sampleAnswer\n  }\n  type\n  difficulty\n  competencies\n  tags\n  classification {\n    type {\n      value\n      reason\n    }\n    competencies {\n      value\n      reason\n    }\n    tags {\n      value\n      reason\n    }\n    difficulty {\n      value\n      reason\n    }\n  }\n  changeNote\n  createdByName\n  createdAt\n}": typeof types.QuestionRevisionFieldsFragmentDoc,
    "query QuestionRevision($id: ID!) {\n  questionRevision(id: $id) {\n    ...QuestionRevisionFields\n  }\n}": typeof types.QuestionRevisionDocument,
    "mutation ArchiveQuestion($id: ID!) {\n  archiveQuestion(id: $id) {\n    ...QuestionFields\n  }\n}\n\nmutation RestoreQuestion($id: ID!) {\n  restoreQuestion(id: $id) {\n    ...QuestionFields\n  }\n}": typeof types.ArchiveQuestionDocument,
    "fragment QuestionSummaryFields on Question {\n  id\n  status\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  hasLookFor\n  hasRedFlags\n  updatedAt\n}": typeof types.QuestionSummaryFieldsFragmentDoc,
    "fragment QuestionFields on Question {\n  id\n  status\n  version\n  currentRevision\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  category\n  hasLookFor\n  hasRedFlags\n  createdAt\n  updatedAt\n  protectedFindings {\n    category\n    field\n    match\n  }\n  current {\n    ...QuestionRevisionFields\n  }\n  revisions {\n    id\n    revision\n    changeNote\n    createdByName\n    createdAt\n  }\n  sources {\n    file\n    item\n    line\n    createdAt\n  }\n}": typeof types.QuestionFieldsFragmentDoc,
    "query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionFields\n    kits {\n      id\n      roleName\n      title\n      pinnedRevision\n    }\n  }\n}": typeof types.QuestionDocument,
    "mutation UpdateQuestion($input: UpdateQuestionInput!) {\n  updateQuestion(input: $input) {\n    ...QuestionFields\n  }\n}": typeof types.UpdateQuestionDocument,
    "fragment KitQuestionFields on KitQuestion {\n  id\n  position\n  plannedMinutes\n  questionId\n  currentRevision\n  newerRevisionAvailable\n  archived\n  revision {\n    id\n    revision\n    prompt\n    code\n    followUps\n    rubric {\n      referenceAnswer\n      lookFor\n      redFlags\n      whatToExpect\n      interviewerGuidance\n      sampleAnswer\n    }\n    type\n    difficulty\n    tags\n    competencies\n  }\n}\n\nfragment KitFields on Kit {\n  id\n  roleName\n  title\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  status\n  version\n  clonedFromId\n  createdAt\n  updatedAt\n  sections {\n    id\n    position\n    competency\n    title\n    questions {\n      ...KitQuestionFields\n    }\n  }\n  summary {\n    totalMinutes\n    questionCount\n    competenciesCovered\n    competenciesMissing\n    warnings {\n      code\n      message\n      sectionIndex\n      questionId\n    }\n  }\n}": typeof types.KitQuestionFieldsFragmentDoc,
    "mutation CreateKit($input: KitInput!) {\n  createKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation SaveKit($input: SaveKitInput!) {\n  saveKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation CloneKit($id: ID!) {\n  cloneKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation ArchiveKit($id: ID!) {\n  archiveKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation TakeNewerRevision($kitQuestionId: ID!) {\n  takeNewerRevision(kitQuestionId: $kitQuestionId) {\n    ...KitFields\n  }\n}": typeof types.CreateKitDocument,
    "query Kit($id: ID!) {\n  kit(id: $id) {\n    ...KitFields\n  }\n}": typeof types.KitDocument,
    "query Kits {\n  kits {\n    id\n    roleName\n    title\n    interviewMinutes\n    updatedAt\n    summary {\n      totalMinutes\n      questionCount\n      competenciesCovered\n    }\n  }\n}": typeof types.KitsDocument,
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
    "query BankHealth {\n  bankHealth {\n    missingRubricCount\n    missingRubric {\n      ...QuestionSummaryFields\n    }\n    possibleDuplicates {\n      score\n      a {\n        ...QuestionSummaryFields\n      }\n      b {\n        ...QuestionSummaryFields\n      }\n    }\n    protectedCharacteristics {\n      ...QuestionSummaryFields\n      protectedFindings {\n        category\n        field\n        match\n      }\n    }\n  }\n}": types.BankHealthDocument,
    "mutation DismissDuplicateSuggestion($questionA: ID!, $questionB: ID!) {\n  dismissDuplicateSuggestion(questionA: $questionA, questionB: $questionB)\n}": types.DismissDuplicateSuggestionDocument,
    "fragment BankImportFields on BankImport {\n  id\n  fileName\n  format\n  status\n  alreadyImported\n  createdAt\n  committedAt\n  summary {\n    items\n    new\n    merged\n    unchanged\n    possibleDuplicates\n    skipped\n  }\n  items {\n    index\n    prompt\n    outcome\n    reason\n    existingQuestionId\n    similar {\n      questionId\n      draftIndex\n      prompt\n      score\n    }\n    sources {\n      file\n      item\n      line\n    }\n    type\n    difficulty\n    tags\n    rubricPoints\n  }\n  skipped {\n    source {\n      file\n      item\n      line\n    }\n    reason\n    excerpt\n  }\n  result {\n    created\n    merged\n    sourcesAdded\n    unchanged\n  }\n}": types.BankImportFieldsFragmentDoc,
    "query BankImport($id: ID!) {\n  bankImport(id: $id) {\n    ...BankImportFields\n  }\n}": types.BankImportDocument,
    "query BankImports {\n  bankImports {\n    id\n    fileName\n    format\n    status\n    createdAt\n    committedAt\n    summary {\n      items\n      new\n      merged\n      unchanged\n      possibleDuplicates\n      skipped\n    }\n    result {\n      created\n      merged\n      sourcesAdded\n      unchanged\n    }\n  }\n}": types.BankImportsDocument,
    "mutation CommitBankImport($input: CommitBankImportInput!) {\n  commitBankImport(input: $input) {\n    ...BankImportFields\n  }\n}": types.CommitBankImportDocument,
    "mutation DiscardBankImport($id: ID!) {\n  discardBankImport(id: $id) {\n    ...BankImportFields\n  }\n}": types.DiscardBankImportDocument,
    "mutation PreviewBankImport($input: PreviewBankImportInput!) {\n  previewBankImport(input: $input) {\n    ...BankImportFields\n  }\n}": types.PreviewBankImportDocument,
    "query BankFacets($search: String, $filter: QuestionFilterInput) {\n  bankFacets(search: $search, filter: $filter) {\n    types {\n      value\n      count\n    }\n    difficulties {\n      value\n      count\n    }\n    competencies {\n      value\n      count\n    }\n    tags {\n      value\n      count\n    }\n    hasRubric {\n      value\n      count\n    }\n  }\n}": types.BankFacetsDocument,
    "query Bank($search: String, $filter: QuestionFilterInput, $first: Int!, $after: String) {\n  bank(search: $search, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      highlight {\n        text\n        match\n      }\n      node {\n        ...QuestionSummaryFields\n      }\n    }\n  }\n}": types.BankDocument,
    "mutation CreateQuestion($input: QuestionContentInput!) {\n  createQuestion(input: $input) {\n    ...QuestionFields\n  }\n}": types.CreateQuestionDocument,
    "fragment QuestionRevisionFields on QuestionRevision {\n  id\n  questionId\n  revision\n  prompt\n  code\n  category\n  followUps\n  rubric {\n    referenceAnswer\n    lookFor\n    redFlags\n    whatToExpect\n    interviewerGuidance\n    sampleAnswer\n  }\n  type\n  difficulty\n  competencies\n  tags\n  classification {\n    type {\n      value\n      reason\n    }\n    competencies {\n      value\n      reason\n    }\n    tags {\n      value\n      reason\n    }\n    difficulty {\n      value\n      reason\n    }\n  }\n  changeNote\n  createdByName\n  createdAt\n}": types.QuestionRevisionFieldsFragmentDoc,
    "query QuestionRevision($id: ID!) {\n  questionRevision(id: $id) {\n    ...QuestionRevisionFields\n  }\n}": types.QuestionRevisionDocument,
    "mutation ArchiveQuestion($id: ID!) {\n  archiveQuestion(id: $id) {\n    ...QuestionFields\n  }\n}\n\nmutation RestoreQuestion($id: ID!) {\n  restoreQuestion(id: $id) {\n    ...QuestionFields\n  }\n}": types.ArchiveQuestionDocument,
    "fragment QuestionSummaryFields on Question {\n  id\n  status\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  hasLookFor\n  hasRedFlags\n  updatedAt\n}": types.QuestionSummaryFieldsFragmentDoc,
    "fragment QuestionFields on Question {\n  id\n  status\n  version\n  currentRevision\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  category\n  hasLookFor\n  hasRedFlags\n  createdAt\n  updatedAt\n  protectedFindings {\n    category\n    field\n    match\n  }\n  current {\n    ...QuestionRevisionFields\n  }\n  revisions {\n    id\n    revision\n    changeNote\n    createdByName\n    createdAt\n  }\n  sources {\n    file\n    item\n    line\n    createdAt\n  }\n}": types.QuestionFieldsFragmentDoc,
    "query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionFields\n    kits {\n      id\n      roleName\n      title\n      pinnedRevision\n    }\n  }\n}": types.QuestionDocument,
    "mutation UpdateQuestion($input: UpdateQuestionInput!) {\n  updateQuestion(input: $input) {\n    ...QuestionFields\n  }\n}": types.UpdateQuestionDocument,
    "fragment KitQuestionFields on KitQuestion {\n  id\n  position\n  plannedMinutes\n  questionId\n  currentRevision\n  newerRevisionAvailable\n  archived\n  revision {\n    id\n    revision\n    prompt\n    code\n    followUps\n    rubric {\n      referenceAnswer\n      lookFor\n      redFlags\n      whatToExpect\n      interviewerGuidance\n      sampleAnswer\n    }\n    type\n    difficulty\n    tags\n    competencies\n  }\n}\n\nfragment KitFields on Kit {\n  id\n  roleName\n  title\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  status\n  version\n  clonedFromId\n  createdAt\n  updatedAt\n  sections {\n    id\n    position\n    competency\n    title\n    questions {\n      ...KitQuestionFields\n    }\n  }\n  summary {\n    totalMinutes\n    questionCount\n    competenciesCovered\n    competenciesMissing\n    warnings {\n      code\n      message\n      sectionIndex\n      questionId\n    }\n  }\n}": types.KitQuestionFieldsFragmentDoc,
    "mutation CreateKit($input: KitInput!) {\n  createKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation SaveKit($input: SaveKitInput!) {\n  saveKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation CloneKit($id: ID!) {\n  cloneKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation ArchiveKit($id: ID!) {\n  archiveKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation TakeNewerRevision($kitQuestionId: ID!) {\n  takeNewerRevision(kitQuestionId: $kitQuestionId) {\n    ...KitFields\n  }\n}": types.CreateKitDocument,
    "query Kit($id: ID!) {\n  kit(id: $id) {\n    ...KitFields\n  }\n}": types.KitDocument,
    "query Kits {\n  kits {\n    id\n    roleName\n    title\n    interviewMinutes\n    updatedAt\n    summary {\n      totalMinutes\n      questionCount\n      competenciesCovered\n    }\n  }\n}": types.KitsDocument,
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
export function graphql(source: "query BankHealth {\n  bankHealth {\n    missingRubricCount\n    missingRubric {\n      ...QuestionSummaryFields\n    }\n    possibleDuplicates {\n      score\n      a {\n        ...QuestionSummaryFields\n      }\n      b {\n        ...QuestionSummaryFields\n      }\n    }\n    protectedCharacteristics {\n      ...QuestionSummaryFields\n      protectedFindings {\n        category\n        field\n        match\n      }\n    }\n  }\n}"): (typeof documents)["query BankHealth {\n  bankHealth {\n    missingRubricCount\n    missingRubric {\n      ...QuestionSummaryFields\n    }\n    possibleDuplicates {\n      score\n      a {\n        ...QuestionSummaryFields\n      }\n      b {\n        ...QuestionSummaryFields\n      }\n    }\n    protectedCharacteristics {\n      ...QuestionSummaryFields\n      protectedFindings {\n        category\n        field\n        match\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DismissDuplicateSuggestion($questionA: ID!, $questionB: ID!) {\n  dismissDuplicateSuggestion(questionA: $questionA, questionB: $questionB)\n}"): (typeof documents)["mutation DismissDuplicateSuggestion($questionA: ID!, $questionB: ID!) {\n  dismissDuplicateSuggestion(questionA: $questionA, questionB: $questionB)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BankImportFields on BankImport {\n  id\n  fileName\n  format\n  status\n  alreadyImported\n  createdAt\n  committedAt\n  summary {\n    items\n    new\n    merged\n    unchanged\n    possibleDuplicates\n    skipped\n  }\n  items {\n    index\n    prompt\n    outcome\n    reason\n    existingQuestionId\n    similar {\n      questionId\n      draftIndex\n      prompt\n      score\n    }\n    sources {\n      file\n      item\n      line\n    }\n    type\n    difficulty\n    tags\n    rubricPoints\n  }\n  skipped {\n    source {\n      file\n      item\n      line\n    }\n    reason\n    excerpt\n  }\n  result {\n    created\n    merged\n    sourcesAdded\n    unchanged\n  }\n}"): (typeof documents)["fragment BankImportFields on BankImport {\n  id\n  fileName\n  format\n  status\n  alreadyImported\n  createdAt\n  committedAt\n  summary {\n    items\n    new\n    merged\n    unchanged\n    possibleDuplicates\n    skipped\n  }\n  items {\n    index\n    prompt\n    outcome\n    reason\n    existingQuestionId\n    similar {\n      questionId\n      draftIndex\n      prompt\n      score\n    }\n    sources {\n      file\n      item\n      line\n    }\n    type\n    difficulty\n    tags\n    rubricPoints\n  }\n  skipped {\n    source {\n      file\n      item\n      line\n    }\n    reason\n    excerpt\n  }\n  result {\n    created\n    merged\n    sourcesAdded\n    unchanged\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BankImport($id: ID!) {\n  bankImport(id: $id) {\n    ...BankImportFields\n  }\n}"): (typeof documents)["query BankImport($id: ID!) {\n  bankImport(id: $id) {\n    ...BankImportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BankImports {\n  bankImports {\n    id\n    fileName\n    format\n    status\n    createdAt\n    committedAt\n    summary {\n      items\n      new\n      merged\n      unchanged\n      possibleDuplicates\n      skipped\n    }\n    result {\n      created\n      merged\n      sourcesAdded\n      unchanged\n    }\n  }\n}"): (typeof documents)["query BankImports {\n  bankImports {\n    id\n    fileName\n    format\n    status\n    createdAt\n    committedAt\n    summary {\n      items\n      new\n      merged\n      unchanged\n      possibleDuplicates\n      skipped\n    }\n    result {\n      created\n      merged\n      sourcesAdded\n      unchanged\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitBankImport($input: CommitBankImportInput!) {\n  commitBankImport(input: $input) {\n    ...BankImportFields\n  }\n}"): (typeof documents)["mutation CommitBankImport($input: CommitBankImportInput!) {\n  commitBankImport(input: $input) {\n    ...BankImportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscardBankImport($id: ID!) {\n  discardBankImport(id: $id) {\n    ...BankImportFields\n  }\n}"): (typeof documents)["mutation DiscardBankImport($id: ID!) {\n  discardBankImport(id: $id) {\n    ...BankImportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PreviewBankImport($input: PreviewBankImportInput!) {\n  previewBankImport(input: $input) {\n    ...BankImportFields\n  }\n}"): (typeof documents)["mutation PreviewBankImport($input: PreviewBankImportInput!) {\n  previewBankImport(input: $input) {\n    ...BankImportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BankFacets($search: String, $filter: QuestionFilterInput) {\n  bankFacets(search: $search, filter: $filter) {\n    types {\n      value\n      count\n    }\n    difficulties {\n      value\n      count\n    }\n    competencies {\n      value\n      count\n    }\n    tags {\n      value\n      count\n    }\n    hasRubric {\n      value\n      count\n    }\n  }\n}"): (typeof documents)["query BankFacets($search: String, $filter: QuestionFilterInput) {\n  bankFacets(search: $search, filter: $filter) {\n    types {\n      value\n      count\n    }\n    difficulties {\n      value\n      count\n    }\n    competencies {\n      value\n      count\n    }\n    tags {\n      value\n      count\n    }\n    hasRubric {\n      value\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Bank($search: String, $filter: QuestionFilterInput, $first: Int!, $after: String) {\n  bank(search: $search, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      highlight {\n        text\n        match\n      }\n      node {\n        ...QuestionSummaryFields\n      }\n    }\n  }\n}"): (typeof documents)["query Bank($search: String, $filter: QuestionFilterInput, $first: Int!, $after: String) {\n  bank(search: $search, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      highlight {\n        text\n        match\n      }\n      node {\n        ...QuestionSummaryFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateQuestion($input: QuestionContentInput!) {\n  createQuestion(input: $input) {\n    ...QuestionFields\n  }\n}"): (typeof documents)["mutation CreateQuestion($input: QuestionContentInput!) {\n  createQuestion(input: $input) {\n    ...QuestionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QuestionRevisionFields on QuestionRevision {\n  id\n  questionId\n  revision\n  prompt\n  code\n  category\n  followUps\n  rubric {\n    referenceAnswer\n    lookFor\n    redFlags\n    whatToExpect\n    interviewerGuidance\n    sampleAnswer\n  }\n  type\n  difficulty\n  competencies\n  tags\n  classification {\n    type {\n      value\n      reason\n    }\n    competencies {\n      value\n      reason\n    }\n    tags {\n      value\n      reason\n    }\n    difficulty {\n      value\n      reason\n    }\n  }\n  changeNote\n  createdByName\n  createdAt\n}"): (typeof documents)["fragment QuestionRevisionFields on QuestionRevision {\n  id\n  questionId\n  revision\n  prompt\n  code\n  category\n  followUps\n  rubric {\n    referenceAnswer\n    lookFor\n    redFlags\n    whatToExpect\n    interviewerGuidance\n    sampleAnswer\n  }\n  type\n  difficulty\n  competencies\n  tags\n  classification {\n    type {\n      value\n      reason\n    }\n    competencies {\n      value\n      reason\n    }\n    tags {\n      value\n      reason\n    }\n    difficulty {\n      value\n      reason\n    }\n  }\n  changeNote\n  createdByName\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionRevision($id: ID!) {\n  questionRevision(id: $id) {\n    ...QuestionRevisionFields\n  }\n}"): (typeof documents)["query QuestionRevision($id: ID!) {\n  questionRevision(id: $id) {\n    ...QuestionRevisionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveQuestion($id: ID!) {\n  archiveQuestion(id: $id) {\n    ...QuestionFields\n  }\n}\n\nmutation RestoreQuestion($id: ID!) {\n  restoreQuestion(id: $id) {\n    ...QuestionFields\n  }\n}"): (typeof documents)["mutation ArchiveQuestion($id: ID!) {\n  archiveQuestion(id: $id) {\n    ...QuestionFields\n  }\n}\n\nmutation RestoreQuestion($id: ID!) {\n  restoreQuestion(id: $id) {\n    ...QuestionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QuestionSummaryFields on Question {\n  id\n  status\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  hasLookFor\n  hasRedFlags\n  updatedAt\n}"): (typeof documents)["fragment QuestionSummaryFields on Question {\n  id\n  status\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  hasLookFor\n  hasRedFlags\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QuestionFields on Question {\n  id\n  status\n  version\n  currentRevision\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  category\n  hasLookFor\n  hasRedFlags\n  createdAt\n  updatedAt\n  protectedFindings {\n    category\n    field\n    match\n  }\n  current {\n    ...QuestionRevisionFields\n  }\n  revisions {\n    id\n    revision\n    changeNote\n    createdByName\n    createdAt\n  }\n  sources {\n    file\n    item\n    line\n    createdAt\n  }\n}"): (typeof documents)["fragment QuestionFields on Question {\n  id\n  status\n  version\n  currentRevision\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  category\n  hasLookFor\n  hasRedFlags\n  createdAt\n  updatedAt\n  protectedFindings {\n    category\n    field\n    match\n  }\n  current {\n    ...QuestionRevisionFields\n  }\n  revisions {\n    id\n    revision\n    changeNote\n    createdByName\n    createdAt\n  }\n  sources {\n    file\n    item\n    line\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionFields\n    kits {\n      id\n      roleName\n      title\n      pinnedRevision\n    }\n  }\n}"): (typeof documents)["query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionFields\n    kits {\n      id\n      roleName\n      title\n      pinnedRevision\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateQuestion($input: UpdateQuestionInput!) {\n  updateQuestion(input: $input) {\n    ...QuestionFields\n  }\n}"): (typeof documents)["mutation UpdateQuestion($input: UpdateQuestionInput!) {\n  updateQuestion(input: $input) {\n    ...QuestionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KitQuestionFields on KitQuestion {\n  id\n  position\n  plannedMinutes\n  questionId\n  currentRevision\n  newerRevisionAvailable\n  archived\n  revision {\n    id\n    revision\n    prompt\n    code\n    followUps\n    rubric {\n      referenceAnswer\n      lookFor\n      redFlags\n      whatToExpect\n      interviewerGuidance\n      sampleAnswer\n    }\n    type\n    difficulty\n    tags\n    competencies\n  }\n}\n\nfragment KitFields on Kit {\n  id\n  roleName\n  title\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  status\n  version\n  clonedFromId\n  createdAt\n  updatedAt\n  sections {\n    id\n    position\n    competency\n    title\n    questions {\n      ...KitQuestionFields\n    }\n  }\n  summary {\n    totalMinutes\n    questionCount\n    competenciesCovered\n    competenciesMissing\n    warnings {\n      code\n      message\n      sectionIndex\n      questionId\n    }\n  }\n}"): (typeof documents)["fragment KitQuestionFields on KitQuestion {\n  id\n  position\n  plannedMinutes\n  questionId\n  currentRevision\n  newerRevisionAvailable\n  archived\n  revision {\n    id\n    revision\n    prompt\n    code\n    followUps\n    rubric {\n      referenceAnswer\n      lookFor\n      redFlags\n      whatToExpect\n      interviewerGuidance\n      sampleAnswer\n    }\n    type\n    difficulty\n    tags\n    competencies\n  }\n}\n\nfragment KitFields on Kit {\n  id\n  roleName\n  title\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  status\n  version\n  clonedFromId\n  createdAt\n  updatedAt\n  sections {\n    id\n    position\n    competency\n    title\n    questions {\n      ...KitQuestionFields\n    }\n  }\n  summary {\n    totalMinutes\n    questionCount\n    competenciesCovered\n    competenciesMissing\n    warnings {\n      code\n      message\n      sectionIndex\n      questionId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateKit($input: KitInput!) {\n  createKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation SaveKit($input: SaveKitInput!) {\n  saveKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation CloneKit($id: ID!) {\n  cloneKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation ArchiveKit($id: ID!) {\n  archiveKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation TakeNewerRevision($kitQuestionId: ID!) {\n  takeNewerRevision(kitQuestionId: $kitQuestionId) {\n    ...KitFields\n  }\n}"): (typeof documents)["mutation CreateKit($input: KitInput!) {\n  createKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation SaveKit($input: SaveKitInput!) {\n  saveKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation CloneKit($id: ID!) {\n  cloneKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation ArchiveKit($id: ID!) {\n  archiveKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation TakeNewerRevision($kitQuestionId: ID!) {\n  takeNewerRevision(kitQuestionId: $kitQuestionId) {\n    ...KitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Kit($id: ID!) {\n  kit(id: $id) {\n    ...KitFields\n  }\n}"): (typeof documents)["query Kit($id: ID!) {\n  kit(id: $id) {\n    ...KitFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Kits {\n  kits {\n    id\n    roleName\n    title\n    interviewMinutes\n    updatedAt\n    summary {\n      totalMinutes\n      questionCount\n      competenciesCovered\n    }\n  }\n}"): (typeof documents)["query Kits {\n  kits {\n    id\n    roleName\n    title\n    interviewMinutes\n    updatedAt\n    summary {\n      totalMinutes\n      questionCount\n      competenciesCovered\n    }\n  }\n}"];
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