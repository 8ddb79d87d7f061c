import { createSignal } from 'solid-js';
import { createMutation } from '@urql/solid';
import { OpenLiveSessionMutation } from '../queries/meetings';
import { CODE_RE, normaliseCode } from '../types';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { limits } from '../../../gql/limits';

interface Props {
  meetingId: string;
  onDone: () => void;
}

function Check(props: { label: string; testid: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <label class="inline-flex min-h-11 items-center gap-2 text-sm text-slate-700">
      <input type="checkbox" data-testid={props.testid} class="h-6 w-6 shrink-0 accent-teal-700" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      {props.label}
    </label>
  );
}

/** Opens a live session in the meeting: title, optional own join code, and who may take part how. */
export function OpenSessionForm(props: Props) {
  const [title, setTitle] = createSignal(t('session.form.titleDefault'));
  const [code, setCode] = createSignal('');
  const [guests, setGuests] = createSignal(false);
  const [anonymous, setAnonymous] = createSignal(true);
  const [preModeration, setPreModeration] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const [result, open] = createMutation(OpenLiveSessionMutation);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const name = title().trim();
    const wanted = normaliseCode(code());
    if (name.length < limits.meeting.sessionTitleMin || name.length > limits.meeting.titleMax) return setProblem(t('session.form.badTitle'));
    if (wanted && !CODE_RE.test(wanted)) return setProblem(t('session.form.badCode'));
    setProblem('');
    const res = await open({
      input: { meetingId: props.meetingId, title: name, code: wanted || null, allowGuests: guests(), allowAnonymous: anonymous(), preModeration: preModeration() },
    });
    if (res.data) props.onDone();
  };

  return (
    <form class="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3" onSubmit={submit} noValidate>
      <div class="grid gap-3 sm:grid-cols-2">
        <Field label={t('session.form.title')} testid="session-title-input" maxLength={limits.meeting.titleMax} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
        <Field
          label={t('session.form.code')}
          hint={t('session.form.codeHint', { min: limits.meeting.codeMin, max: limits.meeting.codeMax })}
          testid="session-code-input"
          autocapitalize="characters"
          // one more than the longest code: people may type the leading '#'
          maxLength={limits.meeting.codeMax + 1}
          value={code()}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </div>
      <div class="flex flex-col">
        <Check label={t('session.form.guests')} testid="session-guests" checked={guests()} onChange={setGuests} />
        <Check label={t('session.form.anonymous')} testid="session-anonymous" checked={anonymous()} onChange={setAnonymous} />
        <Check label={t('session.form.preModeration')} testid="session-premoderation" checked={preModeration()} onChange={setPreModeration} />
      </div>
      <ErrorBox message={problem()} error={result.error} />
      <div class="flex gap-2">
        <Button type="submit" data-testid="session-submit" busy={result.fetching}>
          {t('session.form.submit')}
        </Button>
        <Button variant="secondary" onClick={() => props.onDone()}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
