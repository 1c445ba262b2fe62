import { expect, type Page } from '@playwright/test';
import { unsealViaUi } from './results';
import { scoreSheetViaUi } from './scoring';
import { buildRoundViaUi, startFrom, startScoringViaUi } from './setup';

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

/** The round minutes.spec and trust.spec sign: one product, scored by all three members, unsealed. */
export const SIGNING_ROUND = 'Đợt 3 năm 2026 — thử biên bản';
export const SIGNING_CHAIR = 'Nguyễn Văn An';
export const SIGNING_SECRETARY = 'Trần Thị Bình';
export const SIGNING_MEMBER = 'Lê Văn Cường';
export const SIGNING_PRODUCT = 'Bưởi da xanh';

/**
 * Starts from that round, unsealed and not yet closed: built through the UI (round, council of
 * chair, secretary and member, the product on sheet 1, each member's sheet scored "best", the
 * unseal) by the first of those tests in a worker, restored from its storage for the other.
 */
export async function startFromUnsealedSigningRound(page: Page): Promise<void> {
  await startFrom(page, 'signing-round-unsealed', async (p) => {
    const day = '2026-12-01';
    await p.goto('/');
    await buildRoundViaUi(p, {
      round: { name: SIGNING_ROUND, province: 'Tây Ninh', meetingDates: [day] },
      members: [
        { fullName: SIGNING_CHAIR, role: 'chair' },
        { fullName: SIGNING_SECRETARY, role: 'secretary' },
        { fullName: SIGNING_MEMBER, role: 'member' },
      ],
      products: [
        { name: SIGNING_PRODUCT, sheetNo: 1, code: '72-25459-001-2026', producerName: 'HTX Bưởi Tân Triều' },
      ],
    });
    await startScoringViaUi(p);
    for (const member of [SIGNING_CHAIR, SIGNING_SECRETARY, SIGNING_MEMBER])
      await scoreSheetViaUi(p, { member, product: SIGNING_PRODUCT, sheetNo: 1, answers: 'best' });
    await unsealViaUi(p, SIGNING_PRODUCT);
  });
}
