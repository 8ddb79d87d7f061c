import { A } from '@solidjs/router';
import { t } from '../lib/i18n';
import { PageTitle } from '../lib/ui/PageTitle';

export default function NotFoundPage() {
  return (
    <>
      <PageTitle title={t('notFound.title')} subtitle={t('notFound.text')} />
      <A href="/wilayah" class="font-medium text-teal-800 underline">
        {t('notFound.back')}
      </A>
    </>
  );
}
