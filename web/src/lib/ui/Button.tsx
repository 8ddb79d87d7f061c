import { splitProps, type JSX } from 'solid-js';
import { Spinner } from './Spinner';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

interface Props extends JSX.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  busy?: boolean;
}

const variants: Record<Variant, string> = {
  primary: 'bg-teal-700 text-white hover:bg-teal-800 focus-visible:outline-teal-700',
  secondary: 'bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100 focus-visible:outline-teal-700',
  ghost: 'text-slate-700 hover:bg-slate-100 focus-visible:outline-teal-700',
  danger: 'bg-white text-red-700 ring-1 ring-red-300 hover:bg-red-50 focus-visible:outline-red-700',
};

/**
 * A button. While `busy` it refuses clicks but stays enabled (aria-disabled): disabling the
 * button that was just pressed would drop keyboard focus to the top of the page.
 * Only colours animate: a fading opacity (enabled <-> disabled when data arrives) leaves the label
 * below 4.5:1 contrast for the length of the fade.
 */
export function Button(props: Props) {
  const [local, rest] = splitProps(props, ['variant', 'busy', 'class', 'children', 'disabled', 'type', 'onClick']);
  const click: JSX.EventHandler<HTMLButtonElement, MouseEvent> = (e) => {
    if (local.busy) return e.preventDefault();
    const handler = local.onClick;
    if (typeof handler === 'function') handler(e);
    else if (handler) handler[0](handler[1], e);
  };
  return (
    <button
      type={local.type ?? 'button'}
      disabled={local.disabled}
      aria-disabled={local.busy ? 'true' : undefined}
      aria-busy={local.busy ? 'true' : undefined}
      class={`inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors motion-reduce:transition-none focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-wait ${variants[local.variant ?? 'primary']} ${local.class ?? ''}`}
      onClick={click}
      {...rest}
    >
      {local.busy && <Spinner size="sm" />}
      {local.children}
    </button>
  );
}
