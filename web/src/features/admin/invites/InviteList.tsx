import { For, Show } from 'solid-js';
import { createQuery } from '@urql/solid';
import { InvitesQuery } from './queries';
import { t } from '../i18n';
import { formatDate } from '../../../lib/format';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Spinner } from '../../../lib/ui/Spinner';
import { roleLabel } from '../../../lib/ui/roleLabel';

export function InviteList() {
  const [result] = createQuery({ query: InvitesQuery });
  return (
    <Card title={t('invites.open')}>
      <ErrorBox error={result.error} />
      <Show when={result.fetching && !result.data}>
        <Spinner />
      </Show>
      <ul class="divide-y divide-slate-100" data-testid="invite-list">
        <For each={result.data?.invites} fallback={<Show when={result.data}><li class="py-2 text-sm text-slate-500">{t('invites.none')}</li></Show>}>
          {(inv) => (
            <li class="flex flex-col gap-0.5 py-2 text-sm sm:flex-row sm:items-center sm:justify-between sm:gap-3">
              <span>
                <span class="font-medium">{roleLabel(inv.role)}</span>
                <span class="text-slate-600"> · {inv.region ? `${inv.region.code} ${inv.region.name}` : (inv.organisation ?? '—')}</span>
                <Show when={inv.email}>
                  <span class="block text-xs text-slate-500 sm:inline sm:before:content-['_·_']">{inv.email}</span>
                </Show>
              </span>
              <span class="shrink-0 text-xs text-slate-500">{t('invites.expires', { date: formatDate(inv.expiresAt) })}</span>
            </li>
          )}
        </For>
      </ul>
    </Card>
  );
}
