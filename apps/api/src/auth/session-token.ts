/** The `aud` of session tokens: a token minted for anything else (another app sharing the secret) is refused. */
export const SESSION_AUDIENCE = 'panelist:session';
