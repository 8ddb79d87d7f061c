import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import { dismissOnOutside } from './dismiss';

interface Props {
  /**
   * Accessible name of the button. When `button` shows text, the label must begin with that
   * text (WCAG 2.5.3: speech users say what they see), e.g. "Moderasi topik" for "Moderasi".
   */
  label: string;
  /** What the button shows; the label when absent. */
  button?: JSX.Element;
  testid?: string;
  /** The items; call `close` after acting. */
  children: (close: () => void) => JSX.Element;
  align?: 'left' | 'right';
  buttonClass?: string;
}

/**
 * A button opening a small popover of actions; closes on outside click and Escape. Escape, and
 * an item's action, give focus back to the button, so keyboard users stay where they were.
 */
export function Menu(props: Props) {
  const [open, setOpen] = createSignal(false);
  const id = `menu-${createUniqueId()}`;
  let root: HTMLDivElement | undefined;
  let trigger: HTMLButtonElement | undefined;
  const close = () => {
    const inside = root?.contains(document.activeElement) ?? false;
    setOpen(false);
    // The item that had focus is gone with the panel: focus would fall to the page's body.
    if (inside || document.activeElement === document.body) trigger?.focus();
  };
  dismissOnOutside(
    () => root,
    () => setOpen(false),
    () => open() && close(),
  );
  return (
    <div class="relative inline-block" ref={(el) => (root = el)} data-menu-root="">
      <button
        ref={(el) => (trigger = el)}
        type="button"
        data-testid={props.testid}
        data-menu-trigger=""
        aria-haspopup="true"
        aria-expanded={open()}
        aria-controls={open() ? id : undefined}
        aria-label={props.button ? props.label : undefined}
        title={props.button ? props.label : undefined}
        class={props.buttonClass ?? 'inline-flex min-h-9 items-center gap-1 rounded-md px-2 text-sm font-medium text-slate-700 hover:bg-slate-100'}
        onClick={() => setOpen(!open())}
      >
        {props.button ?? props.label}
      </button>
      <Show when={open()}>
        <div
          id={id}
          data-menu-panel=""
          class={`absolute z-30 mt-1 min-w-48 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg ${props.align === 'left' ? 'left-0' : 'right-0'}`}
        >
          {props.children(close)}
        </div>
      </Show>
    </div>
  );
}

export const menuItemClass = 'block w-full px-3 py-2 text-left text-slate-700 hover:bg-slate-100 disabled:opacity-50';
