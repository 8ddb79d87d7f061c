import { createSignal, createUniqueId, For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createMutation } from '@urql/solid';
import type { AdminCohortsQuery } from '../../../gql/graphql';
import { AddCohortMembersMutation, RemoveCohortMembersMutation } from './queries';
import { parseRegionCodes } from './regionCodes';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';

type Cohort = AdminCohortsQuery['cohorts'][number];

interface Props {
  cohort: Cohort;
}

export function CohortCard(props: Props) {
  const inputId = `codes-${createUniqueId()}`;
  const [codes, setCodes] = createSignal('');
  const [localError, setLocalError] = createSignal('');
  const [added, add] = createMutation(AddCohortMembersMutation);
  const [removed, remove] = createMutation(RemoveCohortMembersMutation);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const parsed = parseRegionCodes(codes());
    if (parsed.invalid.length || parsed.codes.length === 0) {
      setLocalError(t('cohorts.codesInvalid', { codes: parsed.invalid.join(', ') || '—' }));
      return;
    }
    setLocalError('');
    const res = await add({ input: { slug: props.cohort.slug, regionCodes: parsed.codes } });
    if (res.data) setCodes('');
  };

  // The API names the codes that were fine when others were unknown: offer to add just those.
  const validCodes = () => {
    const codes = added.error?.graphQLErrors[0]?.extensions?.validCodes;
    return Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : [];
  };
  const addValid = async () => {
    const res = await add({ input: { slug: props.cohort.slug, regionCodes: validCodes() } });
    if (res.data) setCodes('');
  };

  const removeMember = (code: string) => void remove({ input: { slug: props.cohort.slug, regionCodes: [code] } });

  return (
    <Card
      title={props.cohort.name}
      actions={
        <A href={`/wilayah?kohort=${encodeURIComponent(props.cohort.slug)}`} class="text-sm text-teal-800 underline">
          {t('cohorts.members', { count: props.cohort.memberCount })}
        </A>
      }
    >
      <p class="mb-1 text-xs text-slate-500">{props.cohort.slug}</p>
      <Show when={props.cohort.description}>
        <p class="mb-3 text-sm text-slate-700">{props.cohort.description}</p>
      </Show>
      <ul class="mb-3 flex flex-wrap gap-2" aria-label={t('cohorts.memberList')}>
        <For each={props.cohort.members} fallback={<li class="text-sm text-slate-500">{t('cohorts.noMembers')}</li>}>
          {(m) => (
            <li class="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-3 pr-1 text-sm">
              <span class="tabular-nums text-slate-600">{m.code}</span>
              <span>{m.name}</span>
              <button
                type="button"
                class="ml-1 inline-flex h-7 w-7 items-center justify-center rounded-full text-slate-600 hover:bg-red-100 hover:text-red-700"
                aria-label={t('cohorts.remove', { name: m.name })}
                title={t('cohorts.remove', { name: m.name })}
                disabled={removed.fetching}
                onClick={() => removeMember(m.code)}
              >
                ×
              </button>
            </li>
          )}
        </For>
      </ul>
      <form class="flex flex-col gap-2 sm:flex-row sm:items-end" onSubmit={submit}>
        <div class="flex flex-1 flex-col gap-1">
          <label for={inputId} class="text-sm font-medium text-slate-700">
            {t('cohorts.addCodes')}
          </label>
          <input id={inputId} class={inputClass} placeholder="32.11, 32.73" value={codes()} onInput={(e) => setCodes(e.currentTarget.value)} />
        </div>
        <Button type="submit" variant="secondary" busy={added.fetching}>
          {t('cohorts.add')}
        </Button>
      </form>
      <div class="mt-2">
        <ErrorBox message={localError()} error={added.error ?? removed.error} />
        <Show when={validCodes().length}>
          <Button variant="secondary" class="mt-2" data-testid="cohort-add-valid" busy={added.fetching} onClick={() => void addValid()}>
            {t('cohorts.addValid', { count: validCodes().length, codes: validCodes().join(', ') })}
          </Button>
        </Show>
      </div>
    </Card>
  );
}
