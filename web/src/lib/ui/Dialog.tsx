import { createEffect, createUniqueId, on, onCleanup, Show, type JSX } from 'solid-js';
import { Portal } from 'solid-js/web';
import { t } from '../i18n';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside the dialog (a modal: the page behind cannot be reached). */
function trapTab(panel: HTMLElement, e: KeyboardEvent): void {
  const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return e.preventDefault();
  const active = document.activeElement;
  const inside = active instanceof Node && panel.contains(active);
  if (e.shiftKey && (active === first || active === panel || !inside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !inside)) {
    e.preventDefault();
    first.focus();
  }
}

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: JSX.Element;
  testid?: string;
}

/**
 * A modal dialog: a sheet from the bottom on phones, centred from `sm` up; Escape or the backdrop
 * closes it, Tab stays inside, and focus goes back to what opened it.
 */
export function Dialog(props: Props) {
  const titleId = `dlg-${createUniqueId()}`;
  let panel: HTMLDivElement | undefined;
  let opener: Element | null = null;

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') props.onClose();
    if (e.key === 'Tab' && panel) trapTab(panel, e);
  };
  createEffect(
    on(
      () => props.open,
      (open) => {
        if (open) {
          opener = document.activeElement;
          document.addEventListener('keydown', onKey);
          queueMicrotask(() => panel?.focus());
        } else {
          document.removeEventListener('keydown', onKey);
          if (opener instanceof HTMLElement) opener.focus();
        }
      },
    ),
  );
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <Show when={props.open}>
      <Portal>
        <div
          class="fixed inset-0 z-40 flex items-end justify-center bg-slate-900/40 sm:items-center sm:p-4"
          onClick={(e) => e.target === e.currentTarget && props.onClose()}
        >
          <div
            ref={(el) => (panel = el)}
            role="dialog"
            aria-modal="true"
            aria-labelledby={titleId}
            tabIndex={-1}
            data-testid={props.testid}
            class="max-h-[85vh] w-full overflow-y-auto rounded-t-xl bg-white p-4 shadow-xl outline-none sm:max-w-lg sm:rounded-xl sm:p-5"
          >
            <div class="mb-3 flex items-start justify-between gap-3">
              <h2 id={titleId} class="text-base font-semibold text-slate-900">
                {props.title}
              </h2>
              <button
                type="button"
                class="-m-1 inline-flex h-11 w-11 items-center justify-center rounded-md text-xl leading-none text-slate-500 hover:bg-slate-100"
                aria-label={t('common.close')}
                onClick={() => props.onClose()}
              >
                ×
              </button>
            </div>
            {props.children}
          </div>
        </div>
      </Portal>
    </Show>
  );
}
