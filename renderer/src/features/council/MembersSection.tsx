import { useRef, useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import {
  changeMemberRole,
  moveCouncilMember,
  removeMember,
  setDelegatedChair,
  type CouncilMember,
  type RoundBundle,
} from '../../db';
import type { MoveDirection } from '../../domain/council/member-order';
import type { MemberRole } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import { AddMemberDialog } from './AddMemberDialog';
import { MEMBER_ROLES, roleLabel } from './roles';
import styles from './council.module.css';

/** The round's seats: who sits, with which role; add, change role, remove; the delegated chair. */
export function MembersSection(props: {
  readonly bundle: RoundBundle;
  readonly editable: boolean;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const [adding, setAdding] = useState(false);
  const [moved, setMoved] = useState('');
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const { round, members } = props.bundle;

  const run = async (action: () => Promise<unknown>, success: string): Promise<void> => {
    try {
      await action();
      toaster.show('success', success);
    } catch (error) {
      reportError(error);
    }
  };
  const changeRole = (member: CouncilMember, role: MemberRole): Promise<void> =>
    run(
      () => changeMemberRole(db, round.id, member.id, role, 'secretary'),
      t('council.roleChanged', { name: member.person.fullName }),
    );
  const remove = (member: CouncilMember): Promise<void> =>
    run(
      () => removeMember(db, round.id, member.id, 'secretary'),
      t('council.removed', { name: member.person.fullName }),
    );

  // Moving re-renders the row elsewhere: keep the keyboard focus on the button pressed (or its
  // twin when the member reached an end), and say the new place in a live region, not a toast.
  const move = async (member: CouncilMember, direction: MoveDirection): Promise<void> => {
    try {
      const order = await moveCouncilMember(db, round.id, member.id, direction, 'secretary');
      const position = order.findIndex((m) => m.id === member.id);
      setMoved(t('council.moved', { name: member.person.fullName, position: position + 1 }));
      const atEnd = direction === 'up' ? position === 0 : position === order.length - 1;
      const other: MoveDirection = direction === 'up' ? 'down' : 'up';
      requestAnimationFrame(() =>
        moveButtons.current.get(`${member.id}:${atEnd ? other : direction}`)?.focus(),
      );
    } catch (error) {
      reportError(error);
    }
  };
  const moveButton = (member: CouncilMember, index: number, direction: MoveDirection): ReactNode => (
    <button
      type="button"
      ref={(el) => {
        const key = `${member.id}:${direction}`;
        if (el === null) moveButtons.current.delete(key);
        else moveButtons.current.set(key, el);
      }}
      disabled={!props.editable || (direction === 'up' ? index === 0 : index === members.length - 1)}
      aria-label={t(direction === 'up' ? 'council.moveUpOf' : 'council.moveDownOf', {
        name: member.person.fullName,
      })}
      onClick={() => void move(member, direction)}
    >
      {t(direction === 'up' ? 'council.moveUp' : 'council.moveDown')}
    </button>
  );

  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('council.members.title')}</h2>
      <div className="toolbar">
        <button type="button" className="primary" disabled={!props.editable} onClick={() => setAdding(true)}>
          {t('council.add')}
        </button>
      </div>
      {members.length === 0 ? (
        <p>{t('council.members.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('council.orderHint')}</p>
          <p className="visually-hidden" role="status">
            {moved}
          </p>
          <table className="data" aria-label={t('council.members.table')}>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('council.col.order')}
                </th>
                <th scope="col">{t('council.col.name')}</th>
                <th scope="col">{t('council.col.title')}</th>
                <th scope="col">{t('council.col.organisation')}</th>
                <th scope="col">{t('council.col.role')}</th>
                <th scope="col">{t('council.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member, index) => (
                <tr key={member.id}>
                  <td className="num">{index + 1}</td>
                  <th scope="row">{member.person.fullName}</th>
                  <td>{member.person.title}</td>
                  <td>{member.person.organisation}</td>
                  <td>
                    <select
                      aria-label={t('council.roleOf', { name: member.person.fullName })}
                      value={member.role}
                      disabled={!props.editable}
                      onChange={(event) => {
                        const role = MEMBER_ROLES.find((r) => r === event.target.value);
                        if (role !== undefined) void changeRole(member, role);
                      }}
                    >
                      {MEMBER_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(roleLabel[role])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <div className={styles.memberActions}>
                      {moveButton(member, index, 'up')}
                      {moveButton(member, index, 'down')}
                      <button
                        type="button"
                        disabled={!props.editable}
                        aria-label={t('council.remove', { name: member.person.fullName })}
                        onClick={() => void remove(member)}
                      >
                        {t('council.removeShort')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {members.length > 0 && !members.some((m) => m.role === 'chair') ? (
        <p role="status" className="warn-text">
          {t('council.chairMissing')}
        </p>
      ) : null}
      {members.length > 0 ? (
        <SelectField
          label={t('council.delegated')}
          hint={t('council.delegated.hint')}
          value={round.chairDelegatedTo ?? ''}
          disabled={!props.editable}
          options={[
            { value: '', label: t('council.delegated.none') },
            ...members.map((m) => ({ value: m.id, label: `${m.person.fullName} (${t(roleLabel[m.role])})` })),
          ]}
          onChange={(memberId) =>
            void run(
              () => setDelegatedChair(db, round.id, memberId === '' ? null : memberId, 'secretary'),
              t('council.delegated.saved'),
            )
          }
        />
      ) : null}
      {adding ? <AddMemberDialog open bundle={props.bundle} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
