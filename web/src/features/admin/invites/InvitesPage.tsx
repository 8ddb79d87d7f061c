import { Show } from 'solid-js';
import { RequireRole } from '../../auth/RequireRole';
import { CreateInviteForm } from './CreateInviteForm';
import { InviteList } from './InviteList';
import { useMe } from '../../../lib/me';
import { canInvite } from '../../../lib/roles';
import { t } from '../i18n';
import { PageTitle } from '../../../lib/ui/PageTitle';

export default function InvitesPage() {
  const me = useMe();
  return (
    <>
      <PageTitle title={t('invites.title')} subtitle={t('invites.subtitle')} />
      <RequireRole allow={canInvite}>
        <div class="flex flex-col gap-4">
          <Show when={me.data?.me}>{(actor) => <CreateInviteForm actor={actor()} />}</Show>
          <InviteList />
        </div>
      </RequireRole>
    </>
  );
}
