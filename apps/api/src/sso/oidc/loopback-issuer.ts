/** Plain HTTP is only for an identity provider on this machine (tests, local trials). */
export function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
}
