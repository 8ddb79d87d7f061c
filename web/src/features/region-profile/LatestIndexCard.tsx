import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import { formatScore } from '../../lib/format';
import { t } from './i18n';
import { Card } from '../../lib/ui/Card';
import { PredicateBadge } from '../../lib/ui/PredicateBadge';

interface Props {
  latest?: { year: number; index?: number | null; predicate?: string | null } | null;
  /** Its assessment screen, indicator by indicator. */
  href?: string;
}

/** The most recent complete index, large, with its predicate. */
export function LatestIndexCard(props: Props) {
  return (
    <Card title={t('profile.latest')}>
      <Show when={props.latest} fallback={<p class="text-sm text-slate-500">{t('profile.noComplete')}</p>}>
        {(a) => (
          <div class="flex flex-col items-start gap-2">
            <p class="flex items-baseline gap-2">
              <span data-testid="region-index" class="text-5xl font-bold tabular-nums text-teal-800">
                {formatScore(a().index)}
              </span>
              <span class="text-sm text-slate-500">/ 5</span>
            </p>
            <PredicateBadge predicate={a().predicate} class="text-sm" />
            <p class="text-sm text-slate-600">{t('profile.year', { year: a().year })}</p>
            <Show when={props.href}>
              {(href) => (
                <A href={href()} class="inline-flex min-h-11 items-center text-sm font-medium text-teal-800 underline" data-testid="assessment-open">
                  {t('profile.openAssessment')}
                </A>
              )}
            </Show>
          </div>
        )}
      </Show>
    </Card>
  );
}
