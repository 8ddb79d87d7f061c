import { For, Show } from 'solid-js';
import { A, useLocation } from '@solidjs/router';
import { isFinal, type ChallengeData, type Viewer } from '../challenge/context';
import { ProposeSolutionForm } from '../solutions/ProposeSolutionForm';
import { SolutionCard } from '../solutions/SolutionCard';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

export function SolutionsTab(props: { challenge: ChallengeData; viewer: Viewer }) {
  const location = useLocation();
  const open = () => !isFinal(props.challenge.stage);
  const focusNew = (id: string) => queueMicrotask(() => document.querySelector<HTMLElement>(`[data-solution-id="${id}"] [data-testid="solution-link"]`)?.focus());
  return (
    <div class="flex flex-col gap-4">
      <Show when={open()}>
        <Show
          when={props.viewer.signedIn}
          fallback={
            <p class="text-sm text-slate-700">
              <A href={`/masuk?next=${encodeURIComponent(location.pathname + location.search)}`} class="text-teal-800 underline">
                {t('solutions.signInToPropose')}
              </A>
            </p>
          }
        >
          <details class="rounded-lg border border-slate-200 bg-white" data-testid="propose-details">
            <summary class="flex min-h-11 cursor-pointer items-center px-4 font-medium text-teal-800" data-testid="propose-open">{t('solutions.proposeTitle')}</summary>
            <div class="border-t border-slate-100 p-4">
              <ProposeSolutionForm challenge={props.challenge} onDone={focusNew} />
            </div>
          </details>
        </Show>
      </Show>
      <Show when={props.challenge.solutions.length > 0} fallback={<Card><p class="text-sm text-slate-600" data-testid="solutions-empty">{t('solutions.empty')}</p></Card>}>
        <ul class="flex flex-col gap-3" data-testid="solution-list">
          <For each={props.challenge.solutions}>{(s) => <SolutionCard challengeId={props.challenge.id} solution={s} viewer={props.viewer} open={open()} />}</For>
        </ul>
      </Show>
    </div>
  );
}
