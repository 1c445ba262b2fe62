import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';
import type { PersonDraft, PersonFormErrors } from './personFormModel';

/** The four details of a person, used by the directory form and by "add a new person" inline. */
export function PersonFields(props: {
  readonly draft: PersonDraft;
  readonly errors: PersonFormErrors;
  readonly onChange: (patch: Partial<PersonDraft>) => void;
  readonly autoFocus?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const { draft, errors, onChange } = props;
  const error = (key: keyof PersonDraft): string | null => {
    const message = errors[key];
    return message === undefined ? null : t(message);
  };
  return (
    <div className="form-grid">
      <TextField
        label={t('person.fullName')}
        value={draft.fullName}
        error={error('fullName')}
        required
        autoFocus={props.autoFocus ?? false}
        onChange={(fullName) => onChange({ fullName })}
      />
      <TextField
        label={t('person.title')}
        hint={t('person.title.hint')}
        value={draft.title}
        onChange={(title) => onChange({ title })}
      />
      <TextField
        label={t('person.organisation')}
        value={draft.organisation}
        onChange={(organisation) => onChange({ organisation })}
      />
      <TextField
        type="tel"
        label={t('person.phone')}
        value={draft.phone}
        error={error('phone')}
        onChange={(phone) => onChange({ phone })}
      />
    </div>
  );
}
