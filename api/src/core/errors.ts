import { GraphQLError } from 'graphql';
import { fill, type Message, type Params } from './messages.js';
import { coreMessages as m } from './core.messages.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An error meant for the user: a stable code, the English message, and `extensions.i18n`
 * with both languages so the response (and the web) shows the one the user chose. Messages
 * come from the modules' catalogues (`<feature>.messages.ts`), never written inline.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: Message, params?: Params, extra: Record<string, unknown> = {}) {
    const filled = fill(message, params);
    super(filled.en, { extensions: { code, i18n: { en: filled.en, id: filled.id }, ...extra } });
  }
}

export const badInput = (message: Message, params?: Params, fields?: FieldProblem[]) => new AppError('BAD_USER_INPUT', message, params, fields ? { fields } : {});
export const unauthenticated = (message: Message = m.signInFirst) => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: Message = m.forbidden, params?: Params) => new AppError('FORBIDDEN', message, params);
export const notFound = (message: Message, params?: Params) => new AppError('NOT_FOUND', message, params);
export const conflict = (message: Message, params?: Params) => new AppError('CONFLICT', message, params);
/** A wait as people say it: seconds under a minute and a half, then whole minutes (rounded up), then hours. */
export function waitText(seconds: number): Message {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 90) return { en: s === 1 ? '1 second' : `${s} seconds`, id: `${s} detik` };
  const minutes = Math.ceil(s / 60);
  if (minutes < 120) return { en: `${minutes} minutes`, id: `${minutes} menit` };
  const hours = Math.ceil(minutes / 60);
  return { en: `${hours} hours`, id: `${hours} jam` };
}

export const rateLimited = (retryAfterSeconds: number) => new AppError('RATE_LIMITED', m.rateLimited, { wait: waitText(retryAfterSeconds) }, { retryAfterSeconds });
/**
 * What cannot work while a service it needs (Redis) is down: HTTP 503 with Retry-After, so
 * clients and proxies retry rather than report a failure.
 */
export const serviceUnavailable = (retryAfterSeconds = 5) =>
  new AppError('SERVICE_UNAVAILABLE', m.serviceDown, { wait: waitText(retryAfterSeconds) }, { retryAfterSeconds, http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } });
