import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL or Redis that a test can break and mend:
 * - 'forward': passes bytes both ways;
 * - 'silent': drops every open connection and accepts new ones without ever answering (a server
 *   that hangs, a half-dead balancer, a black-holed route);
 * - 'refuse': drops every open connection and closes new ones at once (the service is down).
 */
export class TcpProxy {
  private mode: 'forward' | 'silent' | 'refuse' = 'forward';
  private readonly sockets = new Set<Socket>();
  private server!: Server;

  private constructor(private readonly target: { host: string; port: number }) {}

  static async start(targetUrl: string): Promise<TcpProxy> {
    const url = new URL(targetUrl);
    const proxy = new TcpProxy({ host: url.hostname, port: Number(url.port) });
    proxy.server = createServer((client) => proxy.accept(client));
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The target URL with the proxy's address instead. */
  urlFor(targetUrl: string): string {
    const url = new URL(targetUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  set(mode: 'forward' | 'silent' | 'refuse'): void {
    this.mode = mode;
    if (mode !== 'forward') for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private accept(client: Socket): void {
    this.track(client);
    client.on('error', () => undefined);
    if (this.mode === 'refuse') return void client.destroy();
    if (this.mode === 'silent') return; // accepted, never answered
    const upstream = connect(this.target.port, this.target.host);
    this.track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}
