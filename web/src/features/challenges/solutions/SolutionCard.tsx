import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { SolutionData, Viewer } from '../challenge/context';
import { SupportButton } from './SupportButton';
import { EndorseBox } from './EndorseBox';
import { DecideBox } from './DecideBox';
import { RecordResultForm, ResultsTable } from './Results';
import { formatDate } from '../../../lib/format';
import { Badge } from '../../../lib/ui/Badge';
import { t } from '../i18n';

const statusTone = { PROPOSED: 'neutral', SELECTED: 'teal', DECLINED: 'red' } as const;

/** One solution with what the viewer may do to it: support, endorse, decide, record results. */
export function SolutionCard(props: { challengeId: string; solution: SolutionData; viewer: Viewer; open: boolean; /** On the solution's own page its title is the page's heading. */ standalone?: boolean }) {
  const s = () => props.solution;
  return (
    <li class="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="solution-card" data-solution-id={s().id}>
      <div class="flex flex-wrap items-center gap-2">
        <Badge tone={statusTone[s().status]} testid="solution-status">
          {t(`solutions.status.${s().status}`)}
        </Badge>
        <Show when={s().replicationCount > 0}>
          <Badge tone="violet">{t('solutions.replicated', { count: s().replicationCount })}</Badge>
        </Show>
      </div>
      <Show when={!props.standalone}>
        <h3 class="mt-2 text-base font-semibold">
          <A href={`/tantangan/${props.challengeId}/solusi/${s().id}`} class="inline-flex min-h-11 items-center text-slate-900 hover:underline" data-testid="solution-link">
            {s().title}
          </A>
        </h3>
      </Show>
      <p class="mt-1 text-sm text-slate-600">
        {t('solutions.by', { name: s().author?.name ?? '', region: s().region?.name ?? '' })} · {formatDate(s().createdAt)}
        <Show when={s().editedAt}> · {t('solutions.edited')}</Show>
      </p>
      {/* eslint-disable-next-line solid/no-innerhtml -- descriptionHtml is sanitized by the server */}
      <div class="post-body mt-2 text-sm" innerHTML={s().descriptionHtml} />
      <Show when={s().links.length > 0}>
        <ul class="mt-2 flex flex-wrap gap-2 text-sm">
          <For each={s().links}>
            {(l) => (
              <li>
                <a href={l.url} rel="nofollow ugc noopener" target="_blank" class="inline-flex min-h-11 items-center text-teal-800 underline">
                  {t(`solutions.link.${l.kind}`)}: {l.label}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={s().decisionReason}>
        <p class="mt-2 rounded bg-slate-50 p-2 text-sm text-slate-700" data-testid="solution-reason">
          {s().status === 'DECLINED' ? t('solutions.declinedBecause') : t('solutions.note')} {s().decisionReason}
        </p>
      </Show>
      <Show when={s().status === 'SELECTED' && (s().trialPlan || s().trialStartsOn)}>
        <div class="mt-2 rounded bg-teal-50 p-2 text-sm text-teal-950" data-testid="trial-plan">
          <p class="font-medium">
            {t('solutions.trialPlan')}
            <Show when={s().trialStartsOn}>
              {' '}
              ({s().trialStartsOn} – {s().trialEndsOn ?? '…'})
            </Show>
          </p>
          <Show when={s().trialPlan}>
            <p class="whitespace-pre-line">{s().trialPlan}</p>
          </Show>
          <Show when={s().trialRegions.length > 0}>
            <p>{t('solutions.trialRegions', { regions: s().trialRegions.map((r) => r.name).join(', ') })}</p>
          </Show>
        </div>
      </Show>
      <div class="mt-3 flex flex-col gap-3 border-t border-slate-100 pt-3">
        <div class="flex flex-wrap items-start gap-2">
          <SupportButton solutionId={s().id} count={s().supportCount} mine={s().supportedByMe} disabled={!props.viewer.signedIn || !props.open} />
          <Show when={s().thread}>
            {(thread) => (
              <A href={`/forum/t/${thread().id}`} class="inline-flex min-h-11 items-center rounded-md px-3 text-sm text-teal-800 ring-1 ring-slate-300 hover:bg-slate-50" data-testid="solution-comments">
                {t('solutions.comments', { count: thread().replyCount })}
              </A>
            )}
          </Show>
        </div>
        <EndorseBox solution={s()} viewer={props.viewer} open={props.open} />
        <Show when={s().results.length > 0}>
          <ResultsTable results={s().results} />
        </Show>
        <Show when={props.open && s().status === 'SELECTED' && (props.viewer.member || props.viewer.staff)}>
          <RecordResultForm solutionId={s().id} />
        </Show>
        <Show when={props.open && props.viewer.steer}>
          <DecideBox solution={s()} />
        </Show>
      </div>
    </li>
  );
}
