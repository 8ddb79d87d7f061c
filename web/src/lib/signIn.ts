import { useLocation } from '@solidjs/router';

export const SIGN_IN_PATH = '/masuk';
/** Where signing in lands when it was not asked for from a page. */
export const AFTER_SIGN_IN = '/';

/**
 * The page to return to after signing in, from `?next=`: only a path on this site (not
 * `//host`, not a scheme, not the sign-in page itself), so the link cannot send anyone away.
 */
export function nextPath(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return AFTER_SIGN_IN;
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`)) return AFTER_SIGN_IN;
  return value;
}

/** The sign-in link from the current page, which brings the person back here afterwards. */
export function useSignInHref(base: () => string = () => SIGN_IN_PATH): () => string {
  const location = useLocation();
  return () => {
    const here = `${location.pathname}${location.search}`;
    return location.pathname === base() ? base() : `${base()}?next=${encodeURIComponent(here)}`;
  };
}
