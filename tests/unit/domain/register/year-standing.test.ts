import { describe, expect, it } from 'vitest';
import { buildRegister, type RegisterEvaluation } from '../../../../renderer/src/domain/register/register';
import { yearCharts } from '../../../../renderer/src/domain/register/year-charts';
import { STAR_BUCKETS, yearStanding } from '../../../../renderer/src/domain/register/year-standing';
import { svgText } from '../../../../renderer/src/domain/charts/svg-charts';
import { docWords } from '../../../../renderer/src/documents/words';

let n = 0;
function ev(over: Partial<RegisterEvaluation>): RegisterEvaluation {
  n += 1;
  return {
    productId: `p${n}`,
    roundId: 'r1',
    roundName: 'Đợt 1',
    level: 'province',
    date: '2026-05-12',
    code: `C-${n}`,
    name: `Sản phẩm ${n}`,
    producerName: 'HTX',
    commune: 'Xã Tân Phú',
    sheetNo: 1,
    average: 70,
    stars: 3,
    outcome: 'recognise',
    ...over,
  };
}

const round2 = { roundId: 'r2', roundName: 'Đợt 2', date: '2026-11-27' };
const evaluations = [
  ev({ code: 'POMELO', stars: 2, outcome: 'not-recognised' }), // re-evaluated in round 2 at 4★: counts once, at 4★
  ev({ ...round2, code: 'POMELO', stars: 4 }),
  ev({ stars: 4, commune: 'Phường Hòa Thành', sheetNo: 15 }), // drink
  ev({ ...round2, stars: 5, outcome: 'forward-5-star', sheetNo: 18 }), // herbal
  ev({ ...round2, stars: null, average: null, outcome: 'disqualified' }),
  ev({ date: '2025-10-01', stars: 5, outcome: 'forward-5-star' }), // another year: not counted
  ev({ level: 'central', stars: 5, outcome: 'recognise-5-star' }), // another level
];
const lines = buildRegister([], evaluations, '2026-12-03');

describe('the year against its plan, added up across every round of the year', () => {
  const standing = yearStanding(lines, 2026, 'province', {
    productsPlanned: 141,
    shareAtLeast3Stars: 0.75,
    forwardedFor5Stars: 1,
    groupTargets: [{ group: 'drink', products: 2 }],
  });

  it('a product evaluated in both rounds counts once, with its latest evaluation; both rounds named', () => {
    expect(standing.evaluated).toBe(4);
    expect(standing.atLeast3Stars).toBe(3);
    expect(standing.shareAtLeast3Stars).toBe(0.75);
    expect(standing.forwardedFor5Stars).toBe(1);
    expect(standing.rounds).toEqual(['Đợt 1', 'Đợt 2']);
    expect(standing.progress.map((p) => [p.target, p.group ?? '', p.actual, p.goal, p.met])).toEqual([
      ['products', '', 4, 141, false],
      ['share', '', 0.75, 0.75, true],
      ['forwarded', '', 1, 1, true],
      ['group', 'drink', 1, 2, false],
    ]);
    // each evaluation counts in its month, re-evaluations too
    expect(standing.perMonth).toEqual([0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 3, 0]);
  });

  it("the charts' figures are the register's counts", () => {
    const charts = yearCharts(standing, docWords('vi'), 480);
    // by group: every counted product once, in its group's bar, in its star segment
    const total = (rows: readonly { values: readonly number[] }[]) =>
      rows.reduce((sum, r) => sum + r.values.reduce((a, b) => a + b, 0), 0);
    expect(total(charts.byGroup.rows)).toBe(standing.evaluated);
    expect(total(charts.byCommune.rows)).toBe(standing.evaluated);
    const food = charts.byGroup.rows.find((r) => r.label === 'Thực phẩm');
    const expectedFood = STAR_BUCKETS.map(
      (b) =>
        standing.counted.filter(
          (c) =>
            c.line.group === 'food' &&
            (b === 'disqualified'
              ? c.evaluation.outcome === 'disqualified'
              : String(c.evaluation.stars) === b),
        ).length,
    );
    expect(food?.values).toEqual(expectedFood);
    expect(food?.values).toEqual([0, 0, 0, 1, 0, 1]);
    expect(charts.byCommune.rows.map((r) => [r.label, r.values])).toEqual([
      ['Phường Hòa Thành', [0, 0, 0, 1, 0, 0]],
      ['Xã Tân Phú', [0, 0, 0, 1, 1, 1]],
    ]);
    expect(charts.perMonth.values).toEqual(standing.perMonth);
    expect(charts.progress?.rows.map((r) => [r.label, r.text, r.met])).toEqual([
      ['Số sản phẩm đánh giá', '4 / 141', false],
      ['Tỷ lệ đạt 3 sao trở lên', '75,0% / 75%', true],
      ['Đề nghị đánh giá 5 sao', '1 / 1', true],
      ['Nhóm Đồ uống', '1 / 2', false],
    ]);
    // the SVG carries the labels, escaped
    const svg = svgText(charts.byCommune.chart.root);
    expect(svg).toContain('Phường Hòa Thành');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('labels are escaped: a commune named like markup stays text', () => {
    const odd = buildRegister([], [ev({ commune: '<script>&"x"' })], '2026-12-03');
    const svg = svgText(
      yearCharts(yearStanding(odd, 2026, 'province', undefined), docWords('vi'), 480).byCommune.chart.root,
    );
    expect(svg).toContain('&lt;script&gt;&amp;&quot;x&quot;');
    expect(svg).not.toContain('<script>');
  });
});
