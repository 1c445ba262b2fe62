import { useEffect, useMemo, type ReactNode, type Ref } from 'react';
import styles from './minutes.module.css';

/**
 * A PDF shown inside the page. The hardening blocks new windows, and the CSP allows frames
 * only from blob: URLs of the app itself, so the preview is an <iframe> on a blob URL,
 * revoked when the bytes change or the preview goes away.
 */
export function PdfPreview({
  bytes,
  title,
  frameRef,
}: {
  readonly bytes: Uint8Array;
  readonly title: string;
  readonly frameRef?: Ref<HTMLIFrameElement>;
}): ReactNode {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' })),
    [bytes],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <iframe ref={frameRef} className={styles.pdfPreview} src={url} title={title} />;
}
