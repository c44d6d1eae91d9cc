import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './demo';

/**
 * Sets up data through the API the way the web app talks to it: JSON POSTs to /graphql with the
 * session cookie kept by the request context.
 */
export class GraphQLApi {
  private constructor(private readonly context: APIRequestContext) {}

  static async create(baseURL: string): Promise<GraphQLApi> {
    return new GraphQLApi(await playwrightRequest.newContext({ baseURL }));
  }

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.context.post('/graphql', { data: { query, variables } });
    expect(response.ok(), `GraphQL HTTP status ${response.status()}`).toBe(true);
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.call(`mutation ($input: LoginInput!) { login(input: $input) { role } }`, { input: { email, password } });
  }

  /** As a signed-in admin: adds a person and returns the invitation token from the link. */
  async addMember(input: { name: string; email: string; role: string }): Promise<{ memberId: string; token: string }> {
    const data = await this.call<{ addMember: { inviteUrl: string | null; member: { id: string } } }>(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { inviteUrl member { id } } }`,
      { input },
    );
    const token = data.addMember.inviteUrl?.split('/invite/')[1];
    if (!token) throw new Error(`${input.email} already had an account; no invitation link was issued.`);
    return { memberId: data.addMember.member.id, token };
  }

  async acceptInvitation(token: string, password: string): Promise<void> {
    await this.call(`mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }`, {
      input: { token, password },
    });
  }

  /** As a signed-in admin or hiring manager: adds a question to the bank and returns its id. */
  async createQuestion(input: {
    prompt: string;
    label?: string;
    code?: string;
    referenceAnswer?: string;
    lookFor?: string[];
    redFlags?: string[];
  }): Promise<string> {
    const data = await this.call<{ createQuestion: { id: string } }>(
      `mutation ($input: QuestionContentInput!) { createQuestion(input: $input) { id } }`,
      { input },
    );
    return data.createQuestion.id;
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }
}
