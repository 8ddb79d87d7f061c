import { Match, Show, Switch } from 'solid-js';
import { A } from '@solidjs/router';
import { useMe } from '../../lib/me';
import { isStaff } from '../../lib/roles';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Spinner } from '../../lib/ui/Spinner';
import { RegionSection } from './sections/RegionSection';
import { ThreadsSection } from './sections/ThreadsSection';
import { MeetingsSection } from './sections/MeetingsSection';
import { ChallengesSection } from './sections/ChallengesSection';
import { NotificationsSection } from './sections/NotificationsSection';
import { CohortsSection } from './sections/CohortsSection';
import { PlansSection } from './sections/PlansSection';
import { t } from './i18n';

const primary = 'inline-flex min-h-11 items-center rounded-md bg-teal-700 px-4 text-sm font-medium text-white hover:bg-teal-800';
const secondary = 'inline-flex min-h-11 items-center rounded-md px-4 text-sm font-medium text-teal-800 ring-1 ring-slate-300 hover:bg-slate-50';

/**
 * `/`: for a region's people, their region and what changed, then notifications, the region's
 * action plans, their challenges, meetings and discussions; facilitators see the cohorts they run first. Each section reads
 * on its own, so one failing leaves the rest. Signed out: what Rembuk is and where to start.
 */
export default function HomePage() {
  const me = useMe();
  const user = () => me.data?.me;
  return (
    <Switch>
      <Match when={!me.data && me.fetching}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={user()}>
        {(u) => (
          <>
            <PageTitle title={t('home.greeting', { name: u().name })} subtitle={t('home.subtitle')} />
            <div class="grid gap-4 sm:grid-cols-2" data-testid="home">
              <Show when={isStaff(u())}>
                <CohortsSection />
              </Show>
              <Show when={u().region} fallback={<Show when={!isStaff(u())}><p class="text-sm text-slate-700 sm:col-span-2">{t('home.region.none')}</p></Show>}>
                {(r) => <RegionSection code={r().code} />}
              </Show>
              <NotificationsSection />
              <Show when={u().region}>{(r) => <PlansSection regionCode={r().code} />}</Show>
              <ChallengesSection />
              <MeetingsSection />
              <ThreadsSection />
            </div>
          </>
        )}
      </Match>
      <Match when={me.data}>
        <section class="flex max-w-2xl flex-col gap-4" data-testid="home-welcome">
          <PageTitle title={t('home.welcome.title')} />
          <p class="text-slate-700">{t('home.welcome.lead')}</p>
          <div class="flex flex-wrap gap-2">
            <A href="/masuk" class={primary}>
              {t('home.welcome.signIn')}
            </A>
            <A href="/wilayah" class={secondary}>
              {t('home.welcome.directory')}
            </A>
            <A href="/tantangan" class={secondary}>
              {t('home.welcome.challenges')}
            </A>
          </div>
        </section>
      </Match>
    </Switch>
  );
}
