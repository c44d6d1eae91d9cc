import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness (with the database) without signing in', async () => {
    const server = t.app.getHttpServer();
    expect((await request(server).get('/health/live')).body).toEqual({ status: 'ok' });
    expect((await request(server).get('/health/ready')).body).toEqual({
      status: 'ok',
      database: 'ok',
      redis: 'not configured',
      migrations: 'applied',
      mail: 'not configured',
    });
  });

  it('keeps apps/api/schema.gql, the input of the web codegen, in step with the code (npm run codegen)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8');
    expect(`${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`).toBe(committed);
  });

  it('rejects a cross-site simple POST (Apollo CSRF prevention)', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ me { role } }' }));
    expect(response.status).toBe(400);
  });

  it('answers a malformed query with BAD_USER_INPUT and no internals', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ me { role ' });
    const [error] = response.body.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
  });
});

describe('oversized requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a body over the limit with the usual error shape, naming the file', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: 'mutation ($i: PreviewBankImportInput!) { previewBankImport(input: $i) { id } }',
        variables: { i: { fileName: 'x.md', contentBase64: 'A'.repeat(32_000_000) } },
      });
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(response.body.errors[0].message).toMatch(/20 MB/);
  });
});

describe('query cost', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses an operation that asks for too much at once, before running it', async () => {
    const page = `bank(first: 100) { edges { node { id prompt current { prompt rubric { lookFor redFlags } } } } }`;
    const query = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
    const response = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query });
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toMatch(/asks for too much/);
    expect(response.body.data).toBeUndefined();
  });
});
