import { createMemo } from 'solid-js';
import qrcode from 'qrcode-generator';

interface Props {
  value: string;
  /** Accessible name, e.g. "Pindai untuk bergabung". */
  label: string;
  class?: string;
  testid?: string;
}

const QUIET_ZONE = 4;

/** One SVG path of the dark modules of `value`'s QR code (error correction M), made in the browser. */
export function qrPath(value: string): { size: number; d: string } {
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  const size = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (qr.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
  }
  return { size, d };
}

/** A QR code as crisp SVG on white, with the quiet zone scanners need. */
export function QrCode(props: Props) {
  const code = createMemo(() => qrPath(props.value));
  const box = () => code().size + QUIET_ZONE * 2;
  return (
    <svg
      data-testid={props.testid}
      data-value={props.value}
      role="img"
      aria-label={props.label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box()} ${box()}`}
      shape-rendering="crispEdges"
      class={props.class}
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box()} height={box()} fill="#fff" />
      <path d={code().d} fill="#000" />
    </svg>
  );
}
