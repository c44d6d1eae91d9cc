import { freePort, JWT_SECRET, start } from '../first-run/processes';

// The API process as operators run it: its stdout is what a log shipper reads.
describe('structured logs', () => {
  it('writes JSON lines carrying the request id of the x-request-id header, and logs its shutdown', async () => {
    const port = await freePort();
    const api = start(['-r', './tools/ts-register.cjs', 'apps/api/src/main.ts'], {
      DATABASE_URL: process.env.INTEGRATION_DATABASE_URL ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET,
      WEB_DIST: '',
    });
    let requestId: string | null = null;
    let exitCode: number | null | undefined;
    try {
      await api.waitFor(/listening on port/);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query LogProbe { me { role } }' }),
      });
      requestId = response.headers.get('x-request-id');
      const body = (await response.json()) as { errors: Array<{ extensions: { requestId?: string } }> };
      expect(body.errors[0].extensions.requestId).toBe(requestId);
    } finally {
      // Nest closes the app, then ends the process by the same signal (exit code null).
      exitCode = await api.stop();
    }
    const lines = api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.find((line) => line.requestId === requestId && line.msg === 'request completed')).toMatchObject({
      level: 'info',
      service: 'panelist-api',
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
    });
    // Matched on the whole output, so a failure shows how the process ended (an error during shutdown exits 1).
    expect(api.output()).toMatch(/"msg":"SIGTERM received: draining/);
    expect(exitCode).toBeNull();
    expect(api.output()).not.toContain(String.fromCharCode(27)); // no colour codes outside development
  });
});
