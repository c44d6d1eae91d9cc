import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app';

/** The graphql-ws address of a test app that listens on a port. */
export function webSocketUrl(t: TestApp): string {
  return `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
}

/** A graphql-ws client that upgrades with the given session cookie, like a signed-in browser tab. */
export function subscriber(url: string, cookie: string): Client {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  return createClient({ url, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
}
