import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An error meant for the user: a stable code, the English message, and `extensions.i18n`
 * with both languages so the web shows the one the user chose.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, messageId: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, i18n: { en: message, id: messageId }, ...extra } });
  }
}

export const badInput = (message: string, messageId: string, fields?: FieldProblem[]) =>
  new AppError('BAD_USER_INPUT', message, messageId, fields ? { fields } : {});
export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'You must sign in first', 'Anda harus masuk terlebih dahulu');
export const forbidden = (message = 'You are not allowed to do this', messageId = 'Anda tidak berwenang melakukan ini') =>
  new AppError('FORBIDDEN', message, messageId);
export const notFound = (what: string, whatId: string) =>
  new AppError('NOT_FOUND', `${what} not found`, `${whatId} tidak ditemukan`);
export const conflict = (message: string, messageId: string) => new AppError('CONFLICT', message, messageId);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', `Too many attempts; try again in ${retryAfterSeconds} s`, `Terlalu banyak percobaan; coba lagi dalam ${retryAfterSeconds} detik`, { retryAfterSeconds });
