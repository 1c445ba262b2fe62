import type { RoundFile } from '../round-file/types';

/**
 * The round file with only the scores of UNSEALED passes (an 'unseal' event for that product and
 * pass): a member's scores stay hidden until the secretary unseals them (issue 4 item 8), and an
 * exported spreadsheet must not reveal what the screens still hide.
 */
export function revealedOnly(file: RoundFile): RoundFile {
  const unsealed = new Set(
    (file.events ?? []).flatMap((e) => (e.kind === 'unseal' ? [`${e.productId}\u0000${e.pass}`] : [])),
  );
  return { ...file, scores: file.scores.filter((s) => unsealed.has(`${s.productId}\u0000${s.pass}`)) };
}
