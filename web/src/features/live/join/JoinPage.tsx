import { JoinForm } from './JoinForm';
import { t } from '../i18n';
import { PageTitle } from '../../../lib/ui/PageTitle';

/** /live — join a session by its code, signed in or as a guest. */
export default function JoinPage() {
  return (
    <div class="mx-auto max-w-sm">
      <PageTitle title={t('join.title')} subtitle={t('join.subtitle')} />
      <JoinForm />
    </div>
  );
}
