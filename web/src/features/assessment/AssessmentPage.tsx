import { Match, Show, Switch } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { limits } from '../../gql/limits';
import { useMe } from '../../lib/me';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Spinner } from '../../lib/ui/Spinner';
import { AssessmentForm } from './AssessmentForm';
import { FRAMEWORK_CODE } from './paths';
import { AssessmentScreenQuery } from './queries';
import { t } from './i18n';

/** The year of the address, if it is one the API accepts. */
function parseYear(raw: string): number | null {
  if (!/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= limits.assessment.yearMin && year <= limits.assessment.yearMax ? year : null;
}

/** `/wilayah/:code/penilaian/:year`: one region's assessment of one year, indicator by indicator. */
export default function AssessmentPage() {
  const params = useParams<{ code: string; year: string }>();
  const me = useMe();
  const year = () => parseYear(params.year);
  const [result, refetch] = createQuery({
    query: AssessmentScreenQuery,
    variables: () => ({ code: params.code, frameworkCode: FRAMEWORK_CODE }),
    pause: () => year() === null,
  });
  const region = () => result.data?.region;
  const framework = () => result.data?.spbeFramework;

  return (
    <Switch>
      <Match when={year() === null}>
        <PageTitle title={t('assess.title', { year: '' })} />
        <ErrorBox message={t('assess.badYear', { year: params.year, min: limits.assessment.yearMin, max: limits.assessment.yearMax })} />
        <A href={`/wilayah/${params.code}`} class="mt-3 inline-flex min-h-11 items-center text-teal-800 underline">
          {t('assess.back', { region: params.code })}
        </A>
      </Match>
      <Match when={result.error}>
        <ErrorBox error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Match>
      <Match when={!result.data && result.fetching}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={result.data && !region()}>
        <PageTitle title={t('assess.notFound', { code: params.code })} />
      </Match>
      <Match when={result.data && !framework()}>
        <PageTitle title={t('assess.title', { year: year() ?? '' })} />
        <p>{t('assess.noFramework')}</p>
      </Match>
      <Match when={region() && framework() && year()}>
        <A href={`/wilayah/${params.code}`} class="mb-2 inline-flex min-h-11 items-center text-sm text-teal-800 hover:underline">
          ← {t('assess.back', { region: region()?.name ?? '' })}
        </A>
        <PageTitle title={t('assess.title', { year: year() ?? '' })} subtitle={region()?.name} />
        <Show when={region()}>
          {(r) => (
            <Show when={framework()}>
              {(f) => (
                <AssessmentForm
                  region={r()}
                  framework={f()}
                  year={year() ?? 0}
                  assessment={r().assessments.find((a) => a.year === year())}
                  signedIn={!!me.data?.me}
                />
              )}
            </Show>
          )}
        </Show>
      </Match>
    </Switch>
  );
}
