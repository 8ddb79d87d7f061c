import { createUniqueId, For, splitProps, type JSX } from 'solid-js';
import { inputClass } from './Field';

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

interface Props extends JSX.SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: Option[];
  testid?: string;
}

export function Select(props: Props) {
  const [local, rest] = splitProps(props, ['label', 'options', 'testid', 'class', 'id', 'value']);
  const fallbackId = createUniqueId();
  const id = () => local.id ?? `s-${fallbackId}`;
  return (
    <div class={`flex flex-col gap-1 ${local.class ?? ''}`}>
      <label for={id()} class="text-sm font-medium text-slate-700">
        {local.label}
      </label>
      <select id={id()} data-testid={local.testid} class={inputClass} value={local.value ?? ''} {...rest}>
        <For each={local.options}>
          {(o) => (
            <option value={o.value} disabled={o.disabled} selected={o.value === (local.value ?? '')}>
              {o.label}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
