import { createSignal, Match, Show, Switch } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { AssessmentRecordedSubscription, RegionProfileQuery } from './queries';
import { IndexChart } from './IndexChart';
import { DomainBars } from './DomainBars';
import { DraftList } from './DraftList';
import { LatestIndexCard } from './LatestIndexCard';
import { StudiTiru } from './StudiTiru';
import { useSubscription } from '../../lib/client/useSubscription';
import { useMe } from '../../lib/me';
import { formatDate, formatTime } from '../../lib/format';
import { t } from './i18n';
import { Badge } from '../../lib/ui/Badge';
import { Card } from '../../lib/ui/Card';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Spinner } from '../../lib/ui/Spinner';

export default function RegionProfilePage() {
  const params = useParams<{ code: string }>();
  const me = useMe();
  const [result, refetch] = createQuery({ query: RegionProfileQuery, variables: () => ({ code: params.code }) });
  // Signed in, a score recorded for this region reloads the page and says when it was updated live.
  const [live, setLive] = createSignal<Date | null>(null);
  useSubscription({
    query: AssessmentRecordedSubscription,
    variables: () => ({ regionCode: params.code }),
    pause: () => !me.data?.me,
    onData: () => {
      setLive(new Date());
      refetch({ requestPolicy: 'network-only' });
    },
  });

  const region = () => result.data?.region;
  const assessments = () => region()?.assessments ?? [];
  const latest = () => {
    const id = region()?.latestAssessment?.id;
    return assessments().find((a) => a.id === id);
  };
  const drafts = () => assessments().filter((a) => a.index === null);
  // Who may record sees where to start this year's assessment when it has none yet.
  const thisYear = new Date().getFullYear();
  const canStart = () => region()?.viewerCanRecordAssessment === true && !assessments().some((a) => a.year === thisYear);
  const points = () => assessments().flatMap((a) => (a.index === null ? [] : [{ year: a.year, index: a.index }]));

  return (
    <Switch>
      <Match when={result.error}>
        <ErrorBox error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Match>
      <Match when={!result.data && result.fetching}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={result.data && !region()}>
        <PageTitle title={t('profile.notFound', { code: params.code })} />
        <A href="/wilayah" class="text-teal-800 underline">
          {t('profile.back')}
        </A>
      </Match>
      <Match when={region()}>
        {(r) => (
          <>
            <A href="/wilayah" class="mb-2 inline-block text-sm text-teal-800 hover:underline">
              ← {t('profile.back')}
            </A>
            <PageTitle
              title={r().name}
              subtitle={
                <span class="flex flex-wrap items-center gap-2">
                  <Badge tone="blue">{r().kind === 'KOTA' ? t('kind.KOTA') : t('kind.KABUPATEN')}</Badge>
                  <span>{r().province.name}</span>
                  <span class="tabular-nums text-slate-500">{r().code}</span>
                </span>
              }
            />
            <Show when={live()}>
              {(at) => (
                <p class="mb-3 text-sm text-teal-800" role="status" data-testid="live-note">
                  {t('profile.liveUpdated', { time: formatTime(at()) })}
                </p>
              )}
            </Show>
            <div class="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
              <LatestIndexCard latest={latest()} href={latest() ? `/wilayah/${r().code}/penilaian/${latest()?.year ?? ''}` : undefined} />
              <Card title={t('profile.chart.title')}>
                <IndexChart points={points()} />
              </Card>
              <Card title={latest() ? t('profile.domains', { year: latest()?.year ?? '' }) : t('profile.domainsNone')} class="lg:col-span-2">
                <Show when={latest()} fallback={<p class="text-sm text-slate-500">{t('profile.noComplete')}</p>}>
                  {(a) => (
                    <>
                      <DomainBars
                        domains={a().domainScores.map((d) => ({ ...d.domain, score: d.score ?? null, weightPercent: d.weightPercent, completeness: d.completeness }))}
                      />
                      <p class="mt-3 text-xs text-slate-500">{t('profile.updatedAt', { date: formatDate(a().updatedAt) })}</p>
                    </>
                  )}
                </Show>
              </Card>
              <Show when={drafts().length > 0 || canStart()}>
                <Card title={t('profile.drafts')} class="lg:col-span-2">
                  <DraftList drafts={drafts()} regionCode={r().code} />
                  <Show when={canStart()}>
                    <A href={`/wilayah/${r().code}/penilaian/${thisYear}`} class="mt-3 inline-flex min-h-11 items-center font-medium text-teal-800 underline" data-testid="assessment-start">
                      {t('profile.startAssessment', { year: thisYear })}
                    </A>
                  </Show>
                </Card>
              </Show>
              <StudiTiru code={r().code} />
            </div>
          </>
        )}
      </Match>
    </Switch>
  );
}
