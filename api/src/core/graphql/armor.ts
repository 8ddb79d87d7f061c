import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

/** One set of limits, applied to HTTP (Apollo) and WebSocket (graphql-ws) operations alike. */
export const LIMITS = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5_000,
} as const;

export function createArmor(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: !production },
    costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: !production },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { n: LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return {
    // Armor is typed against Apollo's CJS typings; the plugins are the same objects at run time.
    plugins: protection.plugins as unknown as ApolloServerPlugin[],
    validationRules: protection.validationRules as ValidationRule[],
  };
}
