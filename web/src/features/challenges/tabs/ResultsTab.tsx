import { For, Show } from 'solid-js';
import type { ChallengeData } from '../challenge/context';
import { ResultsTable } from '../solutions/Results';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

/** The selected solutions' trials and measured results: what the EVALUATION stage reviews. */
export function ResultsTab(props: { challenge: ChallengeData }) {
  const selected = () => props.challenge.solutions.filter((s) => s.status === 'SELECTED');
  return (
    <Show when={selected().length > 0} fallback={<Card><p class="text-sm text-slate-600" data-testid="results-empty">{t('results.empty')}</p></Card>}>
      <div class="flex flex-col gap-4">
        <For each={selected()}>
          {(s) => (
            <Card title={s.title}>
              <Show when={s.trialPlan}>
                <p class="mb-2 whitespace-pre-line text-sm text-slate-700">{s.trialPlan}</p>
              </Show>
              <Show when={s.results.length > 0} fallback={<p class="text-sm text-slate-600">{t('results.none')}</p>}>
                <ResultsTable results={s.results} />
              </Show>
            </Card>
          )}
        </For>
      </div>
    </Show>
  );
}
