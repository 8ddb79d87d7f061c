import { createMutation } from '@urql/solid';
import { ToggleSolutionSupportMutation } from '../queries/solution';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { t } from '../i18n';

/** One support per person, toggled; the count changes at once (optimistic) and the server's replaces it. */
export function SupportButton(props: { solutionId: string; count: number; mine: boolean; disabled?: boolean }) {
  const [state, toggle] = createMutation(ToggleSolutionSupportMutation);
  return (
    <div class="flex flex-col gap-1">
      <button
        type="button"
        data-testid="solution-support"
        aria-pressed={props.mine}
        disabled={props.disabled}
        class={`inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium ring-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:opacity-60 ${props.mine ? 'bg-teal-700 text-white ring-teal-700' : 'bg-white text-slate-800 ring-slate-300 hover:bg-slate-50'}`}
        onClick={() => toggle({ solutionId: props.solutionId })}
      >
        <span aria-hidden="true">▲</span>
        {props.mine ? t('solutions.supported') : t('solutions.support')}
        <span class="tabular-nums" data-testid="solution-support-count">
          {props.count}
        </span>
      </button>
      <ErrorBox error={state.error} />
    </div>
  );
}
