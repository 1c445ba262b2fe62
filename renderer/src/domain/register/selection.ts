import type { Outcome } from '../council/outcome';
import type { RecognisedStars } from './recognition';

/**
 * Which closed results a recognition decision lists, and which go to the Ministry. One rule
 * for the register's certificates (`recordRoundDecision`), the draft decision's annex and the
 * certificates printed from it, so the three can never list different products.
 * - recognised: the council proposed recognition (province 3–4★; central 5★);
 * - forwarded: a province result of 90 points or more with every 5★ minimum met, proposed to
 *   the Ministry (OCOP-RULES §4 item 6) — never recognised by the province itself.
 */
export function isRecognisedResult(outcome: Outcome, stars: number | null): stars is RecognisedStars {
  return (
    (outcome === 'recognise' || outcome === 'recognise-5-star') && (stars === 3 || stars === 4 || stars === 5)
  );
}

export function isForwardedResult(outcome: Outcome): boolean {
  return outcome === 'forward-5-star';
}
