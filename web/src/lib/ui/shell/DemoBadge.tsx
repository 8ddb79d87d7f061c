import { Show } from 'solid-js';
import { useServerInfo } from '../../me';
import { t } from '../../i18n';

/** Tells everyone that the users and scores here are made up. */
export function DemoBadge() {
  const info = useServerInfo();
  return (
    <Show when={info.data?.serverInfo.demoData}>
      <span
        data-testid="demo-badge"
        title={t('demo.title')}
        class="inline-flex items-center whitespace-nowrap rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300 ring-inset"
      >
        {t('demo.badge')}
      </span>
    </Show>
  );
}
