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
    "fragment AccountSessionFields on AccountSession {\n  id\n  createdAt\n  expiresAt\n  userAgent\n  ipAddress\n  current\n  singleSignOn\n}": typeof types.AccountSessionFieldsFragmentDoc,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "mutation EndSession($sessionId: ID!) {\n  endSession(sessionId: $sessionId)\n}\n\nmutation EndOtherSessions {\n  endOtherSessions\n}": typeof types.EndSessionDocument,
    "query MySessions {\n  mySessions {\n    ...AccountSessionFields\n  }\n}": typeof types.MySessionsDocument,
    "query InterviewerCalibration {\n  interviewerCalibration {\n    interviewer {\n      userId\n      name\n    }\n    scorecards\n    ratings\n    comparisons\n    rawLeniency\n    shrunkLeniency\n    label\n    medianHoursToSubmit\n  }\n}": typeof types.InterviewerCalibrationDocument,
    "query JobReliability {\n  jobReliability {\n    jobId\n    jobTitle\n    candidates\n    reliability {\n      ...PanelReliabilityFields\n    }\n  }\n}": typeof types.JobReliabilityDocument,
    "fragment AuditEventFields on AuditEvent {\n  id\n  occurredAt\n  actorId\n  actorLabel\n  action\n  targetType\n  targetId\n  requestId\n  ipAddress\n  details {\n    key\n    value\n  }\n}": typeof types.AuditEventFieldsFragmentDoc,
    "query AuditEventsCsv($filter: AuditFilterInput) {\n  auditEventsCsv(filter: $filter) {\n    fileName\n    content\n  }\n}": typeof types.AuditEventsCsvDocument,
    "query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    events {\n      ...AuditEventFields\n    }\n    nextCursor\n  }\n}": typeof types.AuditEventsDocument,
    "query AuditFilterOptions {\n  auditActions\n  members {\n    id\n    userId\n    name\n    email\n    status\n  }\n}": typeof types.AuditFilterOptionsDocument,
    "query AuditSettings {\n  auditSettings {\n    retentionDays\n  }\n}": typeof types.AuditSettingsDocument,
    "mutation SetAuditRetention($days: Int!) {\n  setAuditRetention(days: $days) {\n    retentionDays\n  }\n}": typeof types.SetAuditRetentionDocument,
    "mutation AcceptInvitationSignedIn($token: String!) {\n  acceptInvitationSignedIn(token: $token) {\n    ...ViewerFields\n  }\n}": typeof types.AcceptInvitationSignedInDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.AcceptInvitationDocument,
    "query Invitation($token: String!) {\n  invitation(token: $token) {\n    email\n    name\n    organizationName\n    role\n    expiresAt\n  }\n}": typeof types.InvitationDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "query PasswordReset($token: String!) {\n  passwordReset(token: $token) {\n    email\n    organizationName\n    expiresAt\n  }\n}": typeof types.PasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.ResetPasswordDocument,
    "mutation SwitchOrganization($organizationId: ID!) {\n  switchOrganization(organizationId: $organizationId) {\n    ...ViewerFields\n  }\n}": typeof types.SwitchOrganizationDocument,
    "fragment ViewerFields on Viewer {\n  user {\n    id\n    name\n    email\n  }\n  organization {\n    id\n    name\n    slug\n  }\n  role\n  memberships {\n    role\n    organization {\n      id\n      name\n      slug\n    }\n  }\n  canCreateOrganization\n  singleSignOn\n}": typeof types.ViewerFieldsFragmentDoc,
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
    "fragment QuestionRevisionFields on QuestionRevision {\n  id\n  questionId\n  revision\n  prompt\n  code\n  category\n  followUps\n  rubric {\n    ...QuestionRubricFields\n  }\n  type\n  difficulty\n  competencies\n  tags\n  classification {\n    type {\n      value\n      reason\n    }\n    competencies {\n      value\n      reason\n    }\n    tags {\n      value\n      reason\n    }\n    difficulty {\n      value\n      reason\n    }\n  }\n  changeNote\n  createdByName\n  createdAt\n}": typeof types.QuestionRevisionFieldsFragmentDoc,
    "query QuestionRevision($id: ID!) {\n  questionRevision(id: $id) {\n    ...QuestionRevisionFields\n  }\n}": typeof types.QuestionRevisionDocument,
    "fragment QuestionRubricFields on Rubric {\n  referenceAnswer\n  lookFor\n  redFlags\n  whatToExpect\n  interviewerGuidance\n  sampleAnswer\n}": typeof types.QuestionRubricFieldsFragmentDoc,
    "mutation ArchiveQuestion($id: ID!) {\n  archiveQuestion(id: $id) {\n    ...QuestionFields\n  }\n}\n\nmutation RestoreQuestion($id: ID!) {\n  restoreQuestion(id: $id) {\n    ...QuestionFields\n  }\n}": typeof types.ArchiveQuestionDocument,
    "fragment QuestionSummaryFields on Question {\n  id\n  status\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  hasLookFor\n  hasRedFlags\n  updatedAt\n}": typeof types.QuestionSummaryFieldsFragmentDoc,
    "fragment QuestionFields on Question {\n  id\n  status\n  version\n  currentRevision\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  category\n  hasLookFor\n  hasRedFlags\n  createdAt\n  updatedAt\n  protectedFindings {\n    category\n    field\n    match\n  }\n  current {\n    ...QuestionRevisionFields\n  }\n  revisions {\n    id\n    revision\n    changeNote\n    createdByName\n    createdAt\n  }\n  sources {\n    file\n    item\n    line\n    createdAt\n  }\n}": typeof types.QuestionFieldsFragmentDoc,
    "query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionFields\n    kits {\n      id\n      roleName\n      title\n      pinnedRevision\n    }\n  }\n}": typeof types.QuestionDocument,
    "mutation UpdateQuestion($input: UpdateQuestionInput!) {\n  updateQuestion(input: $input) {\n    ...QuestionFields\n  }\n}": typeof types.UpdateQuestionDocument,
    "query CandidateErasureStatus($id: ID!) {\n  candidate(id: $id) {\n    id\n    erasedAt\n  }\n}": typeof types.CandidateErasureStatusDocument,
    "query CandidateExport($candidateId: ID!) {\n  candidateExport(candidateId: $candidateId) {\n    fileName\n    content\n  }\n}": typeof types.CandidateExportDocument,
    "query CandidateRetention {\n  candidateRetention {\n    months\n  }\n  candidateRetentionPreview {\n    candidateId\n    name\n    lastDecision\n    lastDecisionAt\n    dueSince\n  }\n}": typeof types.CandidateRetentionDocument,
    "mutation EraseCandidate($input: EraseCandidateInput!) {\n  eraseCandidate(input: $input) {\n    candidateId\n    name\n    erasedAt\n    alreadyErased\n    scorecardsBlanked\n    answersBlanked\n    revisionsBlanked\n    decisionsBlanked\n    auditEventsScrubbed\n  }\n}": typeof types.EraseCandidateDocument,
    "mutation SetCandidateRetention($months: Int) {\n  setCandidateRetention(months: $months) {\n    months\n  }\n}": typeof types.SetCandidateRetentionDocument,
    "fragment CandidateDetail on Candidate {\n  id\n  name\n  email\n  links\n  version\n  createdAt\n}": typeof types.CandidateDetailFragmentDoc,
    "mutation CreateCandidate($input: CreateCandidateInput!) {\n  createCandidate(input: $input) {\n    ...CandidateDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}\n\nmutation SaveCandidate($input: SaveCandidateInput!) {\n  saveCandidate(input: $input) {\n    ...CandidateDetail\n  }\n}": typeof types.CreateCandidateDocument,
    "query Candidate($id: ID!) {\n  candidate(id: $id) {\n    ...CandidateDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}": typeof types.CandidateDocument,
    "query Candidates($search: String) {\n  candidates(search: $search) {\n    ...CandidateDetail\n    loops {\n      id\n      job {\n        id\n        title\n      }\n    }\n  }\n}": typeof types.CandidatesDocument,
    "query OverdueScorecards {\n  overdueScorecards {\n    id\n    loopId\n    jobTitle\n    roundName\n    status\n    endedAt\n    candidate {\n      id\n      name\n    }\n    interviewer {\n      userId\n      name\n    }\n  }\n}": typeof types.OverdueScorecardsDocument,
    "query InterviewLoop($id: ID!) {\n  interviewLoop(id: $id) {\n    id\n    createdAt\n    candidate {\n      id\n      name\n      email\n    }\n    job {\n      id\n      title\n      status\n      rounds {\n        id\n        name\n        position\n        kit {\n          id\n          title\n          interviewMinutes\n        }\n      }\n    }\n    interviews {\n      ...LoopInterview\n    }\n    repeatedQuestions {\n      questionId\n      interviewIds\n    }\n  }\n}": typeof types.InterviewLoopDocument,
    "mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n  scheduleInterview(input: $input) {\n    ...LoopInterview\n  }\n}\n\nmutation RescheduleInterview($input: RescheduleInterviewInput!) {\n  rescheduleInterview(input: $input) {\n    ...LoopInterview\n  }\n}\n\nmutation CancelInterview($id: ID!) {\n  cancelInterview(id: $id)\n}": typeof types.ScheduleInterviewDocument,
    "fragment LoopInterview on Interview {\n  id\n  loopId\n  roundName\n  scheduledAt\n  durationMinutes\n  version\n  kit {\n    kitId\n    title\n    interviewMinutes\n    sections {\n      questions {\n        questionId\n        revision {\n          id\n          prompt\n        }\n      }\n    }\n  }\n  panel {\n    ...LoopPanelSeat\n  }\n}": typeof types.LoopInterviewFragmentDoc,
    "fragment LoopPanelSeat on PanelSeat {\n  id\n  interviewId\n  loopId\n  status\n  submittedAt\n  amendments\n  interviewer {\n    userId\n    name\n  }\n}": typeof types.LoopPanelSeatFragmentDoc,
    "fragment LoopSummary on InterviewLoop {\n  id\n  createdAt\n  candidate {\n    id\n    name\n  }\n  job {\n    id\n    title\n  }\n  interviews {\n    id\n    roundName\n    scheduledAt\n    durationMinutes\n    kit {\n      title\n    }\n    panel {\n      ...LoopPanelSeat\n    }\n  }\n}": typeof types.LoopSummaryFragmentDoc,
    "query MyInterviews {\n  myInterviews {\n    id\n    loopId\n    jobTitle\n    roundName\n    scheduledAt\n    durationMinutes\n    candidate {\n      id\n      name\n    }\n    kit {\n      title\n    }\n    myScorecard {\n      id\n      status\n      submittedAt\n    }\n  }\n}": typeof types.MyInterviewsDocument,
    "subscription PanelProgress($loopId: ID!) {\n  panelProgress(loopId: $loopId) {\n    ...LoopPanelSeat\n  }\n}": typeof types.PanelProgressDocument,
    "mutation StartLoop($candidateId: ID!, $jobId: ID!) {\n  startLoop(candidateId: $candidateId, jobId: $jobId) {\n    ...LoopSummary\n  }\n}": typeof types.StartLoopDocument,
    "fragment JobDetail on Job {\n  ...JobSummary\n  version\n  rounds {\n    id\n    name\n    position\n    kit {\n      id\n      title\n      roleName\n      interviewMinutes\n    }\n  }\n}": typeof types.JobDetailFragmentDoc,
    "fragment JobSummary on Job {\n  id\n  title\n  team\n  status\n  candidateCount\n  updatedAt\n  hiringManager {\n    userId\n    name\n  }\n}": typeof types.JobSummaryFragmentDoc,
    "mutation CreateJob($input: JobInput!) {\n  createJob(input: $input) {\n    ...JobDetail\n  }\n}\n\nmutation SaveJob($input: SaveJobInput!) {\n  saveJob(input: $input) {\n    ...JobDetail\n  }\n}": typeof types.CreateJobDocument,
    "query Job($id: ID!) {\n  job(id: $id) {\n    ...JobDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}": typeof types.JobDocument,
    "query Jobs {\n  jobs {\n    ...JobSummary\n  }\n}": typeof types.JobsDocument,
    "fragment KitQuestionFields on KitQuestion {\n  id\n  position\n  plannedMinutes\n  questionId\n  currentRevision\n  newerRevisionAvailable\n  archived\n  revision {\n    id\n    revision\n    prompt\n    code\n    followUps\n    rubric {\n      ...QuestionRubricFields\n    }\n    type\n    difficulty\n    tags\n    competencies\n  }\n}\n\nfragment KitFields on Kit {\n  id\n  roleName\n  title\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  status\n  version\n  clonedFromId\n  createdAt\n  updatedAt\n  sections {\n    id\n    position\n    competency\n    title\n    questions {\n      ...KitQuestionFields\n    }\n  }\n  summary {\n    totalMinutes\n    questionCount\n    competenciesCovered\n    competenciesMissing\n    warnings {\n      code\n      message\n      sectionIndex\n      questionId\n    }\n  }\n}": typeof types.KitQuestionFieldsFragmentDoc,
    "mutation CreateKit($input: KitInput!) {\n  createKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation SaveKit($input: SaveKitInput!) {\n  saveKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation CloneKit($id: ID!) {\n  cloneKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation ArchiveKit($id: ID!) {\n  archiveKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation TakeNewerRevision($kitQuestionId: ID!) {\n  takeNewerRevision(kitQuestionId: $kitQuestionId) {\n    ...KitFields\n  }\n}": typeof types.CreateKitDocument,
    "query Kit($id: ID!) {\n  kit(id: $id) {\n    ...KitFields\n  }\n}": typeof types.KitDocument,
    "query Kits {\n  kits {\n    id\n    roleName\n    title\n    interviewMinutes\n    updatedAt\n    summary {\n      totalMinutes\n      questionCount\n      competenciesCovered\n    }\n  }\n}": typeof types.KitsDocument,
    "mutation AddMember($input: AddMemberInput!) {\n  addMember(input: $input) {\n    inviteUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}": typeof types.AddMemberDocument,
    "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) {\n    ...MemberFields\n  }\n}": typeof types.ChangeMemberRoleDocument,
    "mutation IssuePasswordReset($memberId: ID!) {\n  issuePasswordReset(memberId: $memberId) {\n    resetUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}": typeof types.IssuePasswordResetDocument,
    "mutation DeactivateMember($memberId: ID!) {\n  deactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}\n\nmutation ReactivateMember($memberId: ID!) {\n  reactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}": typeof types.DeactivateMemberDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  status\n  version\n  createdAt\n}": typeof types.MemberFieldsFragmentDoc,
    "query Members {\n  members {\n    ...MemberFields\n  }\n}": typeof types.MembersDocument,
    "mutation ReissueInvitation($memberId: ID!) {\n  reissueInvitation(memberId: $memberId) {\n    inviteUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}": typeof types.ReissueInvitationDocument,
    "mutation RevokeInvitation($memberId: ID!) {\n  revokeInvitation(memberId: $memberId)\n}": typeof types.RevokeInvitationDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.CreateOrganizationDocument,
    "fragment OrganizationSettingsFields on OrganizationSettings {\n  id\n  name\n  slug\n  version\n  passwordSignIn\n  sso {\n    issuer\n    clientId\n    hasClientSecret\n    allowedDomains\n    defaultRole\n    enabled\n    redirectUri\n    version\n  }\n}": typeof types.OrganizationSettingsFieldsFragmentDoc,
    "mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation SetPasswordSignIn($enabled: Boolean!) {\n  setPasswordSignIn(enabled: $enabled) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation ConfigureSso($input: ConfigureSsoInput!) {\n  configureSso(input: $input) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation RemoveSso {\n  removeSso {\n    ...OrganizationSettingsFields\n  }\n}": typeof types.UpdateOrganizationDocument,
    "query OrganizationSettings {\n  organizationSettings {\n    ...OrganizationSettingsFields\n  }\n}": typeof types.OrganizationSettingsDocument,
    "query JobComparisonCsv($jobId: ID!, $weights: [CompetencyWeightInput!]) {\n  jobComparisonCsv(jobId: $jobId, weights: $weights) {\n    fileName\n    content\n  }\n}": typeof types.JobComparisonCsvDocument,
    "query JobComparison($jobId: ID!, $weights: [CompetencyWeightInput!]) {\n  jobComparison(jobId: $jobId, weights: $weights) {\n    jobId\n    jobTitle\n    competencies\n    weights {\n      competency\n      weight\n    }\n    rows {\n      loopId\n      candidate {\n        id\n        name\n      }\n      ...PanelFiguresFields\n    }\n    reliability {\n      ...PanelReliabilityFields\n    }\n  }\n}": typeof types.JobComparisonDocument,
    "fragment PanelFiguresFields on PanelFigures {\n  visible\n  competencies {\n    ...PanelCompetencySummaryFields\n  }\n  tally {\n    ...PanelTallyFields\n  }\n  rawComposite {\n    ...PanelCompositeFields\n  }\n  calibratedComposite {\n    ...PanelCompositeFields\n  }\n  disagreements\n  submitted\n  expected\n  missing {\n    ...PanelMissingFields\n  }\n  decision {\n    ...HiringDecisionFields\n  }\n}\n\nfragment PanelCompetencySummaryFields on CompetencySummary {\n  competency\n  n\n  mean\n  median\n  min\n  max\n  spread\n  disagreement\n  calibratedMean\n  weight\n}\n\nfragment PanelTallyFields on RecommendationTally {\n  strongNo\n  no\n  yes\n  strongYes\n  total\n  lean\n  split\n}\n\nfragment PanelCompositeFields on Composite {\n  score\n  competenciesUsed\n  competenciesMissing\n  totalWeight\n}\n\nfragment PanelMissingFields on MissingScorecard {\n  interviewId\n  status\n  roundName\n  interviewer {\n    userId\n    name\n  }\n}\n\nfragment HiringDecisionFields on HiringDecision {\n  id\n  loopId\n  decision\n  rationale\n  decidedByName\n  decidedAt\n}": typeof types.PanelFiguresFieldsFragmentDoc,
    "fragment PanelReliabilityFields on PanelReliability {\n  alpha\n  band\n  bandLabel\n  reason\n  pairableValues\n  unitsUsed\n}": typeof types.PanelReliabilityFieldsFragmentDoc,
    "query PanelScorecard($loopId: ID!) {\n  panelScorecard(loopId: $loopId) {\n    loopId\n    jobId\n    jobTitle\n    canDecide\n    candidate {\n      id\n      name\n    }\n    ...PanelFiguresFields\n    submittedBy {\n      userId\n      name\n    }\n    scorecards {\n      scorecardId\n      interviewId\n      roundName\n      submittedAt\n      scalePoints\n      recommendation\n      summary\n      leniency\n      leniencyLabel\n      interviewer {\n        userId\n        name\n      }\n      ratings {\n        competency\n        rating\n      }\n      evidence {\n        questionId\n        prompt\n        competency\n        rating\n        notAsked\n        notes\n      }\n    }\n    decisions {\n      ...HiringDecisionFields\n    }\n  }\n}": typeof types.PanelScorecardDocument,
    "mutation RecordHiringDecision($input: RecordHiringDecisionInput!) {\n  recordHiringDecision(input: $input) {\n    ...HiringDecisionFields\n  }\n}": typeof types.RecordHiringDecisionDocument,
    "fragment InterviewModeQuestionFields on InterviewQuestion {\n  questionId\n  position\n  competency\n  plannedMinutes\n  revision {\n    id\n    type\n    prompt\n    code\n    followUps\n    rubric {\n      ...QuestionRubricFields\n    }\n  }\n}\n\nfragment InterviewModeKitFields on InterviewKit {\n  kitId\n  title\n  roleName\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  sections {\n    competency\n    title\n    questions {\n      ...InterviewModeQuestionFields\n    }\n  }\n}\n\nfragment InterviewModeScorecardFields on Scorecard {\n  id\n  status\n  version\n  revision\n  answers {\n    questionId\n    rating\n    notAsked\n    notes\n  }\n  competencyRatings {\n    competency\n    rating\n  }\n  recommendation\n  summary\n  startedAt\n  submittedAt\n  updatedAt\n}\n\nfragment InterviewModeFields on Interview {\n  id\n  jobId\n  jobTitle\n  roundName\n  scheduledAt\n  durationMinutes\n  candidate {\n    id\n    name\n  }\n  kit {\n    ...InterviewModeKitFields\n  }\n  myScorecard {\n    ...InterviewModeScorecardFields\n  }\n}": typeof types.InterviewModeQuestionFieldsFragmentDoc,
    "query InterviewMode($id: ID!) {\n  interview(id: $id) {\n    ...InterviewModeFields\n  }\n}\n\nquery InterviewModeScorecard($id: ID!) {\n  scorecard(id: $id) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nquery InterviewModeHistory($id: ID!) {\n  scorecard(id: $id) {\n    id\n    history {\n      revision\n      reason\n      createdAt\n      createdByName\n      content {\n        recommendation\n        summary\n      }\n    }\n  }\n}": typeof types.InterviewModeDocument,
    "mutation SaveScorecardDraft($input: ScorecardChangeInput!) {\n  saveScorecardDraft(input: $input) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nmutation SubmitScorecard($id: ID!, $version: Int!) {\n  submitScorecard(id: $id, version: $version) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nmutation AmendScorecard($input: AmendScorecardInput!) {\n  amendScorecard(input: $input) {\n    ...InterviewModeScorecardFields\n  }\n}": typeof types.SaveScorecardDraftDocument,
};
const documents: Documents = {
    "fragment AccountSessionFields on AccountSession {\n  id\n  createdAt\n  expiresAt\n  userAgent\n  ipAddress\n  current\n  singleSignOn\n}": types.AccountSessionFieldsFragmentDoc,
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "mutation EndSession($sessionId: ID!) {\n  endSession(sessionId: $sessionId)\n}\n\nmutation EndOtherSessions {\n  endOtherSessions\n}": types.EndSessionDocument,
    "query MySessions {\n  mySessions {\n    ...AccountSessionFields\n  }\n}": types.MySessionsDocument,
    "query InterviewerCalibration {\n  interviewerCalibration {\n    interviewer {\n      userId\n      name\n    }\n    scorecards\n    ratings\n    comparisons\n    rawLeniency\n    shrunkLeniency\n    label\n    medianHoursToSubmit\n  }\n}": types.InterviewerCalibrationDocument,
    "query JobReliability {\n  jobReliability {\n    jobId\n    jobTitle\n    candidates\n    reliability {\n      ...PanelReliabilityFields\n    }\n  }\n}": types.JobReliabilityDocument,
    "fragment AuditEventFields on AuditEvent {\n  id\n  occurredAt\n  actorId\n  actorLabel\n  action\n  targetType\n  targetId\n  requestId\n  ipAddress\n  details {\n    key\n    value\n  }\n}": types.AuditEventFieldsFragmentDoc,
    "query AuditEventsCsv($filter: AuditFilterInput) {\n  auditEventsCsv(filter: $filter) {\n    fileName\n    content\n  }\n}": types.AuditEventsCsvDocument,
    "query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    events {\n      ...AuditEventFields\n    }\n    nextCursor\n  }\n}": types.AuditEventsDocument,
    "query AuditFilterOptions {\n  auditActions\n  members {\n    id\n    userId\n    name\n    email\n    status\n  }\n}": types.AuditFilterOptionsDocument,
    "query AuditSettings {\n  auditSettings {\n    retentionDays\n  }\n}": types.AuditSettingsDocument,
    "mutation SetAuditRetention($days: Int!) {\n  setAuditRetention(days: $days) {\n    retentionDays\n  }\n}": types.SetAuditRetentionDocument,
    "mutation AcceptInvitationSignedIn($token: String!) {\n  acceptInvitationSignedIn(token: $token) {\n    ...ViewerFields\n  }\n}": types.AcceptInvitationSignedInDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}": types.AcceptInvitationDocument,
    "query Invitation($token: String!) {\n  invitation(token: $token) {\n    email\n    name\n    organizationName\n    role\n    expiresAt\n  }\n}": types.InvitationDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...ViewerFields\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "query PasswordReset($token: String!) {\n  passwordReset(token: $token) {\n    email\n    organizationName\n    expiresAt\n  }\n}": types.PasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ...ViewerFields\n  }\n}": types.ResetPasswordDocument,
    "mutation SwitchOrganization($organizationId: ID!) {\n  switchOrganization(organizationId: $organizationId) {\n    ...ViewerFields\n  }\n}": types.SwitchOrganizationDocument,
    "fragment ViewerFields on Viewer {\n  user {\n    id\n    name\n    email\n  }\n  organization {\n    id\n    name\n    slug\n  }\n  role\n  memberships {\n    role\n    organization {\n      id\n      name\n      slug\n    }\n  }\n  canCreateOrganization\n  singleSignOn\n}": types.ViewerFieldsFragmentDoc,
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
    "fragment QuestionRevisionFields on QuestionRevision {\n  id\n  questionId\n  revision\n  prompt\n  code\n  category\n  followUps\n  rubric {\n    ...QuestionRubricFields\n  }\n  type\n  difficulty\n  competencies\n  tags\n  classification {\n    type {\n      value\n      reason\n    }\n    competencies {\n      value\n      reason\n    }\n    tags {\n      value\n      reason\n    }\n    difficulty {\n      value\n      reason\n    }\n  }\n  changeNote\n  createdByName\n  createdAt\n}": types.QuestionRevisionFieldsFragmentDoc,
    "query QuestionRevision($id: ID!) {\n  questionRevision(id: $id) {\n    ...QuestionRevisionFields\n  }\n}": types.QuestionRevisionDocument,
    "fragment QuestionRubricFields on Rubric {\n  referenceAnswer\n  lookFor\n  redFlags\n  whatToExpect\n  interviewerGuidance\n  sampleAnswer\n}": types.QuestionRubricFieldsFragmentDoc,
    "mutation ArchiveQuestion($id: ID!) {\n  archiveQuestion(id: $id) {\n    ...QuestionFields\n  }\n}\n\nmutation RestoreQuestion($id: ID!) {\n  restoreQuestion(id: $id) {\n    ...QuestionFields\n  }\n}": types.ArchiveQuestionDocument,
    "fragment QuestionSummaryFields on Question {\n  id\n  status\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  hasLookFor\n  hasRedFlags\n  updatedAt\n}": types.QuestionSummaryFieldsFragmentDoc,
    "fragment QuestionFields on Question {\n  id\n  status\n  version\n  currentRevision\n  prompt\n  type\n  difficulty\n  competencies\n  tags\n  category\n  hasLookFor\n  hasRedFlags\n  createdAt\n  updatedAt\n  protectedFindings {\n    category\n    field\n    match\n  }\n  current {\n    ...QuestionRevisionFields\n  }\n  revisions {\n    id\n    revision\n    changeNote\n    createdByName\n    createdAt\n  }\n  sources {\n    file\n    item\n    line\n    createdAt\n  }\n}": types.QuestionFieldsFragmentDoc,
    "query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionFields\n    kits {\n      id\n      roleName\n      title\n      pinnedRevision\n    }\n  }\n}": types.QuestionDocument,
    "mutation UpdateQuestion($input: UpdateQuestionInput!) {\n  updateQuestion(input: $input) {\n    ...QuestionFields\n  }\n}": types.UpdateQuestionDocument,
    "query CandidateErasureStatus($id: ID!) {\n  candidate(id: $id) {\n    id\n    erasedAt\n  }\n}": types.CandidateErasureStatusDocument,
    "query CandidateExport($candidateId: ID!) {\n  candidateExport(candidateId: $candidateId) {\n    fileName\n    content\n  }\n}": types.CandidateExportDocument,
    "query CandidateRetention {\n  candidateRetention {\n    months\n  }\n  candidateRetentionPreview {\n    candidateId\n    name\n    lastDecision\n    lastDecisionAt\n    dueSince\n  }\n}": types.CandidateRetentionDocument,
    "mutation EraseCandidate($input: EraseCandidateInput!) {\n  eraseCandidate(input: $input) {\n    candidateId\n    name\n    erasedAt\n    alreadyErased\n    scorecardsBlanked\n    answersBlanked\n    revisionsBlanked\n    decisionsBlanked\n    auditEventsScrubbed\n  }\n}": types.EraseCandidateDocument,
    "mutation SetCandidateRetention($months: Int) {\n  setCandidateRetention(months: $months) {\n    months\n  }\n}": types.SetCandidateRetentionDocument,
    "fragment CandidateDetail on Candidate {\n  id\n  name\n  email\n  links\n  version\n  createdAt\n}": types.CandidateDetailFragmentDoc,
    "mutation CreateCandidate($input: CreateCandidateInput!) {\n  createCandidate(input: $input) {\n    ...CandidateDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}\n\nmutation SaveCandidate($input: SaveCandidateInput!) {\n  saveCandidate(input: $input) {\n    ...CandidateDetail\n  }\n}": types.CreateCandidateDocument,
    "query Candidate($id: ID!) {\n  candidate(id: $id) {\n    ...CandidateDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}": types.CandidateDocument,
    "query Candidates($search: String) {\n  candidates(search: $search) {\n    ...CandidateDetail\n    loops {\n      id\n      job {\n        id\n        title\n      }\n    }\n  }\n}": types.CandidatesDocument,
    "query OverdueScorecards {\n  overdueScorecards {\n    id\n    loopId\n    jobTitle\n    roundName\n    status\n    endedAt\n    candidate {\n      id\n      name\n    }\n    interviewer {\n      userId\n      name\n    }\n  }\n}": types.OverdueScorecardsDocument,
    "query InterviewLoop($id: ID!) {\n  interviewLoop(id: $id) {\n    id\n    createdAt\n    candidate {\n      id\n      name\n      email\n    }\n    job {\n      id\n      title\n      status\n      rounds {\n        id\n        name\n        position\n        kit {\n          id\n          title\n          interviewMinutes\n        }\n      }\n    }\n    interviews {\n      ...LoopInterview\n    }\n    repeatedQuestions {\n      questionId\n      interviewIds\n    }\n  }\n}": types.InterviewLoopDocument,
    "mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n  scheduleInterview(input: $input) {\n    ...LoopInterview\n  }\n}\n\nmutation RescheduleInterview($input: RescheduleInterviewInput!) {\n  rescheduleInterview(input: $input) {\n    ...LoopInterview\n  }\n}\n\nmutation CancelInterview($id: ID!) {\n  cancelInterview(id: $id)\n}": types.ScheduleInterviewDocument,
    "fragment LoopInterview on Interview {\n  id\n  loopId\n  roundName\n  scheduledAt\n  durationMinutes\n  version\n  kit {\n    kitId\n    title\n    interviewMinutes\n    sections {\n      questions {\n        questionId\n        revision {\n          id\n          prompt\n        }\n      }\n    }\n  }\n  panel {\n    ...LoopPanelSeat\n  }\n}": types.LoopInterviewFragmentDoc,
    "fragment LoopPanelSeat on PanelSeat {\n  id\n  interviewId\n  loopId\n  status\n  submittedAt\n  amendments\n  interviewer {\n    userId\n    name\n  }\n}": types.LoopPanelSeatFragmentDoc,
    "fragment LoopSummary on InterviewLoop {\n  id\n  createdAt\n  candidate {\n    id\n    name\n  }\n  job {\n    id\n    title\n  }\n  interviews {\n    id\n    roundName\n    scheduledAt\n    durationMinutes\n    kit {\n      title\n    }\n    panel {\n      ...LoopPanelSeat\n    }\n  }\n}": types.LoopSummaryFragmentDoc,
    "query MyInterviews {\n  myInterviews {\n    id\n    loopId\n    jobTitle\n    roundName\n    scheduledAt\n    durationMinutes\n    candidate {\n      id\n      name\n    }\n    kit {\n      title\n    }\n    myScorecard {\n      id\n      status\n      submittedAt\n    }\n  }\n}": types.MyInterviewsDocument,
    "subscription PanelProgress($loopId: ID!) {\n  panelProgress(loopId: $loopId) {\n    ...LoopPanelSeat\n  }\n}": types.PanelProgressDocument,
    "mutation StartLoop($candidateId: ID!, $jobId: ID!) {\n  startLoop(candidateId: $candidateId, jobId: $jobId) {\n    ...LoopSummary\n  }\n}": types.StartLoopDocument,
    "fragment JobDetail on Job {\n  ...JobSummary\n  version\n  rounds {\n    id\n    name\n    position\n    kit {\n      id\n      title\n      roleName\n      interviewMinutes\n    }\n  }\n}": types.JobDetailFragmentDoc,
    "fragment JobSummary on Job {\n  id\n  title\n  team\n  status\n  candidateCount\n  updatedAt\n  hiringManager {\n    userId\n    name\n  }\n}": types.JobSummaryFragmentDoc,
    "mutation CreateJob($input: JobInput!) {\n  createJob(input: $input) {\n    ...JobDetail\n  }\n}\n\nmutation SaveJob($input: SaveJobInput!) {\n  saveJob(input: $input) {\n    ...JobDetail\n  }\n}": types.CreateJobDocument,
    "query Job($id: ID!) {\n  job(id: $id) {\n    ...JobDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}": types.JobDocument,
    "query Jobs {\n  jobs {\n    ...JobSummary\n  }\n}": types.JobsDocument,
    "fragment KitQuestionFields on KitQuestion {\n  id\n  position\n  plannedMinutes\n  questionId\n  currentRevision\n  newerRevisionAvailable\n  archived\n  revision {\n    id\n    revision\n    prompt\n    code\n    followUps\n    rubric {\n      ...QuestionRubricFields\n    }\n    type\n    difficulty\n    tags\n    competencies\n  }\n}\n\nfragment KitFields on Kit {\n  id\n  roleName\n  title\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  status\n  version\n  clonedFromId\n  createdAt\n  updatedAt\n  sections {\n    id\n    position\n    competency\n    title\n    questions {\n      ...KitQuestionFields\n    }\n  }\n  summary {\n    totalMinutes\n    questionCount\n    competenciesCovered\n    competenciesMissing\n    warnings {\n      code\n      message\n      sectionIndex\n      questionId\n    }\n  }\n}": types.KitQuestionFieldsFragmentDoc,
    "mutation CreateKit($input: KitInput!) {\n  createKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation SaveKit($input: SaveKitInput!) {\n  saveKit(input: $input) {\n    ...KitFields\n  }\n}\n\nmutation CloneKit($id: ID!) {\n  cloneKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation ArchiveKit($id: ID!) {\n  archiveKit(id: $id) {\n    ...KitFields\n  }\n}\n\nmutation TakeNewerRevision($kitQuestionId: ID!) {\n  takeNewerRevision(kitQuestionId: $kitQuestionId) {\n    ...KitFields\n  }\n}": types.CreateKitDocument,
    "query Kit($id: ID!) {\n  kit(id: $id) {\n    ...KitFields\n  }\n}": types.KitDocument,
    "query Kits {\n  kits {\n    id\n    roleName\n    title\n    interviewMinutes\n    updatedAt\n    summary {\n      totalMinutes\n      questionCount\n      competenciesCovered\n    }\n  }\n}": types.KitsDocument,
    "mutation AddMember($input: AddMemberInput!) {\n  addMember(input: $input) {\n    inviteUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}": types.AddMemberDocument,
    "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) {\n    ...MemberFields\n  }\n}": types.ChangeMemberRoleDocument,
    "mutation IssuePasswordReset($memberId: ID!) {\n  issuePasswordReset(memberId: $memberId) {\n    resetUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}": types.IssuePasswordResetDocument,
    "mutation DeactivateMember($memberId: ID!) {\n  deactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}\n\nmutation ReactivateMember($memberId: ID!) {\n  reactivateMember(memberId: $memberId) {\n    ...MemberFields\n  }\n}": types.DeactivateMemberDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  status\n  version\n  createdAt\n}": types.MemberFieldsFragmentDoc,
    "query Members {\n  members {\n    ...MemberFields\n  }\n}": types.MembersDocument,
    "mutation ReissueInvitation($memberId: ID!) {\n  reissueInvitation(memberId: $memberId) {\n    inviteUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}": types.ReissueInvitationDocument,
    "mutation RevokeInvitation($memberId: ID!) {\n  revokeInvitation(memberId: $memberId)\n}": types.RevokeInvitationDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...ViewerFields\n  }\n}": types.CreateOrganizationDocument,
    "fragment OrganizationSettingsFields on OrganizationSettings {\n  id\n  name\n  slug\n  version\n  passwordSignIn\n  sso {\n    issuer\n    clientId\n    hasClientSecret\n    allowedDomains\n    defaultRole\n    enabled\n    redirectUri\n    version\n  }\n}": types.OrganizationSettingsFieldsFragmentDoc,
    "mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation SetPasswordSignIn($enabled: Boolean!) {\n  setPasswordSignIn(enabled: $enabled) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation ConfigureSso($input: ConfigureSsoInput!) {\n  configureSso(input: $input) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation RemoveSso {\n  removeSso {\n    ...OrganizationSettingsFields\n  }\n}": types.UpdateOrganizationDocument,
    "query OrganizationSettings {\n  organizationSettings {\n    ...OrganizationSettingsFields\n  }\n}": types.OrganizationSettingsDocument,
    "query JobComparisonCsv($jobId: ID!, $weights: [CompetencyWeightInput!]) {\n  jobComparisonCsv(jobId: $jobId, weights: $weights) {\n    fileName\n    content\n  }\n}": types.JobComparisonCsvDocument,
    "query JobComparison($jobId: ID!, $weights: [CompetencyWeightInput!]) {\n  jobComparison(jobId: $jobId, weights: $weights) {\n    jobId\n    jobTitle\n    competencies\n    weights {\n      competency\n      weight\n    }\n    rows {\n      loopId\n      candidate {\n        id\n        name\n      }\n      ...PanelFiguresFields\n    }\n    reliability {\n      ...PanelReliabilityFields\n    }\n  }\n}": types.JobComparisonDocument,
    "fragment PanelFiguresFields on PanelFigures {\n  visible\n  competencies {\n    ...PanelCompetencySummaryFields\n  }\n  tally {\n    ...PanelTallyFields\n  }\n  rawComposite {\n    ...PanelCompositeFields\n  }\n  calibratedComposite {\n    ...PanelCompositeFields\n  }\n  disagreements\n  submitted\n  expected\n  missing {\n    ...PanelMissingFields\n  }\n  decision {\n    ...HiringDecisionFields\n  }\n}\n\nfragment PanelCompetencySummaryFields on CompetencySummary {\n  competency\n  n\n  mean\n  median\n  min\n  max\n  spread\n  disagreement\n  calibratedMean\n  weight\n}\n\nfragment PanelTallyFields on RecommendationTally {\n  strongNo\n  no\n  yes\n  strongYes\n  total\n  lean\n  split\n}\n\nfragment PanelCompositeFields on Composite {\n  score\n  competenciesUsed\n  competenciesMissing\n  totalWeight\n}\n\nfragment PanelMissingFields on MissingScorecard {\n  interviewId\n  status\n  roundName\n  interviewer {\n    userId\n    name\n  }\n}\n\nfragment HiringDecisionFields on HiringDecision {\n  id\n  loopId\n  decision\n  rationale\n  decidedByName\n  decidedAt\n}": types.PanelFiguresFieldsFragmentDoc,
    "fragment PanelReliabilityFields on PanelReliability {\n  alpha\n  band\n  bandLabel\n  reason\n  pairableValues\n  unitsUsed\n}": types.PanelReliabilityFieldsFragmentDoc,
    "query PanelScorecard($loopId: ID!) {\n  panelScorecard(loopId: $loopId) {\n    loopId\n    jobId\n    jobTitle\n    canDecide\n    candidate {\n      id\n      name\n    }\n    ...PanelFiguresFields\n    submittedBy {\n      userId\n      name\n    }\n    scorecards {\n      scorecardId\n      interviewId\n      roundName\n      submittedAt\n      scalePoints\n      recommendation\n      summary\n      leniency\n      leniencyLabel\n      interviewer {\n        userId\n        name\n      }\n      ratings {\n        competency\n        rating\n      }\n      evidence {\n        questionId\n        prompt\n        competency\n        rating\n        notAsked\n        notes\n      }\n    }\n    decisions {\n      ...HiringDecisionFields\n    }\n  }\n}": types.PanelScorecardDocument,
    "mutation RecordHiringDecision($input: RecordHiringDecisionInput!) {\n  recordHiringDecision(input: $input) {\n    ...HiringDecisionFields\n  }\n}": types.RecordHiringDecisionDocument,
    "fragment InterviewModeQuestionFields on InterviewQuestion {\n  questionId\n  position\n  competency\n  plannedMinutes\n  revision {\n    id\n    type\n    prompt\n    code\n    followUps\n    rubric {\n      ...QuestionRubricFields\n    }\n  }\n}\n\nfragment InterviewModeKitFields on InterviewKit {\n  kitId\n  title\n  roleName\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  sections {\n    competency\n    title\n    questions {\n      ...InterviewModeQuestionFields\n    }\n  }\n}\n\nfragment InterviewModeScorecardFields on Scorecard {\n  id\n  status\n  version\n  revision\n  answers {\n    questionId\n    rating\n    notAsked\n    notes\n  }\n  competencyRatings {\n    competency\n    rating\n  }\n  recommendation\n  summary\n  startedAt\n  submittedAt\n  updatedAt\n}\n\nfragment InterviewModeFields on Interview {\n  id\n  jobId\n  jobTitle\n  roundName\n  scheduledAt\n  durationMinutes\n  candidate {\n    id\n    name\n  }\n  kit {\n    ...InterviewModeKitFields\n  }\n  myScorecard {\n    ...InterviewModeScorecardFields\n  }\n}": types.InterviewModeQuestionFieldsFragmentDoc,
    "query InterviewMode($id: ID!) {\n  interview(id: $id) {\n    ...InterviewModeFields\n  }\n}\n\nquery InterviewModeScorecard($id: ID!) {\n  scorecard(id: $id) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nquery InterviewModeHistory($id: ID!) {\n  scorecard(id: $id) {\n    id\n    history {\n      revision\n      reason\n      createdAt\n      createdByName\n      content {\n        recommendation\n        summary\n      }\n    }\n  }\n}": types.InterviewModeDocument,
    "mutation SaveScorecardDraft($input: ScorecardChangeInput!) {\n  saveScorecardDraft(input: $input) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nmutation SubmitScorecard($id: ID!, $version: Int!) {\n  submitScorecard(id: $id, version: $version) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nmutation AmendScorecard($input: AmendScorecardInput!) {\n  amendScorecard(input: $input) {\n    ...InterviewModeScorecardFields\n  }\n}": types.SaveScorecardDraftDocument,
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
export function graphql(source: "fragment AccountSessionFields on AccountSession {\n  id\n  createdAt\n  expiresAt\n  userAgent\n  ipAddress\n  current\n  singleSignOn\n}"): (typeof documents)["fragment AccountSessionFields on AccountSession {\n  id\n  createdAt\n  expiresAt\n  userAgent\n  ipAddress\n  current\n  singleSignOn\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSession($sessionId: ID!) {\n  endSession(sessionId: $sessionId)\n}\n\nmutation EndOtherSessions {\n  endOtherSessions\n}"): (typeof documents)["mutation EndSession($sessionId: ID!) {\n  endSession(sessionId: $sessionId)\n}\n\nmutation EndOtherSessions {\n  endOtherSessions\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions {\n  mySessions {\n    ...AccountSessionFields\n  }\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    ...AccountSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewerCalibration {\n  interviewerCalibration {\n    interviewer {\n      userId\n      name\n    }\n    scorecards\n    ratings\n    comparisons\n    rawLeniency\n    shrunkLeniency\n    label\n    medianHoursToSubmit\n  }\n}"): (typeof documents)["query InterviewerCalibration {\n  interviewerCalibration {\n    interviewer {\n      userId\n      name\n    }\n    scorecards\n    ratings\n    comparisons\n    rawLeniency\n    shrunkLeniency\n    label\n    medianHoursToSubmit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobReliability {\n  jobReliability {\n    jobId\n    jobTitle\n    candidates\n    reliability {\n      ...PanelReliabilityFields\n    }\n  }\n}"): (typeof documents)["query JobReliability {\n  jobReliability {\n    jobId\n    jobTitle\n    candidates\n    reliability {\n      ...PanelReliabilityFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEventFields on AuditEvent {\n  id\n  occurredAt\n  actorId\n  actorLabel\n  action\n  targetType\n  targetId\n  requestId\n  ipAddress\n  details {\n    key\n    value\n  }\n}"): (typeof documents)["fragment AuditEventFields on AuditEvent {\n  id\n  occurredAt\n  actorId\n  actorLabel\n  action\n  targetType\n  targetId\n  requestId\n  ipAddress\n  details {\n    key\n    value\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsCsv($filter: AuditFilterInput) {\n  auditEventsCsv(filter: $filter) {\n    fileName\n    content\n  }\n}"): (typeof documents)["query AuditEventsCsv($filter: AuditFilterInput) {\n  auditEventsCsv(filter: $filter) {\n    fileName\n    content\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    events {\n      ...AuditEventFields\n    }\n    nextCursor\n  }\n}"): (typeof documents)["query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n  auditEvents(filter: $filter, first: $first, after: $after) {\n    events {\n      ...AuditEventFields\n    }\n    nextCursor\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditFilterOptions {\n  auditActions\n  members {\n    id\n    userId\n    name\n    email\n    status\n  }\n}"): (typeof documents)["query AuditFilterOptions {\n  auditActions\n  members {\n    id\n    userId\n    name\n    email\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditSettings {\n  auditSettings {\n    retentionDays\n  }\n}"): (typeof documents)["query AuditSettings {\n  auditSettings {\n    retentionDays\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAuditRetention($days: Int!) {\n  setAuditRetention(days: $days) {\n    retentionDays\n  }\n}"): (typeof documents)["mutation SetAuditRetention($days: Int!) {\n  setAuditRetention(days: $days) {\n    retentionDays\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationSignedIn($token: String!) {\n  acceptInvitationSignedIn(token: $token) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation AcceptInvitationSignedIn($token: String!) {\n  acceptInvitationSignedIn(token: $token) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invitation($token: String!) {\n  invitation(token: $token) {\n    email\n    name\n    organizationName\n    role\n    expiresAt\n  }\n}"): (typeof documents)["query Invitation($token: String!) {\n  invitation(token: $token) {\n    email\n    name\n    organizationName\n    role\n    expiresAt\n  }\n}"];
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
export function graphql(source: "query PasswordReset($token: String!) {\n  passwordReset(token: $token) {\n    email\n    organizationName\n    expiresAt\n  }\n}"): (typeof documents)["query PasswordReset($token: String!) {\n  passwordReset(token: $token) {\n    email\n    organizationName\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SwitchOrganization($organizationId: ID!) {\n  switchOrganization(organizationId: $organizationId) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation SwitchOrganization($organizationId: ID!) {\n  switchOrganization(organizationId: $organizationId) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  user {\n    id\n    name\n    email\n  }\n  organization {\n    id\n    name\n    slug\n  }\n  role\n  memberships {\n    role\n    organization {\n      id\n      name\n      slug\n    }\n  }\n  canCreateOrganization\n  singleSignOn\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  user {\n    id\n    name\n    email\n  }\n  organization {\n    id\n    name\n    slug\n  }\n  role\n  memberships {\n    role\n    organization {\n      id\n      name\n      slug\n    }\n  }\n  canCreateOrganization\n  singleSignOn\n}"];
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
export function graphql(source: "fragment QuestionRevisionFields on QuestionRevision {\n  id\n  questionId\n  revision\n  prompt\n  code\n  category\n  followUps\n  rubric {\n    ...QuestionRubricFields\n  }\n  type\n  difficulty\n  competencies\n  tags\n  classification {\n    type {\n      value\n      reason\n    }\n    competencies {\n      value\n      reason\n    }\n    tags {\n      value\n      reason\n    }\n    difficulty {\n      value\n      reason\n    }\n  }\n  changeNote\n  createdByName\n  createdAt\n}"): (typeof documents)["fragment QuestionRevisionFields on QuestionRevision {\n  id\n  questionId\n  revision\n  prompt\n  code\n  category\n  followUps\n  rubric {\n    ...QuestionRubricFields\n  }\n  type\n  difficulty\n  competencies\n  tags\n  classification {\n    type {\n      value\n      reason\n    }\n    competencies {\n      value\n      reason\n    }\n    tags {\n      value\n      reason\n    }\n    difficulty {\n      value\n      reason\n    }\n  }\n  changeNote\n  createdByName\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionRevision($id: ID!) {\n  questionRevision(id: $id) {\n    ...QuestionRevisionFields\n  }\n}"): (typeof documents)["query QuestionRevision($id: ID!) {\n  questionRevision(id: $id) {\n    ...QuestionRevisionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QuestionRubricFields on Rubric {\n  referenceAnswer\n  lookFor\n  redFlags\n  whatToExpect\n  interviewerGuidance\n  sampleAnswer\n}"): (typeof documents)["fragment QuestionRubricFields on Rubric {\n  referenceAnswer\n  lookFor\n  redFlags\n  whatToExpect\n  interviewerGuidance\n  sampleAnswer\n}"];
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
export function graphql(source: "query CandidateErasureStatus($id: ID!) {\n  candidate(id: $id) {\n    id\n    erasedAt\n  }\n}"): (typeof documents)["query CandidateErasureStatus($id: ID!) {\n  candidate(id: $id) {\n    id\n    erasedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidateExport($candidateId: ID!) {\n  candidateExport(candidateId: $candidateId) {\n    fileName\n    content\n  }\n}"): (typeof documents)["query CandidateExport($candidateId: ID!) {\n  candidateExport(candidateId: $candidateId) {\n    fileName\n    content\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CandidateRetention {\n  candidateRetention {\n    months\n  }\n  candidateRetentionPreview {\n    candidateId\n    name\n    lastDecision\n    lastDecisionAt\n    dueSince\n  }\n}"): (typeof documents)["query CandidateRetention {\n  candidateRetention {\n    months\n  }\n  candidateRetentionPreview {\n    candidateId\n    name\n    lastDecision\n    lastDecisionAt\n    dueSince\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseCandidate($input: EraseCandidateInput!) {\n  eraseCandidate(input: $input) {\n    candidateId\n    name\n    erasedAt\n    alreadyErased\n    scorecardsBlanked\n    answersBlanked\n    revisionsBlanked\n    decisionsBlanked\n    auditEventsScrubbed\n  }\n}"): (typeof documents)["mutation EraseCandidate($input: EraseCandidateInput!) {\n  eraseCandidate(input: $input) {\n    candidateId\n    name\n    erasedAt\n    alreadyErased\n    scorecardsBlanked\n    answersBlanked\n    revisionsBlanked\n    decisionsBlanked\n    auditEventsScrubbed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetCandidateRetention($months: Int) {\n  setCandidateRetention(months: $months) {\n    months\n  }\n}"): (typeof documents)["mutation SetCandidateRetention($months: Int) {\n  setCandidateRetention(months: $months) {\n    months\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CandidateDetail on Candidate {\n  id\n  name\n  email\n  links\n  version\n  createdAt\n}"): (typeof documents)["fragment CandidateDetail on Candidate {\n  id\n  name\n  email\n  links\n  version\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCandidate($input: CreateCandidateInput!) {\n  createCandidate(input: $input) {\n    ...CandidateDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}\n\nmutation SaveCandidate($input: SaveCandidateInput!) {\n  saveCandidate(input: $input) {\n    ...CandidateDetail\n  }\n}"): (typeof documents)["mutation CreateCandidate($input: CreateCandidateInput!) {\n  createCandidate(input: $input) {\n    ...CandidateDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}\n\nmutation SaveCandidate($input: SaveCandidateInput!) {\n  saveCandidate(input: $input) {\n    ...CandidateDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Candidate($id: ID!) {\n  candidate(id: $id) {\n    ...CandidateDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}"): (typeof documents)["query Candidate($id: ID!) {\n  candidate(id: $id) {\n    ...CandidateDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Candidates($search: String) {\n  candidates(search: $search) {\n    ...CandidateDetail\n    loops {\n      id\n      job {\n        id\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query Candidates($search: String) {\n  candidates(search: $search) {\n    ...CandidateDetail\n    loops {\n      id\n      job {\n        id\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverdueScorecards {\n  overdueScorecards {\n    id\n    loopId\n    jobTitle\n    roundName\n    status\n    endedAt\n    candidate {\n      id\n      name\n    }\n    interviewer {\n      userId\n      name\n    }\n  }\n}"): (typeof documents)["query OverdueScorecards {\n  overdueScorecards {\n    id\n    loopId\n    jobTitle\n    roundName\n    status\n    endedAt\n    candidate {\n      id\n      name\n    }\n    interviewer {\n      userId\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewLoop($id: ID!) {\n  interviewLoop(id: $id) {\n    id\n    createdAt\n    candidate {\n      id\n      name\n      email\n    }\n    job {\n      id\n      title\n      status\n      rounds {\n        id\n        name\n        position\n        kit {\n          id\n          title\n          interviewMinutes\n        }\n      }\n    }\n    interviews {\n      ...LoopInterview\n    }\n    repeatedQuestions {\n      questionId\n      interviewIds\n    }\n  }\n}"): (typeof documents)["query InterviewLoop($id: ID!) {\n  interviewLoop(id: $id) {\n    id\n    createdAt\n    candidate {\n      id\n      name\n      email\n    }\n    job {\n      id\n      title\n      status\n      rounds {\n        id\n        name\n        position\n        kit {\n          id\n          title\n          interviewMinutes\n        }\n      }\n    }\n    interviews {\n      ...LoopInterview\n    }\n    repeatedQuestions {\n      questionId\n      interviewIds\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n  scheduleInterview(input: $input) {\n    ...LoopInterview\n  }\n}\n\nmutation RescheduleInterview($input: RescheduleInterviewInput!) {\n  rescheduleInterview(input: $input) {\n    ...LoopInterview\n  }\n}\n\nmutation CancelInterview($id: ID!) {\n  cancelInterview(id: $id)\n}"): (typeof documents)["mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n  scheduleInterview(input: $input) {\n    ...LoopInterview\n  }\n}\n\nmutation RescheduleInterview($input: RescheduleInterviewInput!) {\n  rescheduleInterview(input: $input) {\n    ...LoopInterview\n  }\n}\n\nmutation CancelInterview($id: ID!) {\n  cancelInterview(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LoopInterview on Interview {\n  id\n  loopId\n  roundName\n  scheduledAt\n  durationMinutes\n  version\n  kit {\n    kitId\n    title\n    interviewMinutes\n    sections {\n      questions {\n        questionId\n        revision {\n          id\n          prompt\n        }\n      }\n    }\n  }\n  panel {\n    ...LoopPanelSeat\n  }\n}"): (typeof documents)["fragment LoopInterview on Interview {\n  id\n  loopId\n  roundName\n  scheduledAt\n  durationMinutes\n  version\n  kit {\n    kitId\n    title\n    interviewMinutes\n    sections {\n      questions {\n        questionId\n        revision {\n          id\n          prompt\n        }\n      }\n    }\n  }\n  panel {\n    ...LoopPanelSeat\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LoopPanelSeat on PanelSeat {\n  id\n  interviewId\n  loopId\n  status\n  submittedAt\n  amendments\n  interviewer {\n    userId\n    name\n  }\n}"): (typeof documents)["fragment LoopPanelSeat on PanelSeat {\n  id\n  interviewId\n  loopId\n  status\n  submittedAt\n  amendments\n  interviewer {\n    userId\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LoopSummary on InterviewLoop {\n  id\n  createdAt\n  candidate {\n    id\n    name\n  }\n  job {\n    id\n    title\n  }\n  interviews {\n    id\n    roundName\n    scheduledAt\n    durationMinutes\n    kit {\n      title\n    }\n    panel {\n      ...LoopPanelSeat\n    }\n  }\n}"): (typeof documents)["fragment LoopSummary on InterviewLoop {\n  id\n  createdAt\n  candidate {\n    id\n    name\n  }\n  job {\n    id\n    title\n  }\n  interviews {\n    id\n    roundName\n    scheduledAt\n    durationMinutes\n    kit {\n      title\n    }\n    panel {\n      ...LoopPanelSeat\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInterviews {\n  myInterviews {\n    id\n    loopId\n    jobTitle\n    roundName\n    scheduledAt\n    durationMinutes\n    candidate {\n      id\n      name\n    }\n    kit {\n      title\n    }\n    myScorecard {\n      id\n      status\n      submittedAt\n    }\n  }\n}"): (typeof documents)["query MyInterviews {\n  myInterviews {\n    id\n    loopId\n    jobTitle\n    roundName\n    scheduledAt\n    durationMinutes\n    candidate {\n      id\n      name\n    }\n    kit {\n      title\n    }\n    myScorecard {\n      id\n      status\n      submittedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PanelProgress($loopId: ID!) {\n  panelProgress(loopId: $loopId) {\n    ...LoopPanelSeat\n  }\n}"): (typeof documents)["subscription PanelProgress($loopId: ID!) {\n  panelProgress(loopId: $loopId) {\n    ...LoopPanelSeat\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartLoop($candidateId: ID!, $jobId: ID!) {\n  startLoop(candidateId: $candidateId, jobId: $jobId) {\n    ...LoopSummary\n  }\n}"): (typeof documents)["mutation StartLoop($candidateId: ID!, $jobId: ID!) {\n  startLoop(candidateId: $candidateId, jobId: $jobId) {\n    ...LoopSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JobDetail on Job {\n  ...JobSummary\n  version\n  rounds {\n    id\n    name\n    position\n    kit {\n      id\n      title\n      roleName\n      interviewMinutes\n    }\n  }\n}"): (typeof documents)["fragment JobDetail on Job {\n  ...JobSummary\n  version\n  rounds {\n    id\n    name\n    position\n    kit {\n      id\n      title\n      roleName\n      interviewMinutes\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JobSummary on Job {\n  id\n  title\n  team\n  status\n  candidateCount\n  updatedAt\n  hiringManager {\n    userId\n    name\n  }\n}"): (typeof documents)["fragment JobSummary on Job {\n  id\n  title\n  team\n  status\n  candidateCount\n  updatedAt\n  hiringManager {\n    userId\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateJob($input: JobInput!) {\n  createJob(input: $input) {\n    ...JobDetail\n  }\n}\n\nmutation SaveJob($input: SaveJobInput!) {\n  saveJob(input: $input) {\n    ...JobDetail\n  }\n}"): (typeof documents)["mutation CreateJob($input: JobInput!) {\n  createJob(input: $input) {\n    ...JobDetail\n  }\n}\n\nmutation SaveJob($input: SaveJobInput!) {\n  saveJob(input: $input) {\n    ...JobDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Job($id: ID!) {\n  job(id: $id) {\n    ...JobDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}"): (typeof documents)["query Job($id: ID!) {\n  job(id: $id) {\n    ...JobDetail\n    loops {\n      ...LoopSummary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Jobs {\n  jobs {\n    ...JobSummary\n  }\n}"): (typeof documents)["query Jobs {\n  jobs {\n    ...JobSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KitQuestionFields on KitQuestion {\n  id\n  position\n  plannedMinutes\n  questionId\n  currentRevision\n  newerRevisionAvailable\n  archived\n  revision {\n    id\n    revision\n    prompt\n    code\n    followUps\n    rubric {\n      ...QuestionRubricFields\n    }\n    type\n    difficulty\n    tags\n    competencies\n  }\n}\n\nfragment KitFields on Kit {\n  id\n  roleName\n  title\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  status\n  version\n  clonedFromId\n  createdAt\n  updatedAt\n  sections {\n    id\n    position\n    competency\n    title\n    questions {\n      ...KitQuestionFields\n    }\n  }\n  summary {\n    totalMinutes\n    questionCount\n    competenciesCovered\n    competenciesMissing\n    warnings {\n      code\n      message\n      sectionIndex\n      questionId\n    }\n  }\n}"): (typeof documents)["fragment KitQuestionFields on KitQuestion {\n  id\n  position\n  plannedMinutes\n  questionId\n  currentRevision\n  newerRevisionAvailable\n  archived\n  revision {\n    id\n    revision\n    prompt\n    code\n    followUps\n    rubric {\n      ...QuestionRubricFields\n    }\n    type\n    difficulty\n    tags\n    competencies\n  }\n}\n\nfragment KitFields on Kit {\n  id\n  roleName\n  title\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  status\n  version\n  clonedFromId\n  createdAt\n  updatedAt\n  sections {\n    id\n    position\n    competency\n    title\n    questions {\n      ...KitQuestionFields\n    }\n  }\n  summary {\n    totalMinutes\n    questionCount\n    competenciesCovered\n    competenciesMissing\n    warnings {\n      code\n      message\n      sectionIndex\n      questionId\n    }\n  }\n}"];
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
export function graphql(source: "mutation AddMember($input: AddMemberInput!) {\n  addMember(input: $input) {\n    inviteUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}"): (typeof documents)["mutation AddMember($input: AddMemberInput!) {\n  addMember(input: $input) {\n    inviteUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) {\n    ...MemberFields\n  }\n}"): (typeof documents)["mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n  changeMemberRole(input: $input) {\n    ...MemberFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssuePasswordReset($memberId: ID!) {\n  issuePasswordReset(memberId: $memberId) {\n    resetUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}"): (typeof documents)["mutation IssuePasswordReset($memberId: ID!) {\n  issuePasswordReset(memberId: $memberId) {\n    resetUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}"];
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
export function graphql(source: "mutation ReissueInvitation($memberId: ID!) {\n  reissueInvitation(memberId: $memberId) {\n    inviteUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}"): (typeof documents)["mutation ReissueInvitation($memberId: ID!) {\n  reissueInvitation(memberId: $memberId) {\n    inviteUrl\n    expiresAt\n    member {\n      ...MemberFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeInvitation($memberId: ID!) {\n  revokeInvitation(memberId: $memberId)\n}"): (typeof documents)["mutation RevokeInvitation($memberId: ID!) {\n  revokeInvitation(memberId: $memberId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation CreateOrganization($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganizationSettingsFields on OrganizationSettings {\n  id\n  name\n  slug\n  version\n  passwordSignIn\n  sso {\n    issuer\n    clientId\n    hasClientSecret\n    allowedDomains\n    defaultRole\n    enabled\n    redirectUri\n    version\n  }\n}"): (typeof documents)["fragment OrganizationSettingsFields on OrganizationSettings {\n  id\n  name\n  slug\n  version\n  passwordSignIn\n  sso {\n    issuer\n    clientId\n    hasClientSecret\n    allowedDomains\n    defaultRole\n    enabled\n    redirectUri\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation SetPasswordSignIn($enabled: Boolean!) {\n  setPasswordSignIn(enabled: $enabled) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation ConfigureSso($input: ConfigureSsoInput!) {\n  configureSso(input: $input) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation RemoveSso {\n  removeSso {\n    ...OrganizationSettingsFields\n  }\n}"): (typeof documents)["mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation SetPasswordSignIn($enabled: Boolean!) {\n  setPasswordSignIn(enabled: $enabled) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation ConfigureSso($input: ConfigureSsoInput!) {\n  configureSso(input: $input) {\n    ...OrganizationSettingsFields\n  }\n}\n\nmutation RemoveSso {\n  removeSso {\n    ...OrganizationSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationSettings {\n  organizationSettings {\n    ...OrganizationSettingsFields\n  }\n}"): (typeof documents)["query OrganizationSettings {\n  organizationSettings {\n    ...OrganizationSettingsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobComparisonCsv($jobId: ID!, $weights: [CompetencyWeightInput!]) {\n  jobComparisonCsv(jobId: $jobId, weights: $weights) {\n    fileName\n    content\n  }\n}"): (typeof documents)["query JobComparisonCsv($jobId: ID!, $weights: [CompetencyWeightInput!]) {\n  jobComparisonCsv(jobId: $jobId, weights: $weights) {\n    fileName\n    content\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobComparison($jobId: ID!, $weights: [CompetencyWeightInput!]) {\n  jobComparison(jobId: $jobId, weights: $weights) {\n    jobId\n    jobTitle\n    competencies\n    weights {\n      competency\n      weight\n    }\n    rows {\n      loopId\n      candidate {\n        id\n        name\n      }\n      ...PanelFiguresFields\n    }\n    reliability {\n      ...PanelReliabilityFields\n    }\n  }\n}"): (typeof documents)["query JobComparison($jobId: ID!, $weights: [CompetencyWeightInput!]) {\n  jobComparison(jobId: $jobId, weights: $weights) {\n    jobId\n    jobTitle\n    competencies\n    weights {\n      competency\n      weight\n    }\n    rows {\n      loopId\n      candidate {\n        id\n        name\n      }\n      ...PanelFiguresFields\n    }\n    reliability {\n      ...PanelReliabilityFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PanelFiguresFields on PanelFigures {\n  visible\n  competencies {\n    ...PanelCompetencySummaryFields\n  }\n  tally {\n    ...PanelTallyFields\n  }\n  rawComposite {\n    ...PanelCompositeFields\n  }\n  calibratedComposite {\n    ...PanelCompositeFields\n  }\n  disagreements\n  submitted\n  expected\n  missing {\n    ...PanelMissingFields\n  }\n  decision {\n    ...HiringDecisionFields\n  }\n}\n\nfragment PanelCompetencySummaryFields on CompetencySummary {\n  competency\n  n\n  mean\n  median\n  min\n  max\n  spread\n  disagreement\n  calibratedMean\n  weight\n}\n\nfragment PanelTallyFields on RecommendationTally {\n  strongNo\n  no\n  yes\n  strongYes\n  total\n  lean\n  split\n}\n\nfragment PanelCompositeFields on Composite {\n  score\n  competenciesUsed\n  competenciesMissing\n  totalWeight\n}\n\nfragment PanelMissingFields on MissingScorecard {\n  interviewId\n  status\n  roundName\n  interviewer {\n    userId\n    name\n  }\n}\n\nfragment HiringDecisionFields on HiringDecision {\n  id\n  loopId\n  decision\n  rationale\n  decidedByName\n  decidedAt\n}"): (typeof documents)["fragment PanelFiguresFields on PanelFigures {\n  visible\n  competencies {\n    ...PanelCompetencySummaryFields\n  }\n  tally {\n    ...PanelTallyFields\n  }\n  rawComposite {\n    ...PanelCompositeFields\n  }\n  calibratedComposite {\n    ...PanelCompositeFields\n  }\n  disagreements\n  submitted\n  expected\n  missing {\n    ...PanelMissingFields\n  }\n  decision {\n    ...HiringDecisionFields\n  }\n}\n\nfragment PanelCompetencySummaryFields on CompetencySummary {\n  competency\n  n\n  mean\n  median\n  min\n  max\n  spread\n  disagreement\n  calibratedMean\n  weight\n}\n\nfragment PanelTallyFields on RecommendationTally {\n  strongNo\n  no\n  yes\n  strongYes\n  total\n  lean\n  split\n}\n\nfragment PanelCompositeFields on Composite {\n  score\n  competenciesUsed\n  competenciesMissing\n  totalWeight\n}\n\nfragment PanelMissingFields on MissingScorecard {\n  interviewId\n  status\n  roundName\n  interviewer {\n    userId\n    name\n  }\n}\n\nfragment HiringDecisionFields on HiringDecision {\n  id\n  loopId\n  decision\n  rationale\n  decidedByName\n  decidedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PanelReliabilityFields on PanelReliability {\n  alpha\n  band\n  bandLabel\n  reason\n  pairableValues\n  unitsUsed\n}"): (typeof documents)["fragment PanelReliabilityFields on PanelReliability {\n  alpha\n  band\n  bandLabel\n  reason\n  pairableValues\n  unitsUsed\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PanelScorecard($loopId: ID!) {\n  panelScorecard(loopId: $loopId) {\n    loopId\n    jobId\n    jobTitle\n    canDecide\n    candidate {\n      id\n      name\n    }\n    ...PanelFiguresFields\n    submittedBy {\n      userId\n      name\n    }\n    scorecards {\n      scorecardId\n      interviewId\n      roundName\n      submittedAt\n      scalePoints\n      recommendation\n      summary\n      leniency\n      leniencyLabel\n      interviewer {\n        userId\n        name\n      }\n      ratings {\n        competency\n        rating\n      }\n      evidence {\n        questionId\n        prompt\n        competency\n        rating\n        notAsked\n        notes\n      }\n    }\n    decisions {\n      ...HiringDecisionFields\n    }\n  }\n}"): (typeof documents)["query PanelScorecard($loopId: ID!) {\n  panelScorecard(loopId: $loopId) {\n    loopId\n    jobId\n    jobTitle\n    canDecide\n    candidate {\n      id\n      name\n    }\n    ...PanelFiguresFields\n    submittedBy {\n      userId\n      name\n    }\n    scorecards {\n      scorecardId\n      interviewId\n      roundName\n      submittedAt\n      scalePoints\n      recommendation\n      summary\n      leniency\n      leniencyLabel\n      interviewer {\n        userId\n        name\n      }\n      ratings {\n        competency\n        rating\n      }\n      evidence {\n        questionId\n        prompt\n        competency\n        rating\n        notAsked\n        notes\n      }\n    }\n    decisions {\n      ...HiringDecisionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordHiringDecision($input: RecordHiringDecisionInput!) {\n  recordHiringDecision(input: $input) {\n    ...HiringDecisionFields\n  }\n}"): (typeof documents)["mutation RecordHiringDecision($input: RecordHiringDecisionInput!) {\n  recordHiringDecision(input: $input) {\n    ...HiringDecisionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InterviewModeQuestionFields on InterviewQuestion {\n  questionId\n  position\n  competency\n  plannedMinutes\n  revision {\n    id\n    type\n    prompt\n    code\n    followUps\n    rubric {\n      ...QuestionRubricFields\n    }\n  }\n}\n\nfragment InterviewModeKitFields on InterviewKit {\n  kitId\n  title\n  roleName\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  sections {\n    competency\n    title\n    questions {\n      ...InterviewModeQuestionFields\n    }\n  }\n}\n\nfragment InterviewModeScorecardFields on Scorecard {\n  id\n  status\n  version\n  revision\n  answers {\n    questionId\n    rating\n    notAsked\n    notes\n  }\n  competencyRatings {\n    competency\n    rating\n  }\n  recommendation\n  summary\n  startedAt\n  submittedAt\n  updatedAt\n}\n\nfragment InterviewModeFields on Interview {\n  id\n  jobId\n  jobTitle\n  roundName\n  scheduledAt\n  durationMinutes\n  candidate {\n    id\n    name\n  }\n  kit {\n    ...InterviewModeKitFields\n  }\n  myScorecard {\n    ...InterviewModeScorecardFields\n  }\n}"): (typeof documents)["fragment InterviewModeQuestionFields on InterviewQuestion {\n  questionId\n  position\n  competency\n  plannedMinutes\n  revision {\n    id\n    type\n    prompt\n    code\n    followUps\n    rubric {\n      ...QuestionRubricFields\n    }\n  }\n}\n\nfragment InterviewModeKitFields on InterviewKit {\n  kitId\n  title\n  roleName\n  interviewMinutes\n  notes\n  ratingScale {\n    value\n    label\n    anchor\n  }\n  competencyWeights {\n    competency\n    weight\n  }\n  sections {\n    competency\n    title\n    questions {\n      ...InterviewModeQuestionFields\n    }\n  }\n}\n\nfragment InterviewModeScorecardFields on Scorecard {\n  id\n  status\n  version\n  revision\n  answers {\n    questionId\n    rating\n    notAsked\n    notes\n  }\n  competencyRatings {\n    competency\n    rating\n  }\n  recommendation\n  summary\n  startedAt\n  submittedAt\n  updatedAt\n}\n\nfragment InterviewModeFields on Interview {\n  id\n  jobId\n  jobTitle\n  roundName\n  scheduledAt\n  durationMinutes\n  candidate {\n    id\n    name\n  }\n  kit {\n    ...InterviewModeKitFields\n  }\n  myScorecard {\n    ...InterviewModeScorecardFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InterviewMode($id: ID!) {\n  interview(id: $id) {\n    ...InterviewModeFields\n  }\n}\n\nquery InterviewModeScorecard($id: ID!) {\n  scorecard(id: $id) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nquery InterviewModeHistory($id: ID!) {\n  scorecard(id: $id) {\n    id\n    history {\n      revision\n      reason\n      createdAt\n      createdByName\n      content {\n        recommendation\n        summary\n      }\n    }\n  }\n}"): (typeof documents)["query InterviewMode($id: ID!) {\n  interview(id: $id) {\n    ...InterviewModeFields\n  }\n}\n\nquery InterviewModeScorecard($id: ID!) {\n  scorecard(id: $id) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nquery InterviewModeHistory($id: ID!) {\n  scorecard(id: $id) {\n    id\n    history {\n      revision\n      reason\n      createdAt\n      createdByName\n      content {\n        recommendation\n        summary\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveScorecardDraft($input: ScorecardChangeInput!) {\n  saveScorecardDraft(input: $input) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nmutation SubmitScorecard($id: ID!, $version: Int!) {\n  submitScorecard(id: $id, version: $version) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nmutation AmendScorecard($input: AmendScorecardInput!) {\n  amendScorecard(input: $input) {\n    ...InterviewModeScorecardFields\n  }\n}"): (typeof documents)["mutation SaveScorecardDraft($input: ScorecardChangeInput!) {\n  saveScorecardDraft(input: $input) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nmutation SubmitScorecard($id: ID!, $version: Int!) {\n  submitScorecard(id: $id, version: $version) {\n    ...InterviewModeScorecardFields\n  }\n}\n\nmutation AmendScorecard($input: AmendScorecardInput!) {\n  amendScorecard(input: $input) {\n    ...InterviewModeScorecardFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;