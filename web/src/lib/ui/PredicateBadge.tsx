import { Show } from 'solid-js';
import { Badge, type Tone } from './Badge';
import { t, type CommonKey } from '../i18n';

/** SPBE 2020 bands; other frameworks' names fall back to neutral and are shown as sent. */
const bands: Record<string, { tone: Tone; key: CommonKey }> = {
  Memuaskan: { tone: 'teal', key: 'predicate.memuaskan' },
  'Sangat Baik': { tone: 'green', key: 'predicate.sangatBaik' },
  Baik: { tone: 'lime', key: 'predicate.baik' },
  Cukup: { tone: 'amber', key: 'predicate.cukup' },
  Kurang: { tone: 'red', key: 'predicate.kurang' },
};

export function predicateLabel(name: string): string {
  const band = bands[name];
  return band ? t(band.key) : name;
}

interface Props {
  predicate?: string | null;
  class?: string;
}

export function PredicateBadge(props: Props) {
  return (
    <Show when={props.predicate}>
      {(name) => (
        <Badge tone={bands[name()]?.tone ?? 'neutral'} class={props.class} title={name()}>
          {predicateLabel(name())}
        </Badge>
      )}
    </Show>
  );
}
