import { createSignal, For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { ChallengeStage } from '../../../gql/graphql';
import { limits } from '../../../gql/limits';
import { MoveChallengeStageMutation } from '../queries/challenge';
import { stageMoves } from '../stages';
import { fieldErrors } from '../ui/serverErrors';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';
import { t } from '../i18n';

/** "Pindah ke …" for leads and staff; moving back asks for the reason the server requires. */
export function StageControl(props: { challengeId: string; stage: ChallengeStage }) {
  const [state, move] = createMutation(MoveChallengeStageMutation);
  const [target, setTarget] = createSignal<{ to: ChallengeStage; back: boolean } | null>(null);
  const [note, setNote] = createSignal('');
  const [missing, setMissing] = createSignal(false);
  const server = () => fieldErrors(state.error);
  const confirm = async (e: Event) => {
    e.preventDefault();
    const chosen = target();
    if (!chosen) return;
    if (chosen.back && !note().trim()) {
      setMissing(true);
      document.getElementById('stage-note')?.focus();
      return;
    }
    const result = await move({ input: { challengeId: props.challengeId, to: chosen.to, note: note().trim() || null } });
    if (!result.error) {
      setTarget(null);
      setNote('');
      setMissing(false);
    }
  };
  return (
    <div class="flex flex-col gap-3" data-testid="stage-control">
      <div class="flex flex-wrap gap-2">
        <For each={stageMoves(props.stage)}>
          {(m) => (
            <Button
              variant={m.back || m.to === 'ARCHIVED' ? 'secondary' : 'primary'}
              class="min-h-11"
              data-testid={`stage-move-${m.to}`}
              aria-pressed={target()?.to === m.to}
              onClick={() => {
                setTarget(m);
                setMissing(false);
              }}
            >
              {m.back ? t('challenge.stage.back', { stage: t(`challenge.stage.${m.to}`) }) : t('challenge.stage.moveTo', { stage: t(`challenge.stage.${m.to}`) })}
            </Button>
          )}
        </For>
      </div>
      <Show when={target()}>
        {(chosen) => (
          <form class="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-3" onSubmit={confirm}>
            <label for="stage-note" class="text-sm font-medium text-slate-700">
              {chosen().back ? t('challenge.stage.reasonRequired') : t('challenge.stage.note')}
            </label>
            <textarea
              id="stage-note"
              data-testid="stage-note"
              rows={2}
              maxLength={limits.challenge.noteMax}
              class={inputClass}
              aria-invalid={missing() || server().byField.note ? 'true' : undefined}
              aria-describedby={missing() || server().byField.note ? 'stage-note-error' : undefined}
              value={note()}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
            <Show when={missing() || server().byField.note}>
              <p id="stage-note-error" class="text-sm text-red-700">
                {server().byField.note ?? t('challenge.stage.reasonMissing')}
              </p>
            </Show>
            <ErrorBox message={server().general} />
            <div class="flex flex-wrap gap-2">
              <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="stage-confirm">
                {t('challenge.stage.confirm', { stage: t(`challenge.stage.${chosen().to}`) })}
              </Button>
              <Button variant="ghost" class="min-h-11" onClick={() => setTarget(null)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        )}
      </Show>
    </div>
  );
}
