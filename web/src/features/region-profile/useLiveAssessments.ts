import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { useClient } from '@urql/solid';
import { AssessmentRecordedSubscription } from './queries';

/**
 * While `enabled` (signed in), listens for `assessmentRecorded` on this region and calls
 * `onRecorded`; returns the time of the last event so the page can say it was updated live.
 */
export function useLiveAssessments(regionCode: Accessor<string>, enabled: Accessor<boolean>, onRecorded: () => void): Accessor<Date | null> {
  const client = useClient();
  const [lastEvent, setLastEvent] = createSignal<Date | null>(null);
  createEffect(() => {
    if (!enabled()) return;
    const { unsubscribe } = client.subscription(AssessmentRecordedSubscription, { regionCode: regionCode() }).subscribe((result) => {
      if (!result.data) return;
      setLastEvent(new Date());
      onRecorded();
    });
    onCleanup(unsubscribe);
  });
  return lastEvent;
}
