import type { AuditRow } from '../../db';
import type { MessageKey } from '../../i18n/catalog';
import { isMessageKey, type Translate } from '../../i18n/translate';

function messageKey(key: string): MessageKey | null {
  return isMessageKey(key) ? key : null;
}

/** What happened, in words; an action the catalog does not know yet shows as its code. */
export function actionWords(t: Translate, action: string): string {
  const key = messageKey(`audit.action.${action}`);
  return key === null ? action : t(key);
}

/** The store an event changed, in words. */
export function entityWords(t: Translate, entity: string): string {
  const key = messageKey(`audit.entity.${entity}`);
  return key === null ? entity : t(key);
}

/** The member whose sheet an event wrote (the row before or after the write), if any. */
export function sheetMemberId(event: Pick<AuditRow, 'entity' | 'before' | 'after'>): string | null {
  if (event.entity !== 'sheets') return null;
  for (const row of [event.after, event.before]) {
    if (typeof row === 'object' && row !== null && 'memberId' in row && typeof row.memberId === 'string')
      return row.memberId;
  }
  return null;
}

/**
 * Who acted, in words: a member's sheet is named for the member whose sheet it is (it was
 * "Thư ký" on every scoring event, since the secretary's laptop records them).
 */
export function actorWords(
  t: Translate,
  event: Pick<AuditRow, 'actor' | 'entity' | 'before' | 'after' | 'via'>,
  memberNames: ReadonlyMap<string, string>,
): string {
  const memberId = sheetMemberId(event);
  const name = memberId === null ? undefined : memberNames.get(memberId);
  // Through the hub or a scoring pack the member entered it on their own device (the "via" column says which).
  const ownDevice = event.via !== undefined && event.via.kind !== 'laptop';
  if (name !== undefined) return t(ownDevice ? 'audit.actor.memberOwn' : 'audit.actor.sheetOf', { name });
  if (event.actor === 'secretary') return t('audit.actor.secretary');
  if (event.actor === 'system') return t('audit.actor.system');
  return event.actor;
}
