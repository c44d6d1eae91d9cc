import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

const TOKEN = 'metrics-token-for-tests-0123456789';

describe('metrics and request ids', () => {
  let withMetrics: TestApp;
  let plain: TestApp;

  beforeAll(async () => {
    [withMetrics, plain] = await Promise.all([startTestApp({ METRICS_ENABLED: 'true', METRICS_TOKEN: TOKEN }), startTestApp()]);
  });
  afterAll(() => Promise.all([withMetrics.close(), plain.close()]));

  it('serves Prometheus metrics only when enabled, and only with the token when one is set', async () => {
    expect((await request(plain.app.getHttpServer()).get('/metrics')).status).toBe(404);
    const server = withMetrics.app.getHttpServer();
    expect((await request(server).get('/metrics')).status).toBe(401);
    expect((await request(server).get('/metrics').set('authorization', 'Bearer wrong-token-wrong-token')).status).toBe(401);

    await request(server).post('/graphql').set('content-type', 'application/json').send({ query: 'query ViewerProbe { me { role } }' });
    const metrics = await request(server).get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(/panelist_graphql_requests_total\{operation="ViewerProbe",type="query",outcome="UNAUTHENTICATED"\} 1/);
    expect(metrics.text).toMatch(/panelist_graphql_request_duration_seconds_count\{operation="ViewerProbe",type="query"\} 1/);
    expect(metrics.text).toMatch(/panelist_db_pool_connections \d+/);
    expect(metrics.text).toMatch(/panelist_event_publish_failures_total/);
  });

  it('gives every GraphQL error the request id that the x-request-id header carries', async () => {
    const response = await request(plain.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ me { role } }' });
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId });
  });
});
