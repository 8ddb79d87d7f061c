import { Show } from 'solid-js';
import { Button } from '../../lib/ui/Button';
import { t } from './i18n';

interface Props {
  unsaved: number;
  /** Saving these would leave no indicator without a level. */
  completes: boolean;
  busy: boolean;
  onSave: () => void;
  onDiscard: () => void;
  testid: string;
}

/** Save (a draft, or the whole assessment once every indicator has a level) and discard. */
export function SaveBar(props: Props) {
  return (
    <div class="flex flex-wrap items-center gap-2">
      <Button class="min-h-11" busy={props.busy} onClick={() => props.onSave()} data-testid={props.testid}>
        {props.completes ? t('assess.saveComplete') : t('assess.save')}
      </Button>
      <Show when={props.unsaved > 0}>
        <Button variant="ghost" class="min-h-11" onClick={() => props.onDiscard()}>
          {t('assess.discard')}
        </Button>
        <span class="text-sm font-medium text-amber-800" data-testid={`${props.testid}-unsaved`}>
          {t('assess.unsaved', { count: props.unsaved })}
        </span>
      </Show>
    </div>
  );
}
