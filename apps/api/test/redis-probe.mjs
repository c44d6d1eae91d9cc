// Finds a Redis for the tests that need one: TEST_REDIS_URL, else one on the default local port.
// Without an answer within half a second those tests are skipped (the README's commands need only Node).
import { connect } from 'node:net';

export function probeRedis(url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379') {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500, () => done(null));
    socket.on('error', () => done(null));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG') ? url : null));
  });
}
