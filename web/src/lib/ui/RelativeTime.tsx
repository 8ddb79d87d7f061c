import { fullTime, relativeTime } from '../time';

interface Props {
  iso: string;
  class?: string;
}

/** "5 menit yang lalu", with the full date and time on hover. */
export function RelativeTime(props: Props) {
  return (
    <time datetime={props.iso} title={fullTime(props.iso)} class={props.class}>
      {relativeTime(props.iso)}
    </time>
  );
}
