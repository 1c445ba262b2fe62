import type { ReactNode } from 'react';
import { roundAllows } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { CurrentRoundGate } from '../rounds/CurrentRoundGate';
import { AttendanceSection } from './AttendanceSection';
import { MembersSection } from './MembersSection';
import { PeopleDirectory } from './PeopleDirectory';

/** The current round's council: seats and roles, attendance and live quorum, the people directory. */
export function CouncilScreen(_props: { readonly rest: readonly string[] }): ReactNode {
  const { t } = useI18n();
  return (
    <CurrentRoundGate titleKey="nav.council">
      {(bundle) => {
        const check = roundAllows(
          { status: bundle.round.status, archived: bundle.round.archived === 1 },
          'edit-council',
        );
        return (
          <>
            {check.ok ? null : (
              <p className="hint warn-text">{t('council.readOnly', { reason: t(`db.${check.code}`) })}</p>
            )}
            <MembersSection bundle={bundle} editable={check.ok} />
            <AttendanceSection bundle={bundle} editable={check.ok} />
            <PeopleDirectory />
          </>
        );
      }}
    </CurrentRoundGate>
  );
}
