import { lazy, Show, type JSX } from 'solid-js';
import { Navigate, Route, Router, useLocation, type RouteSectionProps } from '@solidjs/router';
import { AppClientProvider } from './lib/session';
import type { AppClient } from './lib/client';
import { Layout } from './lib/ui/Layout';
import NotFoundPage from './features/NotFoundPage';
import RegionDirectoryPage from './features/regions/RegionDirectoryPage';

const RegionProfilePage = lazy(() => import('./features/region-profile/RegionProfilePage'));
const SignInPage = lazy(() => import('./features/auth/SignInPage'));
const AcceptInvitePage = lazy(() => import('./features/auth/AcceptInvitePage'));
const FrameworkPage = lazy(() => import('./features/spbe/FrameworkPage'));
const CohortsPage = lazy(() => import('./features/admin/cohorts/CohortsPage'));
const InvitesPage = lazy(() => import('./features/admin/invites/InvitesPage'));
const ImportPage = lazy(() => import('./features/admin/import/ImportPage'));
const FeedPage = lazy(() => import('./features/forum/feed/FeedPage'));
const NewThreadPage = lazy(() => import('./features/forum/composer/NewThreadPage'));
const ThreadPage = lazy(() => import('./features/forum/thread/ThreadPage'));
const SearchPage = lazy(() => import('./features/forum/search/SearchPage'));
const ModerationPage = lazy(() => import('./features/forum/moderation/ModerationPage'));
const NotificationsPage = lazy(() => import('./features/notifications/NotificationsPage'));
const MeetingsPage = lazy(() => import('./features/live/meetings/MeetingsPage'));
const NewMeetingPage = lazy(() => import('./features/live/meetings/NewMeetingPage'));
const MeetingPage = lazy(() => import('./features/live/meetings/MeetingPage'));
const JoinPage = lazy(() => import('./features/live/join/JoinPage'));
const LiveSessionPage = lazy(() => import('./features/live/session/LiveSessionPage'));
const LiveModerationPage = lazy(() => import('./features/live/moderation/ModerationPage'));
const HallPage = lazy(() => import('./features/live/hall/HallPage'));
const MemberProfilePage = lazy(() => import('./features/users/MemberProfilePage'));

/** Pages shown without the app's header and footer (the hall screen on a projector). */
const isBare = (path: string): boolean => /^\/live\/[^/]+\/layar\/?$/.test(path);

function Root(props: RouteSectionProps): JSX.Element {
  const location = useLocation();
  return (
    <Show when={!isBare(location.pathname)} fallback={props.children}>
      <Layout>{props.children}</Layout>
    </Show>
  );
}

/** Every route of the app; exported for tests, which wrap it in a MemoryRouter. */
export function AppRoutes() {
  return (
    <>
      <Route path="/" component={() => <Navigate href="/wilayah" />} />
      <Route path="/masuk" component={SignInPage} />
      <Route path="/invite/:token" component={AcceptInvitePage} />
      <Route path="/wilayah" component={RegionDirectoryPage} />
      <Route path="/wilayah/:code" component={RegionProfilePage} />
      <Route path="/spbe" component={FrameworkPage} />
      <Route path="/admin/kohort" component={CohortsPage} />
      <Route path="/admin/undangan" component={InvitesPage} />
      <Route path="/admin/impor" component={ImportPage} />
      <Route path="/forum" component={FeedPage} />
      <Route path="/forum/k/:categoryId" component={FeedPage} />
      <Route path="/forum/baru" component={NewThreadPage} />
      <Route path="/forum/t/:threadId" component={ThreadPage} />
      <Route path="/forum/cari" component={SearchPage} />
      <Route path="/forum/moderasi" component={ModerationPage} />
      <Route path="/notifikasi" component={NotificationsPage} />
      <Route path="/u/:username" component={MemberProfilePage} />
      <Route path="/rapat" component={MeetingsPage} />
      <Route path="/rapat/baru" component={NewMeetingPage} />
      <Route path="/rapat/:id" component={MeetingPage} />
      <Route path="/live" component={JoinPage} />
      <Route path="/live/:code" component={LiveSessionPage} />
      <Route path="/live/:code/moderasi" component={LiveModerationPage} />
      <Route path="/live/:code/layar" component={HallPage} />
      <Route path="*404" component={NotFoundPage} />
    </>
  );
}

interface Props {
  createClient?: () => AppClient;
}

export function App(props: Props) {
  return (
    <AppClientProvider create={props.createClient}>
      <Router root={Root}>
        <AppRoutes />
      </Router>
    </AppClientProvider>
  );
}
