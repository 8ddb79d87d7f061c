import { createSignal, For, Match, Switch } from 'solid-js';
import { createMutation } from '@urql/solid';
import { VotePollMutation } from '../queries/polls';
import { WORDS_MAX, type Poll } from '../types';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';

interface Props {
  poll: Pick<Poll, 'id' | 'kind' | 'options' | 'maxChoices'>;
}

/** Votes once: one option (radio), up to `maxChoices` (checkboxes), or a short answer. */
export function PollVoteForm(props: Props) {
  const [chosen, setChosen] = createSignal<number[]>([]);
  const [words, setWords] = createSignal('');
  const [result, vote] = createMutation(VotePollMutation);
  const max = () => (props.poll.kind === 'MULTIPLE' ? props.poll.maxChoices : 1);
  const valid = () => (props.poll.kind === 'WORDS' ? words().trim().length > 0 && words().trim().length <= WORDS_MAX : chosen().length >= 1 && chosen().length <= max());

  const toggle = (id: number, on: boolean) => {
    if (props.poll.kind === 'SINGLE') return setChosen(on ? [id] : []);
    if (on && chosen().length >= max()) return;
    setChosen(on ? [...chosen(), id] : chosen().filter((c) => c !== id));
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (!valid()) return;
    void vote({ input: props.poll.kind === 'WORDS' ? { pollId: props.poll.id, words: words().trim() } : { pollId: props.poll.id, choices: chosen() } });
  };

  return (
    <form class="flex flex-col gap-3" onSubmit={submit} noValidate>
      <Switch>
        <Match when={props.poll.kind === 'WORDS'}>
          <label class="flex flex-col gap-1 text-sm font-medium text-slate-700">
            {t('poll.words')}
            <input data-testid="poll-words" class={inputClass} maxLength={WORDS_MAX} value={words()} onInput={(e) => setWords(e.currentTarget.value)} />
            <span class="text-xs font-normal text-slate-500">{t('poll.wordsHint', { max: WORDS_MAX })}</span>
          </label>
        </Match>
        <Match when={props.poll.kind !== 'WORDS'}>
          <fieldset class="flex min-w-0 flex-col gap-1">
            <legend data-testid="poll-hint" class="mb-1 text-xs text-slate-600">
              {props.poll.kind === 'SINGLE' ? t('poll.pickOne') : t('poll.pickUpTo', { max: max(), count: chosen().length })}
            </legend>
            <For each={props.poll.options}>
              {(option) => {
                const checked = () => chosen().includes(option.id);
                return (
                  <label class={`flex min-h-11 items-center gap-3 rounded-md px-3 py-2 text-sm ring-1 ${checked() ? 'bg-teal-50 ring-teal-500' : 'bg-white ring-slate-200'}`}>
                    <input
                      type={props.poll.kind === 'SINGLE' ? 'radio' : 'checkbox'}
                      name={`poll-${props.poll.id}`}
                      data-testid="poll-choice"
                      value={option.id}
                      class="h-5 w-5 shrink-0 accent-teal-700"
                      checked={checked()}
                      disabled={props.poll.kind === 'MULTIPLE' && !checked() && chosen().length >= max()}
                      onChange={(e) => toggle(option.id, e.currentTarget.checked)}
                    />
                    <span class="break-words">{option.label}</span>
                  </label>
                );
              }}
            </For>
          </fieldset>
        </Match>
      </Switch>
      <ErrorBox error={result.error} />
      <Button type="submit" data-testid="poll-vote" busy={result.fetching} disabled={!valid()}>
        {t('poll.vote')}
      </Button>
    </form>
  );
}
