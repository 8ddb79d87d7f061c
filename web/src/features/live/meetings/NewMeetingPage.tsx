import { createSignal } from 'solid-js';
import { useNavigate } from '@solidjs/router';
import { createMutation, createQuery } from '@urql/solid';
import { CreateMeetingMutation, MeetingCohortsQuery } from '../queries/meetings';
import { AgendaEditor, type AgendaDraft } from './AgendaEditor';
import { defaultTimes, fromLocalInput } from './dates';
import { RequireRole } from '../../auth/RequireRole';
import { canRunMeetings } from '../../../lib/roles';
import { useMe } from '../../../lib/me';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field, inputClass } from '../../../lib/ui/Field';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Select } from '../../../lib/ui/Select';
import { limits } from '../../../gql/limits';

/** /rapat/baru — facilitators and admins schedule a meeting with its agenda. */
export default function NewMeetingPage() {
  return (
    <div class="mx-auto max-w-2xl">
      <PageTitle title={t('meeting.new.title')} subtitle={t('meeting.new.subtitle')} />
      <RequireRole allow={canRunMeetings}>
        <NewMeetingForm />
      </RequireRole>
    </div>
  );
}

function NewMeetingForm() {
  const me = useMe();
  const navigate = useNavigate();
  const times = defaultTimes();
  const [title, setTitle] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [startsAt, setStartsAt] = createSignal(times.start);
  const [endsAt, setEndsAt] = createSignal(times.end);
  const [organiser, setOrganiser] = createSignal(me.data?.me?.organisation ?? '');
  const [cohort, setCohort] = createSignal('');
  const [agenda, setAgenda] = createSignal<AgendaDraft[]>([]);
  const [problem, setProblem] = createSignal('');
  const [cohorts] = createQuery({ query: MeetingCohortsQuery });
  const [result, create] = createMutation(CreateMeetingMutation);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const start = fromLocalInput(startsAt());
    const end = fromLocalInput(endsAt());
    const name = title().trim();
    if (name.length < limits.meeting.meetingTitleMin || name.length > limits.meeting.titleMax) return setProblem(t('meeting.error.title'));
    if (organiser().trim().length < limits.meeting.organiserMin || organiser().trim().length > limits.meeting.organiserMax) return setProblem(t('meeting.error.organiser'));
    if (!start || !end || end <= start) return setProblem(t('meeting.error.times'));
    if (agenda().some((a) => !a.title.trim())) return setProblem(t('meeting.error.agenda'));
    setProblem('');
    const res = await create({
      input: {
        title: name,
        description: description().trim() || null,
        startsAt: start,
        endsAt: end,
        organiser: organiser().trim(),
        cohortSlug: cohort() || null,
        agenda: agenda().map((a) => ({ title: a.title.trim(), startsAt: fromLocalInput(a.time) })),
      },
    });
    const created = res.data?.createMeeting;
    if (created) navigate(`/rapat/${created.id}`);
  };

  return (
    <Card>
      <form class="flex flex-col gap-4" onSubmit={submit} noValidate>
        <Field label={t('meeting.field.title')} testid="meeting-title-input" required maxLength={200} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
        <label class="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {t('meeting.field.description')}
          <textarea data-testid="meeting-description-input" class={inputClass} rows={3} maxLength={5000} value={description()} onInput={(e) => setDescription(e.currentTarget.value)} />
        </label>
        <div class="grid gap-3 sm:grid-cols-2">
          <Field label={t('meeting.field.startsAt')} type="datetime-local" testid="meeting-starts-input" required value={startsAt()} onInput={(e) => setStartsAt(e.currentTarget.value)} />
          <Field label={t('meeting.field.endsAt')} type="datetime-local" testid="meeting-ends-input" required value={endsAt()} onInput={(e) => setEndsAt(e.currentTarget.value)} />
        </div>
        <div class="grid gap-3 sm:grid-cols-2">
          <Field
            label={t('meeting.field.organiser')}
            hint={t('meeting.field.organiserHint')}
            testid="meeting-organiser-input"
            required
            maxLength={limits.meeting.organiserMax}
            value={organiser()}
            onInput={(e) => setOrganiser(e.currentTarget.value)}
          />
          <Select
            label={t('meeting.field.cohort')}
            testid="meeting-cohort"
            value={cohort()}
            options={[{ value: '', label: t('meeting.field.noCohort') }, ...(cohorts.data?.cohorts ?? []).map((c) => ({ value: c.slug, label: c.name }))]}
            onChange={(e) => setCohort(e.currentTarget.value)}
          />
        </div>
        <AgendaEditor items={agenda()} onChange={setAgenda} />
        <ErrorBox message={problem()} error={result.error} />
        <Button type="submit" data-testid="meeting-submit" busy={result.fetching} class="self-start">
          {t('meeting.submit')}
        </Button>
      </form>
    </Card>
  );
}
