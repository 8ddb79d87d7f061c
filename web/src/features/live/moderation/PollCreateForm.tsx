import { createSignal, Index, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { PollKind } from '../../../gql/graphql';
import { CreatePollMutation } from '../queries/polls';
import { POLL_OPTIONS_MAX } from '../types';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field, inputClass } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';
import { limits } from '../../../gql/limits';

interface Props {
  sessionId: string;
  onDone: () => void;
}

const KINDS: PollKind[] = ['SINGLE', 'MULTIPLE', 'WORDS'];

/** A new poll, saved as a draft to open when the moment comes. */
export function PollCreateForm(props: Props) {
  const [title, setTitle] = createSignal('');
  const [kind, setKind] = createSignal<PollKind>('SINGLE');
  const [options, setOptions] = createSignal<string[]>(['', '']);
  const [maxChoices, setMaxChoices] = createSignal(2);
  const [hide, setHide] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const [result, create] = createMutation(CreatePollMutation);

  const labels = () => options().map((o) => o.trim()).filter(Boolean);
  const setOption = (i: number, value: string) => setOptions(options().map((o, j) => (j === i ? value : o)));

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const name = title().trim();
    if (name.length < limits.meeting.pollTitleMin || name.length > limits.meeting.pollTitleMax) return setProblem(t('mod.pollBadTitle'));
    if (kind() !== 'WORDS' && (labels().length < 2 || new Set(labels()).size !== labels().length)) return setProblem(t('mod.pollBadOptions'));
    setProblem('');
    const res = await create({
      input: {
        sessionId: props.sessionId,
        title: name,
        kind: kind(),
        options: kind() === 'WORDS' ? [] : labels(),
        maxChoices: kind() === 'MULTIPLE' ? Math.min(maxChoices(), labels().length) : 1,
        hideResultsUntilClosed: hide(),
      },
    });
    if (res.data) props.onDone();
  };

  return (
    <form class="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3" onSubmit={submit} noValidate>
      <Field label={t('mod.pollTitle')} testid="poll-title-input" maxLength={300} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
      <Select
        label={t('mod.pollKind')}
        testid="poll-kind"
        value={kind()}
        options={KINDS.map((k) => ({ value: k, label: t(`poll.kind.${k}`) }))}
        onChange={(e) => setKind(KINDS.find((k) => k === e.currentTarget.value) ?? 'SINGLE')}
      />
      <Show when={kind() !== 'WORDS'}>
        <fieldset class="flex min-w-0 flex-col gap-2">
          <Index each={options()}>
            {(option, i) => (
              <div class="flex items-center gap-2">
                <input
                  data-testid="poll-option-input"
                  aria-label={t('mod.pollOption', { n: i + 1 })}
                  placeholder={t('mod.pollOption', { n: i + 1 })}
                  class={inputClass}
                  maxLength={limits.meeting.pollOptionMax}
                  value={option()}
                  onInput={(e) => setOption(i, e.currentTarget.value)}
                />
                <Show when={options().length > 2}>
                  <Button variant="ghost" class="min-h-10 px-3" aria-label={t('mod.pollRemoveOption', { n: i + 1 })} onClick={() => setOptions(options().filter((_, j) => j !== i))}>
                    ×
                  </Button>
                </Show>
              </div>
            )}
          </Index>
          <Show when={options().length < POLL_OPTIONS_MAX}>
            <Button variant="secondary" class="self-start" data-testid="poll-add-option" onClick={() => setOptions([...options(), ''])}>
              + {t('mod.pollAddOption')}
            </Button>
          </Show>
        </fieldset>
      </Show>
      <Show when={kind() === 'MULTIPLE'}>
        <Select
          label={t('mod.pollMaxChoices')}
          testid="poll-max-choices"
          value={String(maxChoices())}
          options={Array.from({ length: Math.max(2, options().length) - 1 }, (_, i) => ({ value: String(i + 2), label: String(i + 2) }))}
          onChange={(e) => setMaxChoices(Number(e.currentTarget.value))}
        />
      </Show>
      <label class="inline-flex min-h-11 items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" data-testid="poll-hide-results" class="h-6 w-6 shrink-0 accent-teal-700" checked={hide()} onChange={(e) => setHide(e.currentTarget.checked)} />
        {t('mod.pollHide')}
      </label>
      <ErrorBox message={problem()} error={result.error} />
      <div class="flex gap-2">
        <Button type="submit" data-testid="poll-submit" busy={result.fetching}>
          {t('mod.pollSubmit')}
        </Button>
        <Button variant="secondary" onClick={() => props.onDone()}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
