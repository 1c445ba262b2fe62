import type { ReactNode } from 'react';
import { MemberSheetPage } from './MemberSheetPage';
import { ProductPanelPage } from './product-panel/ProductPanelPage';
import { ScoringHome } from './ScoringHome';
import { SelfAssessmentPage } from './SelfAssessmentPage';

/**
 * Screen "nav.scoring" (issue 4 items 5 and 6). Routes, so a reload keeps the place:
 *   #/scoring                          members and products of the current round
 *   #/scoring/member/<memberId>        the products of one member, with their states
 *   #/scoring/<productId>/<memberId>   that member's sheet of that product
 *   #/scoring/product/<productId>      "Sản phẩm đang chấm": recusals, disqualification
 *   #/scoring/self/<productId>         the producer's self-assessment (Mẫu 02)
 */
export function ScoringScreen(props: { readonly rest: readonly string[] }): ReactNode {
  const [first, second] = props.rest;
  if (first === 'member' && second !== undefined) return <ScoringHome memberId={second} />;
  if (first === 'self' && second !== undefined) return <SelfAssessmentPage productId={second} />;
  if (first === 'product' && second !== undefined) return <ProductPanelPage productId={second} />;
  if (first !== undefined && second !== undefined)
    return <MemberSheetPage key={`${first}/${second}`} productId={first} memberId={second} />;
  return <ScoringHome memberId={undefined} />;
}
