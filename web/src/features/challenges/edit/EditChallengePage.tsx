import { Match, Show, Switch, untrack } from 'solid-js';
import { A, useNavigate, useParams } from '@solidjs/router';
import { createMutation, createQuery } from '@urql/solid';
import { ChallengeQuery, UpdateChallengeMutation } from '../queries/challenge';
import { ChallengeChoicesQuery } from '../queries/list';
import { viewerOf, type ChallengeData } from '../challenge/context';
import { ChallengeFields } from '../open/ChallengeFields';
import { createChallengeForm, dateInputValue, focusFirstProblem } from '../open/challengeForm';
import { useMe } from '../../../lib/me';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';
import { t } from '../i18n';

/** `/tantangan/:id/ubah`: a lead or a facilitator edits the challenge (its owning regions stay). */
export default function EditChallengePage() {
  const params = useParams<{ id: string }>();
  const me = useMe();
  const [result, refetch] = createQuery({ query: ChallengeQuery, variables: () => ({ id: params.id }) });
  const challenge = () => result.data?.challenge;
  const steer = () => {
    const c = challenge();
    return !!c && viewerOf(me.data?.me, c).steer;
  };
  return (
    <>
      <A href={`/tantangan/${params.id}`} class="mb-2 inline-flex min-h-11 items-center text-sm text-teal-800 hover:underline">
        ← {t('challenges.back')}
      </A>
      <PageTitle title={t('challenges.edit.title')} subtitle={t('challenges.edit.subtitle')} />
      <Switch>
        <Match when={result.error}>
          <ErrorBox error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        </Match>
        <Match when={!result.data}>
          <Spinner label={t('common.loading')} />
        </Match>
        <Match when={!challenge()}>
          <p class="text-sm text-slate-700">{t('challenge.notFound')}</p>
        </Match>
        <Match when={me.data && !steer()}>
          <p class="rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="alert">
            {t('challenges.edit.notAllowed')}
          </p>
        </Match>
        <Match when={steer() && challenge()}>{(c) => <EditForm challenge={c()} />}</Match>
      </Switch>
    </>
  );
}

function EditForm(props: { challenge: ChallengeData }) {
  const navigate = useNavigate();
  const [choices] = createQuery({ query: ChallengeChoicesQuery });
  const [state, update] = createMutation(UpdateChallengeMutation);
  // The form starts from the challenge as it was when the page opened; later live changes do not overwrite typing.
  const c = untrack(() => props.challenge);
  const form = createChallengeForm(
    {
      title: c.title,
      problem: c.problemMarkdown,
      regions: c.regions.map((r) => ({ code: r.code, name: r.name })),
      indicators: c.indicators.filter((i) => i.frameworkCode === 'SPBE-2020').map((i) => i.number),
      cohort: c.cohort?.slug ?? '',
      tags: c.tags.join(', '),
      deadlines: Object.fromEntries(c.deadlines.map((d) => [d.stage, dateInputValue(d.dueAt)])),
    },
    () => state.error,
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form.check()) return focusFirstProblem();
    const result = await update({ input: { challengeId: c.id, ...form.input() } });
    if (result.data?.updateChallenge) navigate(`/tantangan/${c.id}`);
    else focusFirstProblem();
  };
  return (
    <form class="flex max-w-3xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" onSubmit={submit} noValidate data-testid="challenge-edit-form">
      <Show when={form.server().general}>
        <ErrorBox message={form.server().general} />
      </Show>
      <ChallengeFields form={form} indicatorList={choices.data?.spbeFramework?.indicators ?? []} cohorts={choices.data?.cohorts ?? []} pickRegions={false} />
      <div class="flex flex-wrap gap-2">
        <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="challenge-edit-submit">
          {t('challenges.edit.submit')}
        </Button>
        <A href={`/tantangan/${c.id}`} class="inline-flex min-h-11 items-center rounded-md px-4 text-sm text-slate-700 hover:bg-slate-100">
          {t('common.cancel')}
        </A>
      </div>
    </form>
  );
}
