import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';

/** One set of limits, applied to HTTP (Apollo) and WebSocket (graphql-ws) operations alike. */
export const LIMITS = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5_000,
} as const;

/** The operation rules of one environment, for both transports. */
export interface Armor {
  /** Apollo plugins (HTTP only). */
  plugins: ApolloServerPlugin[];
  /** Depth, cost, aliases and directives: Apollo adds its own introspection rule on HTTP. */
  validationRules: ValidationRule[];
  /** What the WebSocket validates with: the same rules plus what Apollo adds by itself on HTTP. */
  socketValidationRules: ValidationRule[];
  /** Given to graphql-js `parse` on both transports: the token limit is part of parsing, so a hit is a parse error (400). */
  parseOptions: { maxTokens: number };
  /** Whether validation messages lose their "Did you mean …?" hints (production), which map the schema for a stranger. */
  hideSuggestions: boolean;
}

export function createArmor(production: boolean): Armor {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: !production },
    costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: !production },
    // Its default allow-list exempts `__typename`, which let a thousand `a1: __typename` through.
    maxAliases: { n: LIMITS.maxAliases, allowList: [] },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Armor's token plugin parses in a plugin hook, and anything thrown there is a 500; Apollo's parseOptions answer 400.
    maxTokens: { enabled: false },
    // Its plugin leaves "[Suggestion hidden]?" in the text; withoutSuggestions (below) serves both transports.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const validationRules = protection.validationRules as ValidationRule[];
  return {
    // Armor is typed against Apollo's CJS typings; the plugins are the same objects at run time.
    plugins: protection.plugins as unknown as ApolloServerPlugin[],
    validationRules,
    socketValidationRules: production ? [...validationRules, NoSchemaIntrospectionCustomRule] : validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    hideSuggestions: production,
  };
}

const SUGGESTION = /\s*Did you mean .+\?/g;

/** A message without graphql-js's suggestions of nearby names, for production on both transports. */
export const withoutSuggestions = (message: string): string => (message.includes('Did you mean') ? message.replace(SUGGESTION, '').trim() : message);
