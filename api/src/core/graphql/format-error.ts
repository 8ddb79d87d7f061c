import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.js';
import type { Lang } from '../i18n.js';
import { coreMessages } from '../core.messages.js';
import { fill } from '../messages.js';
import { serviceUnavailable } from '../errors.js';
import { isRedisOutage } from '../redis-health.js';

const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Errors leave the server with a stable code and a message fit for users; anything
 * unexpected becomes INTERNAL_SERVER_ERROR with a generic message and is logged in full.
 * Stack traces never leave the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  // Argument coercion and class-validator failures are user input errors too.
  const validation = (error as { originalError?: { extensions?: { validationErrors?: unknown } } })?.originalError?.extensions?.validationErrors;
  if (validation) {
    // class-validator speaks English; say which fields in both languages, keep the details in `fields`.
    const fields = fieldsOf(validation) ?? [];
    const list = fields.map((f) => f.message).join('; ');
    const names = [...new Set(fields.map((f) => f.field))].join(', ');
    const i18n = fill(coreMessages.invalidInput, { list, names });
    return { message: i18n.en, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', fields, i18n } };
  }
  if (code === 'BAD_USER_INPUT') {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: withoutStack(formatted.extensions) };
  }
  // PostgreSQL refuses NUL bytes and invalid encodings in text: that is the input's fault, not ours.
  const pgCode = (error as { originalError?: { code?: string } })?.originalError?.code;
  if (pgCode === '22021' || pgCode === '22P05') {
    return { message: coreMessages.unstorableText.en, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', i18n: coreMessages.unstorableText } };
  }
  // A read that needs Redis while it is down (commands already answer this themselves).
  if (isRedisOutage((error as { originalError?: unknown })?.originalError)) {
    const e = serviceUnavailable();
    return { message: e.message, path: formatted.path, extensions: withoutStack(e.extensions) };
  }
  if (SAFE_CODES.has(code)) {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: withoutStack(formatted.extensions) };
  }
  logger.error({ err: error, path: formatted.path }, 'unexpected error in a GraphQL operation');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', i18n: coreMessages.internal },
  };
}

function withoutStack(ext: Record<string, unknown> | undefined): Record<string, unknown> {
  const { stacktrace: _s, exception: _e, http: _h, ...rest } = ext ?? {};
  return rest;
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function fieldsOf(errors: unknown, prefix = ''): { field: string; message: string }[] | undefined {
  if (!Array.isArray(errors)) return undefined;
  return (errors as ValidationErrorLike[]).flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: `${prefix}${e.property}`, message })),
    ...(fieldsOf(e.children, `${prefix}${e.property}.`) ?? []),
  ]);
}

/** Replaces an AppError's message with the user's language when it carries both. */
export function localize(formatted: GraphQLFormattedError, lang: Lang): GraphQLFormattedError {
  const i18n = formatted.extensions?.i18n as { en?: string; id?: string } | undefined;
  const message = i18n?.[lang];
  return message ? { ...formatted, message } : formatted;
}
