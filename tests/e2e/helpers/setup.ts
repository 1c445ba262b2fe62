import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';

/**
 * Reusable steps that build a round through the UI as the secretary would (Vietnamese UI,
 * labels and roles only). Other browser tests build their round with these:
 *
 *   await createRoundViaUi(page, { name: 'Đợt 2 năm 2026', province: 'Quảng Nam', meetingDates: ['2026-12-05'] });
 *   await addMemberViaUi(page, { fullName: 'Nguyễn Văn An', role: 'chair' });
 *   await addProductViaUi(page, { name: 'Mật ong hoa nhãn', sheetNo: 4, sheetSearch: 'mat ong', producerName: 'HTX Ong Việt' });
 *
 * Dates are ISO (YYYY-MM-DD) in, shown as DD/MM/YYYY by the app.
 */

export type RoleId = 'chair' | 'vice-chair' | 'secretary' | 'member';
export type KindId = 'first' | 'upgrade' | 're-evaluation';

export const ROLE_LABELS: Readonly<Record<RoleId, string>> = {
  chair: 'Chủ tịch',
  'vice-chair': 'Phó Chủ tịch',
  secretary: 'Thư ký',
  member: 'Thành viên',
};

export const KIND_LABELS: Readonly<Record<KindId, string>> = {
  first: 'Đánh giá lần đầu',
  upgrade: 'Nâng hạng',
  're-evaluation': 'Đánh giá lại',
};

export interface RoundSpec {
  readonly name: string;
  readonly province: string;
  readonly level?: 'province' | 'central';
  readonly venue?: string;
  readonly decision?: { readonly number: string; readonly date: string; readonly signer: string };
  /** ISO dates; at least one is needed for attendance */
  readonly meetingDates: readonly string[];
  /** e.g. "3/4" (default from the engine) */
  readonly quorum?: string;
  readonly spreadLimit?: string;
  readonly minimumPolicy?: 'majority' | 'all' | 'average';
  readonly chairRequired?: boolean;
  readonly displayDecimals?: string;
  /** percent, e.g. "80" */
  readonly planShare?: string;
  readonly planForwarded?: string;
  readonly planProducts?: string;
}

export interface MemberSpec {
  readonly fullName: string;
  readonly role: RoleId;
  readonly title?: string;
  readonly organisation?: string;
  readonly phone?: string;
  /** pick the person from the directory (searched by `search`, default the full name) instead of creating them */
  readonly existing?: boolean;
  readonly search?: string;
}

export interface ProductSpec {
  readonly name: string;
  readonly sheetNo: number;
  /** what to type in the product-set search (diacritics optional); default the sheet number */
  readonly sheetSearch?: string;
  readonly producerName: string;
  readonly code?: string;
  readonly producerAddress?: string;
  readonly producerPhone?: string;
  readonly producerCommune?: string;
  readonly kind?: KindId;
  /** ISO date of the meeting day the product is evaluated on (one of the round's) */
  readonly meetingDate?: string;
}

const POLICY_LABELS = { majority: /^Đa số/, all: /^Tất cả thành viên/, average: /^Điểm trung bình/ } as const;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "2026-12-05" → "05/12/2026", as the app shows dates in Vietnamese. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/**
 * Closes the notifications that stay until closed (e.g. the browser's refusal of persistent
 * storage in a test profile): they sit over the bottom-right corner where buttons may be.
 */
export async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('region', { name: 'Thông báo' }).getByRole('button', { name: 'Đóng' });
  // Success notices fade by themselves: one may vanish between the count and the click, so
  // each click is short and may miss; the loop is bounded (at most 5 notices are shown).
  for (let i = 0; i < 6 && (await close.count()) > 0; i++) {
    await close
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined);
  }
}

export async function gotoScreen(
  page: Page,
  label: 'Đợt đánh giá' | 'Hội đồng' | 'Sản phẩm' | 'Chấm điểm' | 'Kết quả' | 'Biên bản' | 'Cài đặt',
): Promise<void> {
  await nav(page).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: label, exact: true })).toBeVisible();
  await dismissToasts(page);
}

/** Fills the round form (create or edit dialog) with whatever the spec gives. */
export async function fillRoundForm(dialog: Locator, spec: Partial<RoundSpec>): Promise<void> {
  if (spec.name !== undefined) await dialog.getByLabel('Tên đợt đánh giá').fill(spec.name);
  if (spec.level !== undefined)
    await dialog
      .getByLabel('Cấp hội đồng')
      .selectOption({ label: spec.level === 'central' ? 'Cấp trung ương' : 'Cấp tỉnh' });
  if (spec.province !== undefined) await dialog.getByLabel('Tỉnh, thành phố').fill(spec.province);
  if (spec.venue !== undefined) await dialog.getByLabel('Địa điểm họp').fill(spec.venue);
  if (spec.decision !== undefined) {
    await dialog.getByLabel('Số quyết định').fill(spec.decision.number);
    await dialog.getByLabel('Ngày ký quyết định').fill(spec.decision.date);
    await dialog.getByLabel('Người ký quyết định').fill(spec.decision.signer);
  }
  if (spec.meetingDates !== undefined) {
    for (const [index, date] of spec.meetingDates.entries()) {
      const field = dialog.getByLabel(`Ngày họp thứ ${index + 1}`, { exact: true });
      if ((await field.count()) === 0) await dialog.getByRole('button', { name: 'Thêm ngày họp' }).click();
      await field.fill(date);
    }
  }
  if (spec.spreadLimit !== undefined)
    await dialog.getByLabel('Giới hạn chênh lệch điểm (điểm)').fill(spec.spreadLimit);
  if (spec.minimumPolicy !== undefined)
    await dialog.getByRole('radio', { name: POLICY_LABELS[spec.minimumPolicy] }).check();
  if (spec.quorum !== undefined) await dialog.getByLabel('Túc số', { exact: false }).fill(spec.quorum);
  if (spec.chairRequired !== undefined)
    await dialog.getByLabel('Bắt buộc có Chủ tịch', { exact: false }).setChecked(spec.chairRequired);
  if (spec.displayDecimals !== undefined)
    await dialog.getByLabel('Số chữ số thập phân', { exact: false }).fill(spec.displayDecimals);
  if (spec.planShare !== undefined)
    await dialog.getByLabel('Tỷ lệ sản phẩm đạt từ 3 sao trở lên (%)').fill(spec.planShare);
  if (spec.planForwarded !== undefined)
    await dialog.getByLabel('Số sản phẩm đề nghị đánh giá 5 sao').fill(spec.planForwarded);
  if (spec.planProducts !== undefined)
    await dialog.getByLabel('Số sản phẩm theo kế hoạch').fill(spec.planProducts);
}

/**
 * Creates a round from the Rounds screen; it becomes the current round (its name is in the
 * "Đợt đang làm việc: …" heading when this returns).
 */
export async function createRoundViaUi(page: Page, spec: RoundSpec): Promise<void> {
  await gotoScreen(page, 'Đợt đánh giá');
  await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo đợt đánh giá' });
  await fillRoundForm(dialog, spec);
  await dialog.getByRole('button', { name: 'Tạo đợt' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('heading', { level: 2, name: `Đợt đang làm việc: ${spec.name}` }),
  ).toBeVisible();
}

/** Makes an existing round the current one by clicking its name in the list. */
export async function openRoundViaUi(page: Page, name: string): Promise<void> {
  await gotoScreen(page, 'Đợt đánh giá');
  await page.getByRole('button', { name: `Mở ${name}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Đợt đang làm việc: ${name}` })).toBeVisible();
}

/** Adds a person to a directory from the Council screen's directory section. */
export async function addPersonToDirectoryViaUi(
  page: Page,
  person: Omit<MemberSpec, 'role' | 'existing' | 'search'>,
): Promise<void> {
  await gotoScreen(page, 'Hội đồng');
  await page.getByRole('button', { name: 'Thêm người', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào danh bạ' });
  await fillPerson(dialog, person);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('table', { name: 'Danh bạ' })
      .getByRole('rowheader', { name: person.fullName, exact: true }),
  ).toBeVisible();
}

async function fillPerson(
  scope: Locator,
  person: Omit<MemberSpec, 'role' | 'existing' | 'search'>,
): Promise<void> {
  await scope.getByLabel('Họ và tên').fill(person.fullName);
  if (person.title !== undefined) await scope.getByLabel('Chức vụ').fill(person.title);
  if (person.organisation !== undefined) await scope.getByLabel('Cơ quan').fill(person.organisation);
  if (person.phone !== undefined) await scope.getByLabel('Số điện thoại').fill(person.phone);
}

/** Seats a person in the current round's council with a role (new person inline, or picked from the directory). */
export async function addMemberViaUi(page: Page, spec: MemberSpec): Promise<void> {
  await gotoScreen(page, 'Hội đồng');
  await page.getByRole('button', { name: 'Thêm thành viên', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm thành viên hội đồng' });
  if (spec.existing === true) {
    await dialog.getByLabel('Tìm theo tên, chức vụ, cơ quan').fill(spec.search ?? spec.fullName);
    await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(spec.fullName)}`) }).check();
  } else {
    await dialog.getByRole('radio', { name: 'Người mới (chưa có trong danh bạ)' }).check();
    await fillPerson(dialog, spec);
  }
  await dialog.getByLabel('Vai trò trong hội đồng').selectOption({ label: ROLE_LABELS[spec.role] });
  await dialog.getByRole('button', { name: 'Thêm vào hội đồng' }).click();
  await expect(dialog).toBeHidden();
  const members = page.getByRole('table', { name: 'Danh sách thành viên hội đồng' });
  await expect(members.getByRole('rowheader', { name: spec.fullName, exact: true })).toBeVisible();
  await expect(members.getByLabel(`Vai trò của ${spec.fullName}`)).toHaveValue(spec.role);
}

export type AttendanceId = 'present' | 'absent' | 'excused';

/** The attendance mark of a member on one meeting day (Council screen). */
export function attendanceOf(page: Page, fullName: string, date: string): Locator {
  return page.getByRole('combobox', { name: `Điểm danh ${fullName} ngày ${viDate(date)}` });
}

/**
 * Marks a member present, absent or excused on one meeting day (Council screen). Attendance
 * is confirmed, not assumed (OCOP-RULES §4 item 7): `present: false` marks "absent".
 */
export async function setAttendanceViaUi(
  page: Page,
  spec: { readonly fullName: string; readonly date: string; readonly present: boolean | AttendanceId },
): Promise<void> {
  const status: AttendanceId =
    spec.present === true ? 'present' : spec.present === false ? 'absent' : spec.present;
  const select = attendanceOf(page, spec.fullName, spec.date);
  await select.selectOption(status);
  await expect(select).toHaveValue(status);
}

/** Marks every member not marked yet present on every meeting day (Council screen). */
export async function markRestPresentViaUi(page: Page): Promise<void> {
  await gotoScreen(page, 'Hội đồng');
  const buttons = page.getByRole('button', { name: /^Đánh dấu \d+ thành viên còn lại có mặt ngày / });
  for (let n = await buttons.count(); n > 0; n = await buttons.count()) {
    await buttons.first().click();
    await expect(buttons).toHaveCount(n - 1);
  }
}

/** The quorum box of one meeting day (Council screen). */
export function quorumOfDay(page: Page, date: string): Locator {
  return page.getByRole('region', { name: `Ngày họp ${viDate(date)}` });
}

/** Fills the product dialog (create or edit) with whatever the spec gives. */
export async function fillProductForm(dialog: Locator, spec: Partial<ProductSpec>): Promise<void> {
  if (spec.name !== undefined) await dialog.getByLabel('Tên sản phẩm', { exact: true }).fill(spec.name);
  if (spec.code !== undefined) await dialog.getByLabel('Mã số sản phẩm').fill(spec.code);
  if (spec.kind !== undefined)
    await dialog.getByRole('radio', { name: KIND_LABELS[spec.kind], exact: true }).check();
  if (spec.sheetNo !== undefined) {
    await dialog.getByLabel('Tìm bộ sản phẩm').fill(spec.sheetSearch ?? String(spec.sheetNo));
    await dialog.getByRole('radio', { name: new RegExp(`^Phiếu ${spec.sheetNo}:`) }).check();
  }
  if (spec.producerName !== undefined) await dialog.getByLabel('Tên chủ thể').fill(spec.producerName);
  if (spec.producerAddress !== undefined) await dialog.getByLabel('Địa chỉ').fill(spec.producerAddress);
  if (spec.producerPhone !== undefined) await dialog.getByLabel('Số điện thoại').fill(spec.producerPhone);
  if (spec.producerCommune !== undefined) await dialog.getByLabel('Xã, phường').fill(spec.producerCommune);
  if (spec.meetingDate !== undefined)
    await dialog.getByLabel('Ngày họp đánh giá sản phẩm').selectOption({ label: viDate(spec.meetingDate) });
}

/** Adds a product to the current round (Products screen) and waits for its row. */
export async function addProductViaUi(page: Page, spec: ProductSpec): Promise<void> {
  await gotoScreen(page, 'Sản phẩm');
  await page.getByRole('button', { name: 'Thêm sản phẩm', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm sản phẩm' });
  await fillProductForm(dialog, spec);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('table', { name: 'Danh sách sản phẩm của đợt' })
      .getByRole('rowheader', { name: spec.name, exact: true }),
  ).toBeVisible();
}

/** Starts scoring of the current round from the Rounds screen. */
export async function startScoringViaUi(page: Page): Promise<void> {
  await gotoScreen(page, 'Đợt đánh giá');
  await page.getByRole('button', { name: 'Bắt đầu chấm điểm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã bắt đầu chấm điểm' })).toBeVisible();
}

/** A whole round in one call: the round, its council (in order), absences, its products. */
export async function buildRoundViaUi(
  page: Page,
  spec: {
    readonly round: RoundSpec;
    readonly members: readonly MemberSpec[];
    readonly absences?: readonly { readonly fullName: string; readonly date: string }[];
    readonly products: readonly ProductSpec[];
  },
): Promise<void> {
  await createRoundViaUi(page, spec.round);
  for (const member of spec.members) await addMemberViaUi(page, member);
  for (const absence of spec.absences ?? []) await setAttendanceViaUi(page, { ...absence, present: false });
  // Attendance is confirmed, not assumed: everyone not marked absent is marked present.
  await markRestPresentViaUi(page);
  for (const product of spec.products) await addProductViaUi(page, product);
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Per worker process: the app's storage (IndexedDB, localStorage, the session cookie) by state key. */
const builtStates = new Map<string, StorageState>();

/** Extra time for the test that builds a state through the UI (the others skip the building). */
export const BUILD_EXTRA_MS = 60_000;

/**
 * Starts a test from the app state `key` (issue 14: the test gate's time).
 *
 * The first test of a worker that asks for `key` builds it through the UI with `build` — so the
 * real path stays tested, once per worker — with BUILD_EXTRA_MS more time, and the worker keeps
 * the context's storage (IndexedDB included) in memory. Every later test's context is fresh
 * (Playwright makes one per test); before its page first loads the app, that storage is set on
 * it (`setStorageState` writes the IndexedDB records back in the app's origin) and the page
 * opens '/'. A test that checks the building itself must not use this.
 */
export async function startFrom(
  page: Page,
  key: string,
  build: (page: Page) => Promise<void>,
): Promise<void> {
  const saved = builtStates.get(key);
  if (saved === undefined) {
    const info = test.info();
    info.setTimeout(info.timeout + BUILD_EXTRA_MS);
    await build(page);
    builtStates.set(key, await page.context().storageState({ indexedDB: true }));
    return;
  }
  await page.context().setStorageState(saved);
  await page.goto('/');
  await expect(nav(page)).toBeVisible();
}

/** Seven council members as a province would seat them (one chair, one secretary). */
export const SEVEN_MEMBERS: readonly MemberSpec[] = [
  {
    fullName: 'Nguyễn Văn An',
    role: 'chair',
    title: 'Phó Chủ tịch UBND tỉnh',
    organisation: 'UBND tỉnh Quảng Nam',
    phone: '0912 345 678',
  },
  {
    fullName: 'Trần Thị Bình',
    role: 'vice-chair',
    title: 'Giám đốc Sở',
    organisation: 'Sở Nông nghiệp và Môi trường',
  },
  {
    fullName: 'Lê Văn Cường',
    role: 'secretary',
    title: 'Chánh Văn phòng',
    organisation: 'Văn phòng Điều phối nông thôn mới',
  },
  { fullName: 'Phạm Thị Dung', role: 'member', organisation: 'Sở Công Thương' },
  { fullName: 'Hoàng Văn Em', role: 'member', organisation: 'Sở Y tế' },
  { fullName: 'Võ Thị Phương', role: 'member', organisation: 'Sở Khoa học và Công nghệ' },
  { fullName: 'Đặng Văn Giang', role: 'member', organisation: 'Sở Văn hóa, Thể thao và Du lịch' },
];

/** Three products on sheets 1, 13 and 26, found by typing without diacritics. */
export const THREE_PRODUCTS: readonly ProductSpec[] = [
  {
    name: 'Rau cải ngọt hữu cơ',
    sheetNo: 1,
    sheetSearch: 'rau cu qua',
    code: '49-20125-001-2026',
    producerName: 'HTX Rau sạch Tiên Phước',
    producerAddress: 'Thôn 2, xã Tiên Phước',
    producerPhone: '0235 3881 234',
    producerCommune: 'Tiên Phước',
    kind: 'first',
  },
  {
    name: 'Cà phê bột Đắk Hà',
    sheetNo: 13,
    sheetSearch: 'ca phe',
    code: '49-20200-002-2026',
    producerName: 'Công ty TNHH Cà phê Núi Thành',
    producerCommune: 'Núi Thành',
    kind: 'upgrade',
  },
  {
    name: 'Du lịch cộng đồng làng Bích Họa',
    sheetNo: 26,
    sheetSearch: 'du lich cong dong',
    code: '49-20311-003-2026',
    producerName: 'Tổ hợp tác du lịch Tam Thanh',
    producerCommune: 'Tam Thanh',
    kind: 're-evaluation',
  },
];
