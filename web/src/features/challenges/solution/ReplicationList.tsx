import { createSignal, For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { ReplicationFieldsFragment, ReplicationStatus } from '../../../gql/graphql';
import { limits } from '../../../gql/limits';
import { UpdateReplicationMutation } from '../queries/solution';
import { fieldErrors } from '../ui/serverErrors';
import { Badge } from '../../../lib/ui/Badge';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';
import { t, type DictKey } from '../i18n';

/** The server's replication status table (replication.rules.ts), mirrored to offer only allowed moves. */
const MOVES: Record<ReplicationStatus, ReplicationStatus[]> = { PLANNED: ['IN_PROGRESS', 'ABANDONED'], IN_PROGRESS: ['DONE', 'ABANDONED'], DONE: ['ABANDONED'], ABANDONED: [] };
const tone = { PLANNED: 'neutral', IN_PROGRESS: 'amber', DONE: 'green', ABANDONED: 'red' } as const;
const statusLabel = (s: ReplicationStatus) => t(`lineage.status.${s}` as DictKey);

/** The replicating region reports: next status (a reason to give up), and its outcome. */
function StatusForm(props: { replication: ReplicationFieldsFragment }) {
  const [state, update] = createMutation(UpdateReplicationMutation);
  const [to, setTo] = createSignal<ReplicationStatus | null>(null);
  const [reason, setReason] = createSignal('');
  const [outcome, setOutcome] = createSignal('');
  const [missing, setMissing] = createSignal(false);
  const server = () => fieldErrors(state.error);
  const id = (f: string) => `replication-${props.replication.id}-${f}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const status = to();
    if (status === 'ABANDONED' && !reason().trim()) {
      setMissing(true);
      document.getElementById(id('reason'))?.focus();
      return;
    }
    const result = await update({ input: { replicationId: props.replication.id, status, statusReason: status === 'ABANDONED' ? reason().trim() : undefined, ...(outcome().trim() ? { outcome: outcome().trim() } : {}) } });
    if (!result.error) {
      setTo(null);
      setMissing(false);
    }
  };
  return (
    <div class="flex flex-col gap-2">
      <div class="flex flex-wrap gap-2">
        <For each={MOVES[props.replication.status]}>
          {(s) => (
            <Button variant={s === 'ABANDONED' ? 'danger' : 'secondary'} class="min-h-11" data-testid={`replication-move-${s}`} aria-pressed={to() === s} onClick={() => setTo(s)}>
              {t('replication.moveTo', { status: statusLabel(s) })}
            </Button>
          )}
        </For>
      </div>
      <Show when={to()}>
        {(status) => (
          <form class="flex flex-col gap-2" onSubmit={submit} noValidate>
            <Show when={status() === 'ABANDONED'}>
              <label for={id('reason')} class="text-sm font-medium text-slate-700">
                {t('replication.reasonRequired')}
              </label>
              <textarea id={id('reason')} rows={2} class={inputClass} maxLength={limits.challenge.statusReasonMax} aria-invalid={missing() ? 'true' : undefined} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
              <Show when={missing() || server().byField.statusReason}>
                <p class="text-sm text-red-700">{server().byField.statusReason ?? t('replication.reasonMissing')}</p>
              </Show>
            </Show>
            <label for={id('outcome')} class="text-sm font-medium text-slate-700">
              {t('replication.outcome')}
            </label>
            <textarea id={id('outcome')} rows={2} class={inputClass} maxLength={limits.challenge.replicationOutcomeMax} data-testid="replication-outcome" value={outcome()} onInput={(e) => setOutcome(e.currentTarget.value)} />
            <ErrorBox message={server().general} />
            <div class="flex gap-2">
              <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="replication-save">
                {t('replication.save')}
              </Button>
              <Button variant="ghost" class="min-h-11" onClick={() => setTo(null)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        )}
      </Show>
    </div>
  );
}

/** Every replication in the lineage, with what its region adapted, its dates and outcome. */
export function ReplicationList(props: { replications: ReplicationFieldsFragment[] }) {
  return (
    <Show when={props.replications.length > 0} fallback={<p class="text-sm text-slate-600">{t('replication.none')}</p>}>
      <ul class="flex flex-col gap-3" data-testid="replication-list">
        <For each={props.replications}>
          {(r) => (
            <li id={`replikasi-${r.id}`} tabIndex={-1} class="rounded-md border border-slate-200 p-3" data-testid="replication" data-replication-id={r.id}>
              <div class="flex flex-wrap items-center justify-between gap-2">
                <span class="font-medium">{r.region?.name}</span>
                <Badge tone={tone[r.status]} testid="replication-status">
                  {statusLabel(r.status)}
                </Badge>
              </div>
              <Show when={r.parent}>{(p) => <p class="text-xs text-slate-600">{t('replication.copies', { region: p().region?.name ?? '' })}</p>}</Show>
              <Show when={r.startsOn || r.endsOn}>
                <p class="text-sm text-slate-600">{t('replication.dates', { start: r.startsOn ?? '…', end: r.endsOn ?? '…' })}</p>
              </Show>
              <Show when={r.adaptationHtml}>
                {/* eslint-disable-next-line solid/no-innerhtml -- adaptationHtml is sanitized by the server */}
                {(html) => <div class="post-body mt-1 text-sm" innerHTML={html()} />}
              </Show>
              <Show when={r.statusReason}>
                <p class="mt-1 text-sm text-red-800">
                  {t('replication.reason')}: {r.statusReason}
                </p>
              </Show>
              <Show when={r.outcome}>
                <p class="mt-1 text-sm">
                  {t('replication.outcome')}: {r.outcome}
                </p>
              </Show>
              <Show when={r.viewerCanUpdate && r.status !== 'ABANDONED'}>
                <div class="mt-2 border-t border-slate-100 pt-2">
                  <StatusForm replication={r} />
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
