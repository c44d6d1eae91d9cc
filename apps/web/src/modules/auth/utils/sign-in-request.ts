import type { LoginInput, LoginMutation, ViewerFieldsFragment } from '../../../generated/graphql';
import { networkProblem, problemFromGraphQLErrors, problemFromHttpStatus, type GraphQLErrorLike, type Problem } from '../../errors';

/**
 * The sign-in page's one request, posted with `fetch`: the page is the first one most people load, and
 * Apollo Client with its cache (~50 kB gzip) is needed only after signing in. The text is
 * login.mutation.graphql with viewer.fragment.graphql as Apollo sends them, `__typename` added to every
 * selection (the viewer goes into the Apollo cache after signing in, which needs it); a unit test
 * holds it to the generated `LoginDocument`, so the two cannot drift apart.
 */
export const LOGIN_MUTATION = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...ViewerFields
    __typename
  }
}

fragment ViewerFields on Viewer {
  user {
    id
    name
    email
    __typename
  }
  organization {
    id
    name
    slug
    __typename
  }
  role
  memberships {
    role
    organization {
      id
      name
      slug
      __typename
    }
    __typename
  }
  canCreateOrganization
  singleSignOn
  __typename
}`;

export type SignInResult = { viewer: ViewerFieldsFragment; problem?: never } | { problem: Problem; viewer?: never };

interface GraphQLResponse {
  data?: Partial<LoginMutation> | null;
  errors?: GraphQLErrorLike[];
}

async function readResponse(response: Response): Promise<GraphQLResponse | null> {
  try {
    const body: unknown = await response.json();
    return body !== null && typeof body === 'object' ? body : null;
  } catch {
    return null;
  }
}

/**
 * Signs in. Reads the answer the way Apollo's HttpLink does for every other operation, so a failure
 * reads the same here as anywhere in the app: a GraphQL response (`application/graphql-response+json`
 * may come with a 4xx status) gives its first error's code, message and field; without one the HTTP
 * status decides (429 too many attempts, 5xx the server); no answer at all is a network problem.
 */
export async function requestSignIn(input: LoginInput, fetchImpl: typeof fetch = fetch): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetchImpl('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      // JSON is not a "simple" request: Apollo Server's CSRF prevention lets it through.
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' },
      body: JSON.stringify({ operationName: 'Login', query: LOGIN_MUTATION, variables: { input } }),
    });
  } catch {
    return { problem: networkProblem() };
  }
  const graphQLResponse = (response.headers.get('content-type') ?? '').includes('application/graphql-response+json');
  if (!graphQLResponse && response.status >= 300) return { problem: problemFromHttpStatus(response.status) };
  const body = await readResponse(response);
  if (!body) return { problem: problemFromHttpStatus(response.status) };
  if (body.errors && body.errors.length > 0) return { problem: problemFromGraphQLErrors(body.errors) };
  const viewer = body.data?.login;
  return viewer ? { viewer } : { problem: problemFromHttpStatus(response.status) };
}
