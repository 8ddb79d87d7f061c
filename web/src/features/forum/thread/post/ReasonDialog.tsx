import { createSignal } from 'solid-js';
import type { CombinedError } from '@urql/core';
import { REASON_MAX, REASON_MIN } from '../../types';
import { t } from '../../i18n';
import { Button } from '../../../../lib/ui/Button';
import { Dialog } from '../../../../lib/ui/Dialog';
import { ErrorBox } from '../../../../lib/ui/ErrorBox';
import { inputClass } from '../../../../lib/ui/Field';

interface Props {
  open: boolean;
  title: string;
  label: string;
  submitLabel: string;
  testid?: string;
  onClose: () => void;
  /** Sends the reason; an error keeps the dialog open. */
  onSubmit: (reason: string) => Promise<CombinedError | undefined>;
}

/** Asks for a reason (3–500 characters): reporting a post, or hiding it as a moderator. */
export function ReasonDialog(props: Props) {
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<CombinedError>();
  const [local, setLocal] = createSignal('');
  const close = () => {
    setReason('');
    setError(undefined);
    setLocal('');
    props.onClose();
  };
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const text = reason().trim();
    if (text.length < REASON_MIN || text.length > REASON_MAX) return setLocal(t('forum.reason.length', { min: REASON_MIN, max: REASON_MAX }));
    setLocal('');
    setBusy(true);
    const err = await props.onSubmit(text);
    setBusy(false);
    if (err) setError(err);
    else close();
  };
  return (
    <Dialog open={props.open} title={props.title} onClose={close} testid={props.testid}>
      <form class="flex flex-col gap-3" onSubmit={submit}>
        <label class="flex flex-col gap-1 text-sm font-medium text-slate-700">
          {props.label}
          <textarea data-testid="reason-input" rows="3" maxLength={REASON_MAX} class={inputClass} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <ErrorBox message={local()} error={error()} />
        <div class="flex justify-end gap-2">
          <Button variant="ghost" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" data-testid="reason-submit" busy={busy()}>
            {props.submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
