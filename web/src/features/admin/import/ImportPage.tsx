import { RequireRole } from '../../auth/RequireRole';
import { ImportForm } from './ImportForm';
import { canImport } from '../../../lib/roles';
import { t } from '../i18n';
import { PageTitle } from '../../../lib/ui/PageTitle';

export default function ImportPage() {
  return (
    <>
      <PageTitle title={t('import.title')} subtitle={t('import.subtitle')} />
      <RequireRole allow={canImport}>
        <ImportForm />
      </RequireRole>
    </>
  );
}
