import 'reflect-metadata';
import type { INestApplication, Provider } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { configureApp } from '../../src/app.factory';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/app-config';

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  /** A browser-like client that keeps its session cookie between requests. */
  client(): GraphQLTestClient;
  close(): Promise<void>;
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GraphQLError[];
}

export class GraphQLTestClient {
  readonly agent: ReturnType<typeof request.agent>;

  constructor(app: INestApplication) {
    this.agent = request.agent(app.getHttpServer());
  }

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await this.agent.post('/graphql').set('content-type', 'application/json').send({ query, variables });
    return response.body as GraphQLResponse<T>;
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async login(email: string, password: string): Promise<GraphQLResponse> {
    return this.request(`mutation ($input: LoginInput!) { login(input: $input) { role organization { id } } }`, {
      input: { email, password },
    });
  }

  /** The raw session cookie, to replay it from elsewhere. */
  sessionCookie(): string {
    const cookies = this.agent.jar.getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false });
    const session = cookies.find((cookie) => cookie.name === 'panelist_session');
    return session ? `${session.name}=${session.value}` : '';
  }
}

/** The error code (and field) of the first error, for compact assertions. */
export function errorOf(result: GraphQLResponse): { code?: string; field?: string } {
  const [error] = result.errors ?? [];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}

/** The real app on the integration database; extra providers let a test plant a probe resolver. */
export async function startTestApp(env: Record<string, string> = {}, extraProviders: Provider[] = []): Promise<TestApp> {
  const databaseUrl = process.env.INTEGRATION_DATABASE_URL;
  if (!databaseUrl) throw new Error('INTEGRATION_DATABASE_URL is not set: run through jest --selectProjects integration');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    WEB_DIST: '',
    LOGIN_ATTEMPTS_PER_MINUTE: '10000',
    LOGIN_FAILURES_PER_ACCOUNT: '10000',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)], providers: extraProviders }).compile();
  moduleRef.useLogger(['error', 'warn']);
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>(), config);
  await app.init();
  return {
    app,
    db: app.get<DataSource>(getDataSourceToken()),
    client: () => new GraphQLTestClient(app),
    close: () => app.close(),
  };
}
