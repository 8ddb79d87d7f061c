import { GraphQLError, visit, type DocumentNode } from 'graphql';

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
export function nulInputError(document: DocumentNode, variables: unknown): GraphQLError | null {
  let found = hasNul(variables);
  if (!found) {
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) found = true;
      },
    });
  }
  return found
    ? new GraphQLError('The text contains a NUL character, which cannot be stored', {
        extensions: { code: 'BAD_USER_INPUT', i18n: { en: 'The text contains a NUL character, which cannot be stored', id: 'Teks berisi karakter NUL yang tidak dapat disimpan' } },
      })
    : null;
}
