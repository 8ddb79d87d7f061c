import { For, Show } from 'solid-js';
import { createQuery } from '@urql/solid';
import { AdminCohortsQuery } from './queries';
import { CohortCard } from './CohortCard';
import { CreateCohortForm } from './CreateCohortForm';
import { RequireRole } from '../../auth/RequireRole';
import { canManageCohorts } from '../../../lib/roles';
import { t } from '../i18n';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';

function Cohorts() {
  const [result] = createQuery({ query: AdminCohortsQuery });
  return (
    <div class="flex flex-col gap-4">
      <ErrorBox error={result.error} />
      <Show when={result.fetching && !result.data}>
        <Spinner label={t('common.loading')} />
      </Show>
      <For each={result.data?.cohorts} fallback={<Show when={result.data}><p class="text-sm text-slate-500">{t('cohorts.none')}</p></Show>}>
        {(cohort) => <CohortCard cohort={cohort} />}
      </For>
      <CreateCohortForm />
    </div>
  );
}

export default function CohortsPage() {
  return (
    <>
      <PageTitle title={t('cohorts.title')} subtitle={t('cohorts.subtitle')} />
      <RequireRole allow={canManageCohorts}>
        <Cohorts />
      </RequireRole>
    </>
  );
}
