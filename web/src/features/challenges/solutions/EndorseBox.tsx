import { createSignal, For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import { limits } from '../../../gql/limits';
import { EndorseSolutionMutation, WithdrawEndorsementMutation } from '../queries/solution';
import type { SolutionData, Viewer } from '../challenge/context';
import { canEndorse } from '../roles';
import { fieldErrors } from '../ui/serverErrors';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';
import { t } from '../i18n';

/** The regions endorsing a solution, and for a region admin, their own region's endorsement. */
export function EndorseBox(props: { solution: SolutionData; viewer: Viewer; open: boolean }) {
  const [endorseState, endorse] = createMutation(EndorseSolutionMutation);
  const [withdrawState, withdraw] = createMutation(WithdrawEndorsementMutation);
  const [writing, setWriting] = createSignal(false);
  const [statement, setStatement] = createSignal('');
  const ownRegion = () => props.viewer.actor?.region;
  const mine = () => props.solution.endorsements.find((e) => e.region?.code === ownRegion()?.code);
  const server = () => fieldErrors(endorseState.error);
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await endorse({ input: { solutionId: props.solution.id, statement: statement().trim() } });
    if (!result.error) {
      setWriting(false);
      setStatement('');
    }
  };
  return (
    <div class="flex flex-col gap-2" data-testid="endorsements">
      <Show when={props.solution.endorsements.length > 0}>
        <ul class="flex flex-col gap-1 text-sm">
          <For each={props.solution.endorsements}>
            {(e) => (
              <li data-testid="endorsement" class="rounded bg-lime-50 px-2 py-1 text-lime-900">
                <span class="font-medium">{t('solutions.endorsedBy', { region: e.region?.name ?? '' })}</span>
                <span class="block text-slate-700">“{e.statement}”</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.open && canEndorse(props.viewer.actor)}>
        <Show
          when={mine()}
          fallback={
            <Show
              when={writing()}
              fallback={
                <Button variant="secondary" class="min-h-11 self-start" data-testid="endorse-open" onClick={() => setWriting(true)}>
                  {t('solutions.endorse', { region: ownRegion()?.name ?? '' })}
                </Button>
              }
            >
              <form class="flex flex-col gap-2" onSubmit={submit}>
                <label for={`endorse-${props.solution.id}`} class="text-sm font-medium text-slate-700">
                  {t('solutions.endorseStatement', { region: ownRegion()?.name ?? '' })}
                </label>
                <textarea
                  id={`endorse-${props.solution.id}`}
                  data-testid="endorse-statement"
                  rows={2}
                  class={inputClass}
                  minLength={limits.challenge.statementMin}
                  maxLength={limits.challenge.statementMax}
                  aria-invalid={server().byField.statement ? 'true' : undefined}
                  value={statement()}
                  onInput={(e) => setStatement(e.currentTarget.value)}
                />
                <p class="text-xs text-slate-500">{t('solutions.statementHint', { min: limits.challenge.statementMin, max: limits.challenge.statementMax })}</p>
                <Show when={server().byField.statement}>
                  <p class="text-sm text-red-700">{server().byField.statement}</p>
                </Show>
                <ErrorBox message={server().general} />
                <div class="flex gap-2">
                  <Button type="submit" class="min-h-11" busy={endorseState.fetching} data-testid="endorse-submit">
                    {t('solutions.endorseSubmit')}
                  </Button>
                  <Button variant="ghost" class="min-h-11" onClick={() => setWriting(false)}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </form>
            </Show>
          }
        >
          <Button variant="ghost" class="min-h-11 self-start" busy={withdrawState.fetching} onClick={() => withdraw({ input: { solutionId: props.solution.id } })}>
            {t('solutions.withdraw')}
          </Button>
          <ErrorBox error={withdrawState.error} />
        </Show>
      </Show>
    </div>
  );
}
