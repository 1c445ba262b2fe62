import type { IsoDate } from '../model';
import type { RegisterLine } from './register';

/**
 * What needs the office this month (issue 12, Home's "Việc cần làm tháng này"), pure: `today`
 * is passed in. A month is today's calendar month (yyyy-mm).
 * - expiring: the recognition in force expires this month (before or after today);
 * - filing: the re-evaluation filing window (180 → 120 days before expiry) is open on some day
 *   of this month: it opens this month, or opened earlier and has not closed before the month;
 * - unclosed rounds: rounds (not archived) with products whose result is not closed yet.
 */
export interface ExpiringItem {
  readonly kind: 'expiring';
  readonly line: RegisterLine;
  readonly expiry: IsoDate;
}

export interface FilingItem {
  readonly kind: 'filing';
  readonly line: RegisterLine;
  readonly opens: IsoDate;
  readonly closes: IsoDate;
  /** the window opens this month (rather than being open since an earlier month) */
  readonly opensThisMonth: boolean;
}

export interface RoundWork {
  readonly id: string;
  readonly name: string;
  readonly products: number;
  readonly closedProducts: number;
}

export interface UnclosedRoundItem {
  readonly kind: 'unclosed-round';
  readonly round: RoundWork;
  readonly unclosed: number;
}

export interface MonthAgenda {
  /** yyyy-mm */
  readonly month: string;
  readonly expiring: readonly ExpiringItem[];
  readonly filing: readonly FilingItem[];
  readonly unclosedRounds: readonly UnclosedRoundItem[];
}

function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function monthAgenda(
  lines: readonly RegisterLine[],
  rounds: readonly RoundWork[],
  today: IsoDate,
): MonthAgenda {
  const month = monthOf(today);
  const expiring: ExpiringItem[] = [];
  const filing: FilingItem[] = [];
  for (const line of lines) {
    const current = line.current;
    if (current === null || current.status === 'revoked') continue;
    if (monthOf(current.expiry) === month) expiring.push({ kind: 'expiring', line, expiry: current.expiry });
    const { opens, closes } = current.filing;
    // open on some day of the month: opens by the month's end and closes after its first day
    if (monthOf(opens) <= month && monthOf(closes) >= month && closes > `${month}-01`)
      filing.push({ kind: 'filing', line, opens, closes, opensThisMonth: monthOf(opens) === month });
  }
  expiring.sort((a, b) => a.expiry.localeCompare(b.expiry) || a.line.name.localeCompare(b.line.name, 'vi'));
  filing.sort((a, b) => a.closes.localeCompare(b.closes) || a.line.name.localeCompare(b.line.name, 'vi'));
  const unclosedRounds = rounds
    .filter((r) => r.products > r.closedProducts)
    .map((round) => ({
      kind: 'unclosed-round' as const,
      round,
      unclosed: round.products - round.closedProducts,
    }));
  return { month, expiring, filing, unclosedRounds };
}
