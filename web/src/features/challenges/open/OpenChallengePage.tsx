import { createEffect, Show } from 'solid-js';
import { A, useNavigate } from '@solidjs/router';
import { createMutation, createQuery } from '@urql/solid';
import { ChallengeChoicesQuery, OpenChallengeMutation } from '../queries/list';
import { canOpenChallenge, isStaff } from '../roles';
import { useMe } from '../../../lib/me';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { t } from '../i18n';
import { ChallengeFields } from './ChallengeFields';
import { createChallengeForm, focusFirstProblem } from './challengeForm';

/** `/tantangan/baru`: a region admin opens a challenge for their region, staff for any regions. */
export default function OpenChallengePage() {
  const me = useMe();
  const navigate = useNavigate();
  const [choices] = createQuery({ query: ChallengeChoicesQuery });
  const [state, open] = createMutation(OpenChallengeMutation);
  const form = createChallengeForm({}, () => state.error);
  // A region admin opens for their own region only: it is chosen for them.
  createEffect(() => {
    const own = me.data?.me?.region;
    if (me.data?.me?.role === 'REGION_ADMIN' && own && form.regions().length === 0) form.setRegions([{ code: own.code, name: own.name }]);
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form.check()) return focusFirstProblem();
    const result = await open({ input: { ...form.input(), regionCodes: form.regions().map((r) => r.code) } });
    const id = result.data?.openChallenge.id;
    if (id) navigate(`/tantangan/${id}`);
    else focusFirstProblem();
  };

  return (
    <>
      <A href="/tantangan" class="mb-2 inline-flex min-h-11 items-center text-sm text-teal-800 hover:underline">
        ← {t('challenges.back')}
      </A>
      <PageTitle title={t('challenges.open.title')} subtitle={t('challenges.open.subtitle')} />
      <Show when={me.data && !canOpenChallenge(me.data.me)}>
        <p class="rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="alert">
          {t('challenges.open.notAllowed')}
        </p>
      </Show>
      <Show when={canOpenChallenge(me.data?.me)}>
        <form class="flex max-w-3xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" onSubmit={submit} noValidate data-testid="challenge-form">
          <Show when={form.server().general}>
            <ErrorBox message={form.server().general} />
          </Show>
          <ChallengeFields form={form} indicatorList={choices.data?.spbeFramework?.indicators ?? []} cohorts={choices.data?.cohorts ?? []} pickRegions={isStaff(me.data?.me)} />
          <div class="flex flex-wrap gap-2">
            <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="challenge-submit">
              {t('challenges.open.submit')}
            </Button>
            <A href="/tantangan" class="inline-flex min-h-11 items-center rounded-md px-4 text-sm text-slate-700 hover:bg-slate-100">
              {t('common.cancel')}
            </A>
          </div>
        </form>
      </Show>
    </>
  );
}
