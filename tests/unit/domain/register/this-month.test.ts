import { describe, expect, it } from 'vitest';
import { buildRegister, type RegisterEntryFacts } from '../../../../renderer/src/domain/register/register';
import { monthAgenda } from '../../../../renderer/src/domain/register/this-month';

function entry(id: string, decisionDate: string, revoked = false): RegisterEntryFacts {
  return {
    id,
    code: `C-${id}`,
    name: `Sản phẩm ${id}`,
    producerName: 'HTX',
    commune: 'Xã A',
    sheetNo: 1,
    productIds: [],
    recognitions: [
      {
        id: `r-${id}`,
        stars: 4,
        decisionNumber: '1/QĐ-UBND',
        decisionDate,
        certificateNo: `000${id}/2023/GCN-OCOP`,
        ...(revoked ? { revoked: { reason: 'x', at: '2024-01-01T00:00:00Z' } } : {}),
      },
    ],
  };
}

// decided 01/06/2026 → expires 01/06/2029, window 03/12/2028 → before 01/02/2029
const lines = (today: string) =>
  buildRegister(
    [
      entry('1', '2026-06-01'),
      entry('2', '2026-06-20'), // expires 20/06/2029
      entry('3', '2026-06-10', true), // revoked: never listed
      entry('4', '2026-01-15'), // expires 15/01/2029, window 19/07/2028 → 17/09/2028
    ],
    [],
    today,
  );

describe("Home's list of this month", () => {
  it('the day before the month the window opens: nothing; in that month: the window, with its dates', () => {
    expect(monthAgenda(lines('2028-11-30'), [], '2028-11-30').filing).toEqual([]);
    const december = monthAgenda(lines('2028-12-01'), [], '2028-12-01');
    expect(december.month).toBe('2028-12');
    expect(december.filing.map((f) => [f.line.code, f.opens, f.closes, f.opensThisMonth])).toEqual([
      ['C-1', '2028-12-03', '2029-02-01', true],
      ['C-2', '2028-12-22', '2029-02-20', true],
    ]);
    // still open in January; a window closing on February's first day is not listed in February
    expect(monthAgenda(lines('2029-01-10'), [], '2029-01-10').filing.map((f) => f.opensThisMonth)).toEqual([
      false,
      false,
    ]);
    expect(monthAgenda(lines('2029-02-01'), [], '2029-02-01').filing.map((f) => f.line.code)).toEqual([
      'C-2',
    ]);
  });

  it('certificates expiring this month, before and after today; a revoked one never', () => {
    const june = monthAgenda(lines('2029-06-15'), [], '2029-06-15');
    expect(june.expiring.map((e) => [e.line.code, e.expiry])).toEqual([
      ['C-1', '2029-06-01'],
      ['C-2', '2029-06-20'],
    ]);
    expect(monthAgenda(lines('2029-07-01'), [], '2029-07-01').expiring).toEqual([]);
  });

  it('rounds with products not closed, with how many', () => {
    const agenda = monthAgenda(
      [],
      [
        { id: 'a', name: 'Đợt 1', products: 5, closedProducts: 5 },
        { id: 'b', name: 'Đợt 2', products: 5, closedProducts: 2 },
        { id: 'c', name: 'Đợt 3', products: 0, closedProducts: 0 },
      ],
      '2026-12-03',
    );
    expect(agenda.unclosedRounds.map((r) => [r.round.id, r.unclosed])).toEqual([['b', 3]]);
  });
});
