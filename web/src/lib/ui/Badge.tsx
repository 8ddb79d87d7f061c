import type { JSX } from 'solid-js';

export type Tone = 'neutral' | 'teal' | 'green' | 'lime' | 'amber' | 'red' | 'blue' | 'violet';

const tones: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300',
  teal: 'bg-teal-50 text-teal-800 ring-teal-300',
  green: 'bg-green-50 text-green-800 ring-green-300',
  lime: 'bg-lime-50 text-lime-800 ring-lime-300',
  amber: 'bg-amber-50 text-amber-800 ring-amber-300',
  red: 'bg-red-50 text-red-800 ring-red-300',
  blue: 'bg-sky-50 text-sky-800 ring-sky-300',
  violet: 'bg-violet-50 text-violet-800 ring-violet-300',
};

interface Props {
  tone?: Tone;
  children: JSX.Element;
  class?: string;
  title?: string;
  testid?: string;
}

export function Badge(props: Props) {
  return (
    <span
      data-testid={props.testid}
      title={props.title}
      class={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[props.tone ?? 'neutral']} ${props.class ?? ''}`}
    >
      {props.children}
    </span>
  );
}
