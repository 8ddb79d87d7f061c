import { parse as parseCookie, serialize } from 'cookie';

export const SESSION_COOKIE = 'rembuk_session';
export const GUEST_COOKIE = 'rembuk_guest';
/** Guest tokens (live sessions only) carry this prefix, so a bearer token says which kind it is. */
export const GUEST_TOKEN_PREFIX = 'g.';
/** Display tokens (read-only screens) carry this one; they come only as a bearer token, never as a cookie. */
export const DISPLAY_TOKEN_PREFIX = 'd.';

/** A user session token from an Authorization bearer header or the session cookie. */
export function tokenFromHeaders(headers: { cookie?: string; authorization?: string | string[] }): string | null {
  const auth = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const token = auth.slice(7).trim();
    return token && !token.startsWith(GUEST_TOKEN_PREFIX) && !token.startsWith(DISPLAY_TOKEN_PREFIX) ? token : null;
  }
  if (headers.cookie) return parseCookie(headers.cookie)[SESSION_COOKIE] ?? null;
  return null;
}

/** A guest token (live sessions) from an Authorization bearer header or the guest cookie. */
export function guestTokenFromHeaders(headers: { cookie?: string; authorization?: string | string[] }): string | null {
  const auth = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  if (auth?.startsWith(`Bearer ${GUEST_TOKEN_PREFIX}`)) return auth.slice(7).trim();
  if (headers.cookie) return parseCookie(headers.cookie)[GUEST_COOKIE] ?? null;
  return null;
}

/** A display token from an Authorization bearer header. */
export function displayTokenFromHeaders(headers: { authorization?: string | string[] }): string | null {
  const auth = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  return auth?.startsWith(`Bearer ${DISPLAY_TOKEN_PREFIX}`) ? auth.slice(7).trim() : null;
}

export function guestCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return serialize(GUEST_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds });
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return serialize(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds });
}

