import { createSignal, Show, untrack } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { SolutionStatus } from '../../../gql/graphql';
import { limits } from '../../../gql/limits';
import { DecideSolutionMutation } from '../queries/solution';
import type { SolutionData } from '../challenge/context';
import { fieldErrors } from '../ui/serverErrors';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';
import { t } from '../i18n';

/** A lead selects a solution for experimentation (with its trial plan) or declines it with a reason. */
export function DecideBox(props: { solution: SolutionData }) {
  const [state, decide] = createMutation(DecideSolutionMutation);
  const [mode, setMode] = createSignal<SolutionStatus | null>(null);
  const [reason, setReason] = createSignal('');
  const [plan, setPlan] = createSignal(untrack(() => props.solution.trialPlan ?? ''));
  const [starts, setStarts] = createSignal(untrack(() => props.solution.trialStartsOn ?? ''));
  const [ends, setEnds] = createSignal(untrack(() => props.solution.trialEndsOn ?? ''));
  const [missing, setMissing] = createSignal(false);
  const server = () => fieldErrors(state.error);
  const id = (f: string) => `decide-${props.solution.id}-${f}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const status = mode();
    if (!status) return;
    if (status === 'DECLINED' && !reason().trim()) {
      setMissing(true);
      document.getElementById(id('reason'))?.focus();
      return;
    }
    const result = await decide({
      input: {
        solutionId: props.solution.id,
        status,
        reason: reason().trim() || null,
        ...(status === 'SELECTED' ? { trialPlan: plan().trim() || null, trialStartsOn: starts() || null, trialEndsOn: ends() || null } : {}),
      },
    });
    if (!result.error) setMode(null);
  };
  return (
    <div class="flex flex-col gap-2" data-testid="decide-box">
      <Show when={!mode()}>
        <div class="flex flex-wrap gap-2">
          <Show when={props.solution.status !== 'SELECTED'}>
            <Button class="min-h-11" data-testid="solution-select" onClick={() => setMode('SELECTED')}>
              {t('solutions.select')}
            </Button>
          </Show>
          <Show when={props.solution.status === 'SELECTED'}>
            <Button variant="secondary" class="min-h-11" data-testid="solution-plan" onClick={() => setMode('SELECTED')}>
              {t('solutions.editPlan')}
            </Button>
          </Show>
          <Show when={props.solution.status !== 'DECLINED'}>
            <Button variant="danger" class="min-h-11" data-testid="solution-decline" onClick={() => setMode('DECLINED')}>
              {t('solutions.decline')}
            </Button>
          </Show>
        </div>
      </Show>
      <Show when={mode()}>
        <form class="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3" onSubmit={submit} noValidate>
          <label for={id('reason')} class="text-sm font-medium text-slate-700">
            {mode() === 'DECLINED' ? t('solutions.declineReason') : t('solutions.selectNote')}
          </label>
          <textarea id={id('reason')} rows={2} class={inputClass} maxLength={limits.challenge.reasonMax} data-testid="decide-reason" aria-invalid={missing() || server().byField.reason ? 'true' : undefined} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
          <Show when={missing() || server().byField.reason}>
            <p class="text-sm text-red-700">{server().byField.reason ?? t('solutions.reasonMissing')}</p>
          </Show>
          <Show when={mode() === 'SELECTED'}>
            <label for={id('plan')} class="text-sm font-medium text-slate-700">
              {t('solutions.trialPlan')}
            </label>
            <textarea id={id('plan')} rows={3} class={inputClass} maxLength={limits.challenge.trialPlanMax} data-testid="decide-plan" value={plan()} onInput={(e) => setPlan(e.currentTarget.value)} />
            <div class="grid gap-2 sm:grid-cols-2">
              <div class="flex flex-col gap-1">
                <label for={id('start')} class="text-sm text-slate-700">
                  {t('solutions.trialStart')}
                </label>
                <input id={id('start')} type="date" class={inputClass} value={starts()} onInput={(e) => setStarts(e.currentTarget.value)} />
              </div>
              <div class="flex flex-col gap-1">
                <label for={id('end')} class="text-sm text-slate-700">
                  {t('solutions.trialEnd')}
                </label>
                <input id={id('end')} type="date" class={inputClass} value={ends()} aria-invalid={server().byField.trialEndsOn ? 'true' : undefined} onInput={(e) => setEnds(e.currentTarget.value)} />
              </div>
            </div>
            <Show when={server().byField.trialEndsOn ?? server().byField.trialStartsOn}>{(m) => <p class="text-sm text-red-700">{m()}</p>}</Show>
          </Show>
          <ErrorBox message={server().general} />
          <div class="flex flex-wrap gap-2">
            <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="decide-submit">
              {mode() === 'DECLINED' ? t('solutions.declineSubmit') : t('solutions.selectSubmit')}
            </Button>
            <Button variant="ghost" class="min-h-11" onClick={() => setMode(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Show>
    </div>
  );
}
