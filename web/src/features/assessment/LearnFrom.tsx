import { For, Match, Show, Switch } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { IndicatorLeadersQuery } from './queries';
import { useSignInHref } from '../../lib/signIn';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { Spinner } from '../../lib/ui/Spinner';
import { t } from './i18n';

interface Props {
  frameworkCode: string;
  indicator: number;
  /** The viewer's region's level on the indicator (0 when it has none): only regions above it are listed. */
  above: number;
  /** The viewer's region, left out of the list. */
  regionCode: string;
  signedIn: boolean;
  id?: string;
}

/** "Who to learn from": regions at a higher level on this indicator, with the person to ask there. */
export function LearnFrom(props: Props) {
  const [result, refetch] = createQuery({
    query: IndicatorLeadersQuery,
    variables: () => ({ frameworkCode: props.frameworkCode, indicator: props.indicator, above: props.above, exceptRegion: props.regionCode }),
  });
  const signIn = useSignInHref();
  const leaders = () => result.data?.indicatorLeaders ?? [];
  return (
    <div id={props.id} class="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid={`learn-${props.indicator}`}>
      <h4 class="mb-2 font-semibold">{props.above > 0 ? t('learn.title', { level: props.above }) : t('learn.titleAny')}</h4>
      <Switch>
        <Match when={result.error}>
          <ErrorBox error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        </Match>
        <Match when={!result.data && result.fetching}>
          <Spinner label={t('common.loading')} />
        </Match>
        <Match when={leaders().length === 0}>
          <p class="text-slate-600">{t('learn.none')}</p>
        </Match>
        <Match when={leaders().length > 0}>
          <ul class="flex flex-col gap-2">
            <For each={leaders()}>
              {(l) => (
                <li class="flex flex-wrap items-center justify-between gap-x-3" data-testid="learn-region">
                  <A href={`/wilayah/${l.region.code}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
                    {l.region.name}
                  </A>
                  <span class="tabular-nums text-slate-700">{t('learn.level', { level: l.level, year: l.year })}</span>
                  <span class="w-full text-slate-700">
                    {t('learn.contact')}:{' '}
                    <Show
                      when={l.contact}
                      fallback={
                        <Show when={!props.signedIn} fallback={<span>{t('learn.noContact')}</span>}>
                          <A href={signIn()} class="inline-flex min-h-11 items-center text-teal-800 underline">
                            {t('learn.signInForContact')}
                          </A>
                        </Show>
                      }
                    >
                      {(c) => (
                        <A href={`/u/${c().username}`} class="inline-flex min-h-11 items-center text-teal-800 underline" data-testid="learn-contact">
                          {c().name}
                        </A>
                      )}
                    </Show>
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </div>
  );
}
