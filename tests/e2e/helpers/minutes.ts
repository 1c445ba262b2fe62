import { expect, type Page } from '@playwright/test';

/**
 * The minutes' details as the secretary fills them in (issue 11), by labels: one product's
 * form on its minutes page, or a meeting day's batch on the minutes list.
 */

export interface MinutesFieldsSpec {
  readonly number?: string;
  readonly symbol?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly venue?: string;
  readonly recipients?: readonly string[];
}

async function fill(
  page: Page,
  formName: string,
  spec: MinutesFieldsSpec,
  numberLabel: string,
): Promise<void> {
  const form = page.getByRole('form', { name: formName });
  if (spec.number !== undefined) await form.getByLabel(numberLabel).fill(spec.number);
  if (spec.symbol !== undefined) await form.getByLabel('Ký hiệu *').fill(spec.symbol);
  if (spec.startTime !== undefined) await form.getByLabel('Giờ bắt đầu *').fill(spec.startTime);
  if (spec.endTime !== undefined) await form.getByLabel('Giờ kết thúc *').fill(spec.endTime);
  if (spec.venue !== undefined) await form.getByLabel('Địa điểm *').fill(spec.venue);
  if (spec.recipients !== undefined) await form.getByLabel('Nơi nhận *').fill(spec.recipients.join('\n'));
}

/** On a product's minutes page: fill and save its details. */
export async function fillProductMinutesViaUi(page: Page, spec: MinutesFieldsSpec): Promise<void> {
  await fill(page, 'Thông tin biên bản', spec, 'Số biên bản *');
  await page
    .getByRole('form', { name: 'Thông tin biên bản' })
    .getByRole('button', { name: 'Lưu thông tin biên bản' })
    .click();
}

/** On the minutes list: fill a meeting day's batch and apply it to its `count` minutes. */
export async function fillDayMinutesViaUi(page: Page, spec: MinutesFieldsSpec, count: number): Promise<void> {
  await fill(page, 'Thông tin biên bản của một ngày họp', spec, 'Số của biên bản đầu tiên *');
  const form = page.getByRole('form', { name: 'Thông tin biên bản của một ngày họp' });
  await form.getByRole('button', { name: `Điền cho ${count} biên bản của ngày` }).click();
  await expect(page.getByText(`Đã điền thông tin cho ${count} biên bản`, { exact: false })).toBeVisible();
}
