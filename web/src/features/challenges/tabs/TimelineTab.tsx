import { For, Show } from 'solid-js';
import type { ChallengeData } from '../challenge/context';
import { fullTime } from '../../../lib/time';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

/** Every stage change, oldest first: who moved it, when and why. */
export function TimelineTab(props: { challenge: ChallengeData }) {
  return (
    <Card>
      <ol class="relative flex flex-col gap-4 border-l-2 border-teal-200 pl-4" data-testid="timeline">
        <For each={props.challenge.timeline}>
          {(step) => (
            <li data-testid="timeline-step">
              <p class="font-medium text-slate-900">
                {step.fromStage ? t('timeline.moved', { from: t(`challenge.stage.${step.fromStage}`), to: t(`challenge.stage.${step.toStage}`) }) : t('timeline.opened')}
              </p>
              <p class="text-sm text-slate-600">
                <time datetime={step.at}>{fullTime(step.at)}</time>
                <Show when={step.by}>{(by) => <> · {by().name}</>}</Show>
              </p>
              <Show when={step.note}>
                <p class="mt-1 text-sm text-slate-700">“{step.note}”</p>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Card>
  );
}
