import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { coreMessages } from '../core.messages.js';

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => hasNul(v, depth + 1));
}

/**
 * PostgreSQL cannot store NUL characters in text, and no person types one. Operations
 * carrying one (in variables or inline strings) are refused before execution, on HTTP and
 * WebSocket alike, so no resolver ever has to care.
 */
export function nulInputError(document: DocumentNode, variables: unknown, source?: string): GraphQLError | null {
  let found = hasNul(variables);
  // Inline strings can only carry NUL as a unicode escape (\u0000, \u{0}); without any \u in the source, skip the walk.
  if (!found && (source === undefined || source.includes('\\u'))) {
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) found = true;
      },
    });
  }
  return found
    ? // `http.status`: Apollo answers an error thrown before execution with 500 unless told it is the client's (Apollo drops the key from the response).
      new GraphQLError(coreMessages.nulCharacter.en, { extensions: { code: 'BAD_USER_INPUT', i18n: coreMessages.nulCharacter, http: { status: 400 } } })
    : null;
}
