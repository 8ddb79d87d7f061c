import { LRUCache } from 'lru-cache';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { withoutSuggestions, type Armor } from '../graphql/armor.js';

export type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

export interface DocumentCacheBudget {
  /** What all entries together may take (estimated bytes). */
  totalBytes: number;
  /** What the entries one connection brought in may take; beyond it, its documents are checked but not kept. */
  perConnectionBytes: number;
}

/** A parsed document takes roughly ten times its text (nodes, locations, the source kept for errors). */
const estimate = (query: string) => query.length * 10 + 100;

/** `owner` is a connection's number: entries must not keep a closed socket in memory. */
type Entry = { checked: Checked; owner: number; size: number };

/**
 * Parsed and validated documents by query text. A hall of participants sends the same
 * subscription: it is parsed and validated once, not once per socket. Bounded by bytes, least
 * recently used first; and each connection by its own share, so that one socket sending huge
 * distinct documents neither grows the cache nor pushes out everyone else's documents.
 */
export class DocumentCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly held = new Map<number, number>();
  private readonly rules: ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly armor: Armor,
    private readonly budget: DocumentCacheBudget,
  ) {
    this.rules = [...specifiedRules, ...armor.socketValidationRules];
    this.entries = new LRUCache<string, Entry>({
      maxSize: budget.totalBytes,
      sizeCalculation: (entry) => entry.size,
      dispose: (entry) => {
        const held = this.held.get(entry.owner);
        if (held !== undefined) this.held.set(entry.owner, held - entry.size);
      },
    });
  }

  /** The checked document; `owner` (the connection) is charged for it when it is new. */
  get(query: string, owner: number): Checked {
    const hit = this.entries.get(query);
    if (hit) return hit.checked;
    const checked = this.check(query);
    const size = estimate(query);
    const held = this.held.get(owner) ?? 0;
    if (held + size <= this.budget.perConnectionBytes && size <= this.budget.totalBytes) {
      this.held.set(owner, held + size);
      this.entries.set(query, { checked, owner, size });
    }
    return checked;
  }

  /** Estimated bytes held, in all and by one connection (for tests and metrics). */
  usage(owner?: number): number {
    return owner === undefined ? this.entries.calculatedSize : (this.held.get(owner) ?? 0);
  }

  /** The connection closed: its entries stay for others until they age out, charged to no one. */
  release(owner: number): void {
    this.held.delete(owner);
  }

  has(query: string): boolean {
    return this.entries.has(query);
  }

  private check(query: string): Checked {
    try {
      const document = parse(query, this.armor.parseOptions);
      const errors = validate(this.schema, document, this.rules);
      return errors.length ? { errors: errors.map((e) => this.refusal(e, 'GRAPHQL_VALIDATION_FAILED')) } : { document };
    } catch (e) {
      return { errors: [this.refusal(e instanceof GraphQLError ? e : new GraphQLError('Invalid query'), 'GRAPHQL_PARSE_FAILED')] };
    }
  }

  /** The code and wording Apollo gives the same refusal on HTTP. */
  private refusal(error: GraphQLError, code: string): GraphQLError {
    const message = this.armor.hideSuggestions ? withoutSuggestions(error.message) : error.message;
    return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
  }
}
