import type { Accessor } from 'solid-js';

export interface ChallengeLiveOptions {
  challengeId: Accessor<string>;
  signedIn: Accessor<boolean>;
  /** Reads the challenge again from the server. */
  refetch: () => void;
  /** Says something politely to screen readers (a new solution). */
  announce: (text: string) => void;
}

/**
 * Keeps the challenge page live. The `challengeEvents` subscription is not in the API yet (the
 * live branch brings it); until then the page is read on load and after the viewer's own changes.
 */
export function useChallengeLive(_options: ChallengeLiveOptions): void {}
