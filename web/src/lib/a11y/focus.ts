/**
 * Focus management shared by every page: where focus goes after navigation, after an action that
 * re-renders or disables the control that was used, and when a menu or dialog closes. Losing focus
 * to <body> sends keyboard and screen-reader users back to the top of the page, so each helper
 * falls back to a sensible successor rather than to nothing.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Elements inside `root` that Tab reaches, in order (hidden ones left out). */
export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert]') && (el.offsetParent !== null || el === document.activeElement));
}

/** Whether focus has been lost (to the body, or with an element that left the page). */
export function focusLost(): boolean {
  const el = document.activeElement;
  return !el || el === document.body || !el.isConnected;
}

const canTakeFocus = (el: Element | null | undefined): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.getClientRects().length > 0;

/**
 * A way to find a control again after the list around it re-rendered: its test id or
 * data-focus-key inside the nearest ancestor with an id (a post's `#p12`, a question's item).
 */
function locator(el: HTMLElement): string | null {
  const key = el.dataset.focusKey ? `[data-focus-key="${el.dataset.focusKey}"]` : el.dataset.testid ? `[data-testid="${el.dataset.testid}"]` : null;
  if (!key) return null;
  const scope = el.parentElement?.closest('[id]');
  return scope ? `#${CSS.escape(scope.id)} ${key}` : key;
}

/** After the DOM settled (Solid renders synchronously, but lazy parts and cache updates take a frame). */
const afterRender = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

/**
 * Runs `action` (a mutation) and keeps focus where the person acted: on the same control if it
 * is still there and enabled, on its re-rendered twin otherwise, else on `successor()`. Focus
 * the person moved elsewhere meanwhile is left alone.
 */
export async function keepFocus<T>(action: () => Promise<T>, successor?: () => HTMLElement | null | undefined): Promise<T> {
  const control = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const where = control ? locator(control) : null;
  try {
    return await action();
  } finally {
    afterRender(() => {
      if (!focusLost() && document.activeElement !== control) return;
      if (canTakeFocus(control)) return control.focus();
      const twin = where ? document.querySelector(where) : null;
      if (canTakeFocus(twin)) return twin.focus();
      const next = successor?.();
      if (canTakeFocus(next)) next.focus();
    });
  }
}

/** Moves focus to `el` once rendered, making it focusable by script when it is not a control. */
export function focusElement(el: HTMLElement | null | undefined): void {
  if (!el) return;
  if (!el.matches(FOCUSABLE) && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
}

/**
 * Where focus returns when a dialog opened from `from` closes: `from` itself, or, when `from`
 * sat in a popup menu (which closes as the dialog opens), that menu's button.
 */
export function returnTarget(from: Element | null): HTMLElement | null {
  const menu = from?.closest<HTMLElement>('[data-menu-root]');
  const trigger = menu?.querySelector<HTMLElement>('[data-menu-trigger]');
  if (trigger && from !== trigger && from?.closest('[data-menu-panel]')) return trigger;
  return from instanceof HTMLElement ? from : null;
}

/** Gives focus back to `target` when it can take it; otherwise leaves focus where it is. */
export function restoreFocus(target: HTMLElement | null): void {
  if (canTakeFocus(target)) target.focus();
}

/**
 * Keeps Tab and Shift+Tab inside `panel` (a modal dialog). Returns true when it handled the key.
 */
export function trapTab(e: KeyboardEvent, panel: HTMLElement): boolean {
  if (e.key !== 'Tab') return false;
  const items = tabbables(panel);
  if (items.length === 0) {
    e.preventDefault();
    panel.focus();
    return true;
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === panel || !panel.contains(active))) {
    e.preventDefault();
    last.focus();
    return true;
  }
  if (!e.shiftKey && (active === last || !panel.contains(active))) {
    e.preventDefault();
    first.focus();
    return true;
  }
  return false;
}

/** Live regions stay out of inert parts: what a dialog's action announces must still be heard. */
const holdsOnlyLiveRegion = (el: HTMLElement): boolean =>
  el.hasAttribute('data-live-region') || (el.children.length === 1 && el.firstElementChild?.hasAttribute('data-live-region') === true);

/**
 * Makes everything but `keep` inert (no focus, no clicks, hidden from screen readers) while a
 * modal is open; returns the undo. Only siblings along the path from <body> are touched.
 */
export function inertOutside(keep: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  let node: HTMLElement | null = keep;
  while (node && node !== document.body) {
    const parent: HTMLElement | null = node.parentElement;
    if (!parent) break;
    for (const sibling of parent.children) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert && sibling.tagName !== 'SCRIPT' && !holdsOnlyLiveRegion(sibling)) {
        sibling.inert = true;
        changed.push(sibling);
      }
    }
    node = parent;
  }
  return () => changed.forEach((el) => (el.inert = false));
}

let pendingPageFocus = false;

/** Asks the next page shown to take focus on its heading (after signing in or out, which re-mounts the app). */
export function requestPageFocus(): void {
  pendingPageFocus = true;
}

/** Whether a page focus was asked for, clearing the request. */
export function takePageFocusRequest(): boolean {
  const pending = pendingPageFocus;
  pendingPageFocus = false;
  return pending;
}

export { afterRender };
