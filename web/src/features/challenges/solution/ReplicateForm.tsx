import { createSignal, For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { SolutionQuery } from '../../../gql/graphql';
import { limits } from '../../../gql/limits';
import { ReplicateSolutionMutation } from '../queries/solution';
import type { Viewer } from '../challenge/context';
import { MarkdownField } from '../ui/MarkdownField';
import { RegionPicker, type PickedRegion } from '../ui/RegionPicker';
import { fieldErrors } from '../ui/serverErrors';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';
import { t } from '../i18n';

type SolutionData = NonNullable<SolutionQuery['solution']>;

/**
 * "Tiru solusi ini": a region admin records their region's replication (of the solution itself
 * or of another region's adaptation of it); staff name the region.
 */
export function ReplicateForm(props: { solution: SolutionData; viewer: Viewer; onDone: (replicationId: string) => void }) {
  const [state, replicate] = createMutation(ReplicateSolutionMutation);
  const [open, setOpen] = createSignal(false);
  const [parent, setParent] = createSignal('');
  const [region, setRegion] = createSignal<PickedRegion | null>(null);
  const [starts, setStarts] = createSignal('');
  const [ends, setEnds] = createSignal('');
  const [adaptation, setAdaptation] = createSignal('');
  const server = () => fieldErrors(state.error);
  const own = () => (props.viewer.staff ? null : props.viewer.actor?.region);
  // Another region's copy that still runs (or ran) can be copied in turn: C copies B's adaptation.
  const parents = () => props.solution.lineage.nodes.flatMap((n) => (n.replication && n.replication.status !== 'ABANDONED' ? [{ id: n.replication.id, region: n.region?.name ?? '' }] : []));
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await replicate({
      input: {
        solutionId: props.solution.id,
        parentReplicationId: parent() || null,
        regionCode: props.viewer.staff ? (region()?.code ?? null) : null,
        startsOn: starts() || null,
        endsOn: ends() || null,
        adaptationMarkdown: adaptation().trim() || null,
      },
    });
    const id = result.data?.replicateSolution.id;
    if (id) {
      setOpen(false);
      props.onDone(id);
    }
  };
  return (
    <Show
      when={open()}
      fallback={
        <Button class="min-h-11 self-start" data-testid="replicate-open" onClick={() => setOpen(true)}>
          {t('replication.replicate')}
        </Button>
      }
    >
      <form class="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3" onSubmit={submit} noValidate data-testid="replicate-form">
        <h3 class="font-semibold">{own() ? t('replication.title', { region: own()?.name ?? '' }) : t('replication.titleStaff')}</h3>
        <Show when={props.viewer.staff}>
          <Show when={region()} fallback={<RegionPicker label={t('replication.region')} testid="replicate-region" exclude={[]} onPick={setRegion} error={server().byField.regionCode} />}>
            {(r) => (
              <p class="text-sm">
                {t('replication.region')}: <strong>{r().name}</strong>{' '}
                <button type="button" class="min-h-11 px-2 text-teal-800 underline" onClick={() => setRegion(null)}>
                  {t('challenges.remove', { name: r().name })}
                </button>
              </p>
            )}
          </Show>
        </Show>
        <Show when={parents().length > 0}>
          <Select
            label={t('replication.from')}
            testid="replicate-parent"
            value={parent()}
            options={[{ value: '', label: t('replication.fromSolution', { region: props.solution.region?.name ?? '' }) }, ...parents().map((p) => ({ value: p.id, label: t('replication.fromReplication', { region: p.region }) }))]}
            onChange={(e) => setParent(e.currentTarget.value)}
          />
        </Show>
        <div class="grid gap-2 sm:grid-cols-2">
          <For each={[{ id: 'replicate-starts', label: t('replication.startsOn'), value: starts, set: setStarts, field: 'startsOn' }, { id: 'replicate-ends', label: t('replication.endsOn'), value: ends, set: setEnds, field: 'endsOn' }]}>
            {(d) => (
              <div class="flex flex-col gap-1">
                <label for={d.id} class="text-sm text-slate-700">
                  {d.label}
                </label>
                <input id={d.id} type="date" class={inputClass} value={d.value()} aria-invalid={server().byField[d.field] ? 'true' : undefined} onInput={(e) => d.set(e.currentTarget.value)} />
                <Show when={server().byField[d.field]}>
                  <p class="text-sm text-red-700">{server().byField[d.field]}</p>
                </Show>
              </div>
            )}
          </For>
        </div>
        <MarkdownField label={t('replication.adaptation')} testid="replicate-adaptation" rows={4} value={adaptation()} onInput={setAdaptation} maxLength={limits.challenge.adaptationMax} error={server().byField.adaptationMarkdown} />
        <ErrorBox message={server().general} />
        <div class="flex flex-wrap gap-2">
          <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="replicate-submit">
            {t('replication.submit')}
          </Button>
          <Button variant="ghost" class="min-h-11" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Show>
  );
}
