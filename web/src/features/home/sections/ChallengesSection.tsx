import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { MyChallengesQuery } from '../queries';
import { stageTone } from '../../challenges/stages';
import { Badge } from '../../../lib/ui/Badge';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

const link = 'inline-flex min-h-11 items-center text-sm text-teal-800 underline';

/** The challenges the viewer is in or follows, latest activity first (stage names are the home's own: the challenges' texts stay with their pages). */
export function ChallengesSection() {
  const [result] = createQuery({ query: MyChallengesQuery });
  const challenges = () => result.data?.challenges.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('home.challenges.title')} actions={<A href="/tantangan" class={link}>{t('home.challenges.all')}</A>}>
      <Show when={challenges().length > 0} fallback={<p class="text-sm text-slate-600">{t('home.challenges.empty')}</p>}>
        <ul class="flex flex-col" data-testid="home-challenges">
          <For each={challenges()}>
            {(c) => (
              <li class="flex flex-col gap-1 border-t border-slate-100 py-2 first:border-t-0">
                <A href={`/tantangan/${c.id}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
                  {c.title}
                </A>
                <span class="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <Badge tone={stageTone(c.stage)}>{t(`home.stage.${c.stage}`)}</Badge>
                  {t('home.challenges.counts', { solutions: c.solutionCount, team: c.teamCount })}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
