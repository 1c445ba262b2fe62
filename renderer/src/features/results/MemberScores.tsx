import type { ReactNode } from 'react';
import type { CouncilMember } from '../../db';
import type { CouncilResult } from '../../domain/council/council-result';
import type { MemberSheetState } from '../../domain/workflow';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { STATE_LABEL } from '../progress/states';
import styles from './results.module.css';
import { cx } from '../../ui/cx';

export const ROLE_LABEL: Readonly<Record<CouncilMember['role'], MessageKey>> = {
  chair: 'results.role.chair',
  'vice-chair': 'results.role.vice-chair',
  secretary: 'results.role.secretary',
  member: 'results.role.member',
};

/**
 * Each member's A/B/C and total of the counted (latest revealed) pass and, when re-scored,
 * their total in every pass side by side (pass 1 | pass 2 …). Numbers are the engine's.
 */
export function MemberScores(props: {
  readonly members: readonly CouncilMember[];
  readonly result: CouncilResult;
  readonly passResults: readonly CouncilResult[];
  readonly states: Readonly<Record<string, MemberSheetState>>;
}): ReactNode {
  const { t } = useI18n();
  const { result, passResults } = props;
  const rescored = passResults.length > 1;
  const parts = ['A', 'B', 'C'];
  return (
    <table className={cx('data', styles.memberScores)}>
      <caption>{t('results.members.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.members.member')}</th>
          <th scope="col">{t('results.members.role')}</th>
          {parts.map((p) => (
            <th key={p} scope="col" className="num">
              {t('results.members.part', { part: p })}
            </th>
          ))}
          <th scope="col" className="num">
            {t('results.members.total')}
          </th>
          {rescored
            ? passResults.map((_, i) => (
                <th key={i} scope="col" className="num">
                  {t('results.members.passTotal', { pass: i + 1 })}
                </th>
              ))
            : null}
        </tr>
      </thead>
      <tbody>
        {props.members.map((m) => {
          const score = result.memberScores.find((s) => s.memberId === m.id)?.score;
          const state = props.states[m.id];
          return (
            <tr key={m.id}>
              <th scope="row">{m.person.fullName}</th>
              <td>{t(ROLE_LABEL[m.role])}</td>
              {score === undefined ? (
                <td colSpan={parts.length + 1} className={styles.notScoring}>
                  {state === 'absent' || state === 'recused' ? t(STATE_LABEL[state]) : t('results.none')}
                </td>
              ) : (
                <>
                  {parts.map((p) => (
                    <td key={p} className="num">
                      {score.parts[p] ?? t('results.none')}
                    </td>
                  ))}
                  <td className={cx('num', styles.total)}>{score.total}</td>
                </>
              )}
              {rescored
                ? passResults.map((r, i) => (
                    <td key={i} className="num">
                      {r.memberScores.find((s) => s.memberId === m.id)?.score.total ?? t('results.none')}
                    </td>
                  ))
                : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
