import { createEffect, createUniqueId, on, onCleanup, Show, type JSX } from 'solid-js';
import { Portal } from 'solid-js/web';
import { t } from '../i18n';
import { inertOutside, restoreFocus, returnTarget, trapTab } from '../a11y/focus';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: JSX.Element;
  testid?: string;
}

/**
 * A modal dialog: a sheet from the bottom on phones, centred from `sm` up; Escape or the backdrop
 * closes it. While open, Tab stays inside and the page behind is inert; closing gives focus back
 * to what opened it (the menu's button when it was opened from a menu item, which is gone).
 */
export function Dialog(props: Props) {
  const titleId = `dlg-${createUniqueId()}`;
  let panel: HTMLDivElement | undefined;
  let opener: HTMLElement | null = null;
  let release: (() => void) | undefined;

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      // Only the dialog closes, not a menu or popover listening behind it.
      e.stopPropagation();
      props.onClose();
    } else if (panel) trapTab(e, panel);
  };
  const unlock = () => {
    document.removeEventListener('keydown', onKey, true);
    release?.();
    release = undefined;
  };
  createEffect(
    on(
      () => props.open,
      (open, wasOpen) => {
        if (open) {
          opener = returnTarget(document.activeElement);
          document.addEventListener('keydown', onKey, true);
          queueMicrotask(() => {
            if (!panel) return;
            release = inertOutside(panel.parentElement ?? panel);
            panel.focus();
          });
        } else if (wasOpen) {
          unlock();
          const target = opener;
          queueMicrotask(() => restoreFocus(target));
        }
      },
    ),
  );
  onCleanup(() => {
    const wasOpen = release !== undefined;
    unlock();
    if (wasOpen) restoreFocus(opener);
  });

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
