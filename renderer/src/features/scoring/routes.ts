import { screenPath } from '../../app/routes';

/** Hash links of the scoring screen (other screens may link to them too). */
export const scoringLinks = {
  home: (): string => `#${screenPath('scoring')}`,
  member: (memberId: string): string => `#${screenPath('scoring', 'member', memberId)}`,
  sheet: (productId: string, memberId: string): string => `#${screenPath('scoring', productId, memberId)}`,
  product: (productId: string): string => `#${screenPath('scoring', 'product', productId)}`,
  self: (productId: string): string => `#${screenPath('scoring', 'self', productId)}`,
};
