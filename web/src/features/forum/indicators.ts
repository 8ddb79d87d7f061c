import { createMemo, type Accessor } from 'solid-js';
import { createQuery } from '@urql/solid';
import type { ForumIndicatorsQuery as ForumIndicatorsResult } from '../../gql/graphql';
import { ForumIndicatorsQuery } from './queries/indicators';

/** The framework `Thread.indicatorNumbers` refer to (the API keeps forum threads on SPBE 2020). */
export const FORUM_FRAMEWORK = 'SPBE-2020';

export type Indicator = NonNullable<ForumIndicatorsResult['spbeFramework']>['indicators'][number];

export interface ForumIndicators {
  /** The framework's indicators in number order; empty until they are read. */
  list: Accessor<Indicator[]>;
  /** The highest number, or null until the indicators are read. */
  max: Accessor<number | null>;
  /**
   * Whether `n` may be used as an indicator number: one of the framework's, or, until they are
   * read (or if they cannot be), any whole number from 1, which the API then checks.
   */
  isValid: (n: number) => boolean;
}

/** The forum's SPBE indicators, read once (cache-first) from the framework itself rather than assumed. */
export function useForumIndicators(): ForumIndicators {
  const [state] = createQuery({ query: ForumIndicatorsQuery, variables: { code: FORUM_FRAMEWORK } });
  const list = createMemo((): Indicator[] => [...(state.data?.spbeFramework?.indicators ?? [])].sort((a, b) => a.number - b.number));
  const known = (): boolean => list().length > 0;
  return {
    list,
    max: () => (known() ? (list().at(-1)?.number ?? null) : null),
    isValid: (n) => Number.isInteger(n) && n >= 1 && (!known() || list().some((i) => i.number === n)),
  };
}
