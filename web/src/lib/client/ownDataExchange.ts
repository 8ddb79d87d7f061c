import { mapExchange } from '@urql/core';

/**
 * Hands every result's data out as a copy its page owns. @urql/solid merges each result into a
 * Solid store with `reconcile`, which writes into the objects the store holds, and those are
 * graphcache's earlier results. Graphcache reuses unchanged parts of the last result by position:
 * a poll put first in a list is read against the poll that was first before, so a new word
 * cloud's empty `words` was the older poll's very array. In the store both polls then held one
 * array; the cloud's first answer was written into it and the older poll's empty list emptied it
 * again, so the cloud stayed empty until a reload (issue 14, bug 1). A copy per result keeps
 * graphcache's results untouched and the store's objects its own.
 */
export const ownDataExchange = mapExchange({
  onResult: (result) => (result.data ? { ...result, data: structuredClone(result.data) } : result),
});
