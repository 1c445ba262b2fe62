import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { saveYearPlan, type YearPlanRow } from '../../db';
import type { CouncilLevel } from '../../domain/model';
import { PRODUCT_GROUPS, type ProductGroup } from '../../domain/register/groups';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import styles from './RegisterYear.module.css';

type Draft = Readonly<Record<'products' | 'share' | 'forwarded' | ProductGroup, string>>;

function draftOf(plan: YearPlanRow | undefined): Draft {
  const text = (n: number | undefined): string => (n === undefined ? '' : String(n));
  const group = (g: ProductGroup): string => text(plan?.groupTargets.find((x) => x.group === g)?.products);
  const share = plan?.targets.shareAtLeast3Stars;
  return {
    products: text(plan?.targets.productsPlanned),
    share: share === undefined ? '' : String(Math.round(share * 1000) / 10),
    forwarded: text(plan?.targets.forwardedFor5Stars),
    food: group('food'),
    drink: group('drink'),
    herbal: group('herbal'),
    handicraft: group('handicraft'),
    ornamental: group('ornamental'),
    tourism: group('tourism'),
  };
}

/** '' → absent; a whole number ≥ 0 (share: 0–100, one decimal) → the number; else null (refused). */
function parseCount(text: string, max: number, decimals = false): number | undefined | null {
  const s = text.trim().replace(',', '.');
  if (s === '') return undefined;
  if (!(decimals ? /^\d+(\.\d)?$/ : /^\d+$/).test(s)) return null;
  const n = Number(s);
  return n <= max ? n : null;
}

/** The targets of a year and level: products, share at ≥ 3★, forwarded for 5★, products per group. */
export function PlanForm(props: {
  readonly year: number;
  readonly level: CouncilLevel;
  readonly plan: YearPlanRow | undefined;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const report = useReportError();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.plan));
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const parsed = {
    products: parseCount(draft.products, 100_000),
    share: parseCount(draft.share, 100, true),
    forwarded: parseCount(draft.forwarded, 100_000),
  };
  const groups = PRODUCT_GROUPS.map((g) => ({ group: g, products: parseCount(draft[g], 100_000) }));
  const error = (value: number | undefined | null, label: string): string | null =>
    value === null ? t('registerYear.plan.invalid', { field: label }) : null;
  const invalid =
    parsed.products === null ||
    parsed.share === null ||
    parsed.forwarded === null ||
    groups.some((g) => g.products === null);

  const save = async (): Promise<void> => {
    if (invalid) return;
    setBusy(true);
    try {
      await saveYearPlan(
        db,
        {
          year: props.year,
          level: props.level,
          targets: {
            ...(parsed.products == null ? {} : { productsPlanned: parsed.products }),
            ...(parsed.share == null ? {} : { shareAtLeast3Stars: parsed.share / 100 }),
            ...(parsed.forwarded == null ? {} : { forwardedFor5Stars: parsed.forwarded }),
          },
          groupTargets: groups.flatMap((g) =>
            g.products == null ? [] : [{ group: g.group, products: g.products }],
          ),
        },
        'secretary',
      );
      toaster.show('success', t('registerYear.plan.saved', { year: props.year }));
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.planForm}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className={styles.planHeading}>{t('registerYear.plan.targets')}</h2>
      <p className="hint">{t('registerYear.plan.targetsHint')}</p>
      <div className={styles.planFields}>
        <TextField
          label={t('registerYear.plan.products')}
          value={draft.products}
          onChange={set('products')}
          maxLength={7}
          error={error(parsed.products, t('registerYear.plan.products'))}
        />
        <TextField
          label={t('registerYear.plan.share')}
          value={draft.share}
          onChange={set('share')}
          maxLength={5}
          error={error(parsed.share, t('registerYear.plan.share'))}
        />
        <TextField
          label={t('registerYear.plan.forwarded')}
          value={draft.forwarded}
          onChange={set('forwarded')}
          maxLength={7}
          error={error(parsed.forwarded, t('registerYear.plan.forwarded'))}
        />
        {PRODUCT_GROUPS.map((g, i) => {
          const label = t('registerYear.plan.groupField', { group: t(`register.group.${g}`) });
          return (
            <TextField
              key={g}
              label={label}
              value={draft[g]}
              onChange={set(g)}
              maxLength={7}
              error={error(groups[i]?.products, label)}
            />
          );
        })}
      </div>
      <button type="submit" className="primary" disabled={busy || invalid}>
        {t('registerYear.plan.save')}
      </button>
    </form>
  );
}
