import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../../renderer/src/i18n/problems';
import type { ProductRow, ProductStateRow, SheetRow } from '../../../../renderer/src/db';
import {
  emptyProductDraft,
  validateProductDraft,
} from '../../../../renderer/src/features/products/productFormModel';
import { productStatus } from '../../../../renderer/src/features/products/productStatus';
import { filterSheets, type SheetChoice } from '../../../../renderer/src/features/products/useSheetChoices';

const draft = {
  ...emptyProductDraft,
  name: ' Cà phê bột ',
  sheetNo: 13,
  producerName: 'HTX Cà phê',
  code: ' 49 – 20200 - 002 - 2026 ',
};

describe('the product form', () => {
  it('normalises a valid code and builds the product', () => {
    expect(validateProductDraft(draft, 2027)).toEqual({
      ok: true,
      value: {
        name: 'Cà phê bột',
        code: '49-20200-002-2026',
        sheetNo: 13,
        producer: { name: 'HTX Cà phê', address: '', phone: '', commune: '' },
        kind: 'first',
      },
    });
  });

  it('keeps the meeting day the product is evaluated on, when one is chosen', () => {
    const result = validateProductDraft({ ...draft, meetingDate: '2026-12-06' }, 2027);
    expect(result.ok && result.value.meetingDate).toBe('2026-12-06');
  });

  it('an empty code is allowed (the commune has not assigned one yet)', () => {
    const result = validateProductDraft({ ...draft, code: '' }, 2027);
    expect(result.ok && result.value.code).toBe('');
  });

  it('lists every problem of a wrong code, in both languages, from the domain', () => {
    const result = validateProductDraft({ ...draft, code: '4-2012-0-26' }, 2027);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.code.map((p) => p.path)).toEqual(['province', 'commune', 'number', 'year']);
    const [first] = result.errors.code;
    if (first === undefined) throw new Error('no problem');
    expect(problemMessage(first, 'vi')).toBe('Mã tỉnh "4" phải gồm 2 chữ số.');
    expect(problemMessage(first, 'en')).toBe('Province code "4" must be 2 digits.');
  });

  it('a year beyond next year is refused (the same bound as the repository)', () => {
    const result = validateProductDraft({ ...draft, code: '49-20200-002-2029' }, 2027);
    expect(!result.ok && result.errors.code.map((p) => p.path)).toEqual(['year']);
  });

  it('names each missing field', () => {
    expect(validateProductDraft({ ...emptyProductDraft, producerPhone: 'x' }, 2027)).toEqual({
      ok: false,
      errors: {
        fields: {
          name: 'invalid.required',
          sheetNo: 'invalid.sheet',
          producerName: 'invalid.required',
          producerPhone: 'invalid.phone',
        },
        code: [],
      },
    });
  });
});

const choices: SheetChoice[] = [
  {
    sheetNo: 1,
    name: 'Rau, củ, quả, hạt tươi',
    productTypes: ['Sản phẩm thực phẩm'],
    codeExplanation: undefined,
  },
  {
    sheetNo: 13,
    name: 'Sản phẩm cà phê, ca cao',
    productTypes: ['Nhóm: Cà phê, ca cao'],
    codeExplanation: undefined,
  },
  { sheetNo: 14, name: 'Rượu trắng', productTypes: ['Nhóm: Đồ uống có cồn'], codeExplanation: undefined },
  {
    sheetNo: 26,
    name: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    productTypes: [],
    codeExplanation: undefined,
  },
];

describe('finding a product set', () => {
  it.each([
    ['ca phe', [13]],
    ['CA PHE', [13]],
    ['cà phê', [13]],
    ['du lich cong dong', [26]],
    ['do uong', [14]],
    ['1', [1, 13, 14]],
    ['26', [26]],
    ['', [1, 13, 14, 26]],
    ['bia', []],
  ])('%j finds sheets %j', (query, expected) => {
    expect(filterSheets(choices, query).map((c) => c.sheetNo)).toEqual(expected);
  });
});

describe('a product status in words', () => {
  const product = { disqualification: null } as const satisfies Pick<ProductRow, 'disqualification'>;
  const state: ProductStateRow = {
    productId: 'p',
    roundId: 'r',
    currentPass: 1,
    sealed: true,
    unsealedAt: [],
    rescoredAt: [],
    closed: null,
  };
  const row = (p: Partial<ProductRow>): ProductRow => ({ ...(product as unknown as ProductRow), ...p });
  const answered = (pass: number, answers: SheetRow['answers'] = { '1.1': 1 }): SheetRow => ({
    id: 's',
    roundId: 'r',
    productId: 'p',
    memberId: 'm',
    pass,
    answers,
    caseChoice: {},
    opinion: '',
    status: 'draft',
    updatedAt: 't',
  });
  it.each([
    ['not scored yet: no sheet', row({ id: 'p' }), undefined, [], { key: 'productStatus.notScored' }],
    [
      'not scored yet: a sheet opened but nothing answered',
      row({ id: 'p' }),
      state,
      [answered(1, {})],
      { key: 'productStatus.notScored' },
    ],
    [
      'sealed, pass 1, a member answered',
      row({ id: 'p' }),
      state,
      [answered(1)],
      { key: 'productStatus.inEvaluation' },
    ],
    [
      'another product answered does not count',
      row({ id: 'q' }),
      state,
      [answered(1)],
      { key: 'productStatus.notScored' },
    ],
  ])('%s', (_name, p, s, sheets, expected) => {
    expect(productStatus(p, s, sheets)).toEqual(expected);
  });
  it.each([
    ['unsealed', row({}), { ...state, sealed: false, unsealedAt: ['t'] }, { key: 'productStatus.unsealed' }],
    [
      're-scoring',
      row({}),
      { ...state, currentPass: 2, unsealedAt: ['t'], rescoredAt: ['t'] },
      { key: 'productStatus.rescoring', pass: 2 },
    ],
    ['closed', row({}), { ...state, sealed: false, closed: { at: 't' } }, { key: 'productStatus.closed' }],
    [
      'disqualified wins',
      row({ disqualification: { reason: 'Giả mạo hồ sơ' } }),
      { ...state, closed: { at: 't' } },
      { key: 'productStatus.disqualified' },
    ],
  ])('%s', (_name, p, s, expected) => {
    expect(productStatus(p, s, [answered(1), answered(2)])).toEqual(expected);
  });
});
