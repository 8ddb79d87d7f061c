import { Show } from 'solid-js';
import { t } from '../i18n';

interface Props {
  count: number;
  onShow: () => void;
}

/** Discourse's "N new or updated topics — show": new rows never jump in under the reader's finger. */
export function NewTopicsBar(props: Props) {
  return (
    <Show when={props.count > 0}>
      <div class="sticky top-24 z-[5] mt-3 flex justify-center sm:top-16">
        <button
          type="button"
          data-testid="feed-new-topics"
          class="rounded-full bg-teal-700 px-4 py-2 text-sm font-medium text-white shadow-lg hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
          onClick={() => props.onShow()}
        >
          {t('forum.newTopics', { count: props.count })}
        </button>
      </div>
    </Show>
  );
}
