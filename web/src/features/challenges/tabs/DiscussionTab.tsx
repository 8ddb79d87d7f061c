import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

/** The challenge's own forum thread (made with it, in "Studi Tiru"); linked once the API names it. */
export function DiscussionTab() {
  return (
    <Card>
      <p class="text-sm text-slate-700" data-testid="discussion-pending">
        {t('discussion.pending')}
      </p>
    </Card>
  );
}
