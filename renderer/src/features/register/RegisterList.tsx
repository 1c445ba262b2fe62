import { useState, type ReactNode } from 'react';
import { PRODUCT_GROUPS, type ProductGroup } from '../../domain/register/groups';
import {
  filterRegister,
  type RegisterFilter,
  type RegisterLine,
  type RegisterStatus,
} from '../../domain/register/register';
import { RECOGNITION_STATUSES } from '../../domain/register/recognition';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField, TextField } from '../../ui/Field';
import { Stars } from '../../ui/Stars';
import { screenPath } from '../../app/routes';
import { StatusLabel } from './StatusLabel';
import { useExportRegister } from './useExportRegister';
import styles from './Register.module.css';

const STATUSES: readonly RegisterStatus[] = [...RECOGNITION_STATUSES, 'not-recognised'];
const ALL = '';

function distinct<T extends string | number>(values: readonly (T | null)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== ''))].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'vi'),
  );
}

/** The register's lines with its filters (commune, group, sheet, stars, status, year) and a search without tones. */
export function RegisterList(props: {
  readonly lines: readonly RegisterLine[];
  /** the day the statuses are read for */
  readonly today: string;
}): ReactNode {
  const { t, date } = useI18n();
  const exporter = useExportRegister();
  const [query, setQuery] = useState('');
  const [commune, setCommune] = useState(ALL);
  const [group, setGroup] = useState(ALL);
  const [sheet, setSheet] = useState(ALL);
  const [stars, setStars] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [year, setYear] = useState(ALL);
  const all = (label: string): { value: string; label: string } => ({ value: ALL, label });

  const filter: RegisterFilter = {
    query,
    ...(commune === ALL ? {} : { commune }),
    ...(group === ALL ? {} : { group: PRODUCT_GROUPS.find((g) => g === group) ?? 'food' }),
    ...(sheet === ALL ? {} : { sheetNo: Number(sheet) }),
    ...(stars === ALL ? {} : { stars: Number(stars) }),
    ...(status === ALL ? {} : { status: STATUSES.find((s) => s === status) ?? 'valid' }),
    ...(year === ALL ? {} : { year: Number(year) }),
  };
  const shown = filterRegister(props.lines, filter);
  const groupLabel = (g: ProductGroup): string => t(`register.group.${g}`);
  const everything = t('register.filter.all');
  // The filters in words, written above the exported table so the file says what it holds.
  const filterText = [
    query.trim() === '' ? null : `${t('register.search')}: ${query.trim()}`,
    commune === ALL ? null : `${t('register.filter.commune')}: ${commune}`,
    filter.group === undefined ? null : `${t('register.filter.group')}: ${groupLabel(filter.group)}`,
    sheet === ALL ? null : `${t('register.filter.sheet')}: ${sheet}`,
    stars === ALL ? null : `${t('register.filter.stars')}: ${stars}`,
    filter.status === undefined
      ? null
      : `${t('register.filter.status')}: ${t(`register.status.${filter.status}`)}`,
    year === ALL ? null : `${t('register.filter.year')}: ${year}`,
  ]
    .filter((part) => part !== null)
    .join('; ');

  if (props.lines.length === 0) return <p>{t('register.empty')}</p>;
  return (
    <>
      <div className={styles.filters}>
        <div className={styles.search}>
          <TextField
            label={t('register.search')}
            type="search"
            value={query}
            onChange={setQuery}
            maxLength={200}
          />
        </div>
        <SelectField
          label={t('register.filter.commune')}
          value={commune}
          options={[
            all(everything),
            ...distinct(props.lines.map((l) => l.commune)).map((c) => ({ value: c, label: c })),
          ]}
          onChange={setCommune}
        />
        <SelectField
          label={t('register.filter.group')}
          value={group}
          options={[all(everything), ...PRODUCT_GROUPS.map((g) => ({ value: g, label: groupLabel(g) }))]}
          onChange={setGroup}
        />
        <SelectField
          label={t('register.filter.sheet')}
          value={sheet}
          options={[
            all(everything),
            ...distinct(props.lines.map((l) => l.sheetNo)).map((no) => ({
              value: String(no),
              label: t('register.sheetNo', { no }),
            })),
          ]}
          onChange={setSheet}
        />
        <SelectField
          label={t('register.filter.stars')}
          value={stars}
          options={[
            all(everything),
            ...[5, 4, 3, 2, 1].map((s) => ({
              value: String(s),
              label: t('register.starsValue', { stars: s }),
            })),
          ]}
          onChange={setStars}
        />
        <SelectField
          label={t('register.filter.status')}
          value={status}
          options={[
            all(everything),
            ...STATUSES.map((s) => ({ value: s, label: t(`register.status.${s}`) })),
          ]}
          onChange={setStatus}
        />
        <SelectField
          label={t('register.filter.year')}
          value={year}
          options={[
            all(everything),
            ...distinct(props.lines.flatMap((l) => l.years)).map((y) => ({
              value: String(y),
              label: String(y),
            })),
          ]}
          onChange={setYear}
        />
      </div>
      <div className={styles.countLine}>
        <p className={styles.count} aria-live="polite">
          {t('register.count', { shown: shown.length, total: props.lines.length })}
        </p>
        <button
          type="button"
          disabled={exporter.busy || shown.length === 0}
          onClick={() =>
            void exporter.run({ lines: shown, total: props.lines.length, today: props.today, filterText })
          }
        >
          {exporter.busy ? t('registerYear.export.busy') : t('registerYear.export')}
        </button>
      </div>
      {shown.length === 0 ? (
        <p>{t('register.noMatch')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('register.col.code')}</th>
              <th scope="col">{t('register.col.name')}</th>
              <th scope="col">{t('register.col.producer')}</th>
              <th scope="col">{t('register.col.commune')}</th>
              <th scope="col">{t('register.col.group')}</th>
              <th scope="col">{t('register.col.stars')}</th>
              <th scope="col">{t('register.col.status')}</th>
              <th scope="col">{t('register.col.expiry')}</th>
              <th scope="col" className="num">
                {t('register.col.evaluations')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((line) => (
              <tr key={line.key}>
                <td>{line.code === '' ? t('register.noCode') : line.code}</td>
                <td>
                  <a href={`#${screenPath('register', line.key)}`}>{line.name}</a>
                </td>
                <td>{line.producerName}</td>
                <td>{line.commune}</td>
                <td>{line.group === null ? '' : groupLabel(line.group)}</td>
                <td>
                  {line.stars === null ? null : (
                    <Stars count={line.stars} label={t('register.starsValue', { stars: line.stars })} />
                  )}
                </td>
                <td>
                  <StatusLabel status={line.status} />
                </td>
                <td>{line.current === null ? '' : date(line.current.expiry)}</td>
                <td className="num">{line.evaluations.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
