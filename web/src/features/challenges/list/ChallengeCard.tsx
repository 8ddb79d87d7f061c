import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { ChallengeCardFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../lib/ui/Badge';
import { RelativeTime } from '../../../lib/ui/RelativeTime';
import { stageTone } from '../stages';
import { t } from '../i18n';

/** One challenge in the list: title, stage, owning regions, indicators, team and solution counts. */
export function ChallengeCard(props: { challenge: ChallengeCardFieldsFragment }) {
  const c = () => props.challenge;
  return (
    <li data-testid="challenge-card" data-challenge-id={c().id} class="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div class="flex flex-wrap items-center gap-2">
        <Badge tone={stageTone(c().stage)} testid="challenge-stage">
          {t(`challenge.stage.${c().stage}`)}
        </Badge>
        <Show when={c().openToJoin}>
          <Badge tone="green">{t('challenges.openToJoin')}</Badge>
        </Show>
        <Show when={c().cohort}>{(cohort) => <Badge>{cohort().name}</Badge>}</Show>
      </div>
      <h2 class="mt-2 text-base font-semibold text-slate-900">
        <A href={`/tantangan/${c().id}`} class="inline-flex min-h-11 items-center hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
          {c().title}
        </A>
      </h2>
      <p class="text-sm text-slate-600" data-testid="challenge-regions">
        {c()
          .regions.map((r) => r.name)
          .join(', ')}
      </p>
      <ul class="mt-2 flex flex-wrap gap-1" aria-label={t('challenge.indicators')}>
        <For each={c().indicators}>
          {(i) => (
            <li>
              <Badge tone="blue" title={i.name}>
                {t('challenge.indicatorShort', { number: i.number })}
              </Badge>
            </li>
          )}
        </For>
      </ul>
      <p class="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        <span data-testid="challenge-team-count">{t('challenges.teamCount', { count: c().teamCount })}</span>
        <span data-testid="challenge-solution-count">{t('challenges.solutionCount', { count: c().solutionCount })}</span>
        <Show when={c().supportCount > 0}>
          <span data-testid="challenge-support-count">{t('challenges.supportCount', { count: c().supportCount })}</span>
        </Show>
        <Show when={c().replicationCount > 0}>
          <span data-testid="challenge-replication-count" class="font-medium text-violet-800">
            {t('challenges.replicationCount', { count: c().replicationCount })}
          </span>
        </Show>
        <span>
          {t('challenges.activity')} <RelativeTime iso={String(c().lastActivityAt)} />
        </span>
      </p>
    </li>
  );
}
