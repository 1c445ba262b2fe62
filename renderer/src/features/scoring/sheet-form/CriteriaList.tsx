import { memo, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { CriterionRow, type CriterionRowProps } from './CriterionRow';
import type { SheetLayout } from './view-model';
import styles from './sheet-form.module.css';

/**
 * The sheet's parts, sections, groups and criterion rows in printed order. Memoised on props
 * that do not change while the sheet is filled in: a choice reaches the rows through the row
 * store, so this list is not walked again on a key or a click (issue 13).
 */
export const CriteriaList = memo(function CriteriaList(
  props: Omit<CriterionRowProps, 'criterion'> & { readonly layout: SheetLayout },
): ReactNode {
  const { t } = useI18n();
  const { formId } = props;
  return props.layout.parts.map((part) => (
    <section key={part.code} className={styles.sheetPart} aria-labelledby={`${formId}-part-${part.code}`}>
      <h2 id={`${formId}-part-${part.code}`}>
        {t('form.part', { code: part.code, title: part.title })}{' '}
        <span className="muted">({t('form.points', { points: part.max })})</span>
      </h2>
      {part.sections.map((section) => (
        <section key={section.code} className={styles.sheetSection}>
          {/* Sections 7–12 are one criterion each, printed once: the criterion is the heading. */}
          {section.criteria.length === 1 && section.criteria[0]?.code === section.code ? null : (
            <h3>
              {t('form.sectionHeading', { code: section.code, title: section.title })}{' '}
              <span className="muted">({t('form.points', { points: section.max })})</span>
            </h3>
          )}
          {section.defects.map((d) => (
            <p key={d.kind} className={styles.printNote}>
              {t('form.printNote')}:{' '}
              {t('form.defect.section-max-printed', { code: d.code, printed: d.printed ?? '' })}
            </p>
          ))}
          {section.criteria.map((criterion, i) => {
            const groupStarts =
              criterion.group !== undefined && criterion.group !== section.criteria[i - 1]?.group;
            return (
              <div key={criterion.code}>
                {groupStarts ? <h4 className={styles.sheetGroup}>{criterion.group}</h4> : null}
                <CriterionRow
                  criterion={criterion}
                  store={props.store}
                  readOnly={props.readOnly}
                  formId={formId}
                  onAnswer={props.onAnswer}
                  onCase={props.onCase}
                  register={props.register}
                />
              </div>
            );
          })}
        </section>
      ))}
    </section>
  ));
});
