import { create } from 'qrcode';
import { useMemo, type ReactNode } from 'react';

/** A QR code drawn as SVG (the `qrcode` package encodes; React draws: no HTML strings injected). */
export function QrCode(props: {
  readonly text: string;
  readonly label: string;
  readonly size: number;
}): ReactNode {
  const { path, extent } = useMemo(() => {
    const qr = create(props.text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const quiet = 4;
    let d = '';
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) {
        if (qr.modules.get(row, col)) d += `M${col + quiet},${row + quiet}h1v1h-1z`;
      }
    }
    return { path: d, extent: n + 2 * quiet };
  }, [props.text]);
  return (
    <svg
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${extent} ${extent}`}
      width={props.size}
      height={props.size}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
