import { createLiveRegion } from '../../../lib/a11y/announce';
import { t } from '../i18n';
import type { LiveEvent } from './useLiveSession';

/**
 * The live page's one polite region: questions others ask are counted into one sentence every
 * few seconds, and each poll that opens is said with its title (once, however often it updates).
 */
export function useLiveAnnouncements() {
  const region = createLiveRegion({ question: (count: number) => t('live.announce.questions', { count }) });
  const opened = new Set<string>();
  const onEvent = (event: LiveEvent) => {
    if (event.kind === 'QUESTION_ADDED' && event.question && !event.question.askedByMe && event.question.status === 'LIVE') region.count('question');
    if (event.kind === 'POLL_UPDATED' && event.poll?.state === 'OPEN' && !opened.has(event.poll.id)) {
      opened.add(event.poll.id);
      region.say(t('live.announce.pollOpened', { title: event.poll.title }));
    }
  };
  return { onEvent, Region: region.Region };
}
