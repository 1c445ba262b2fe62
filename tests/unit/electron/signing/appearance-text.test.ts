import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSigningIdentity, type SigningIdentity } from '../../../../electron/services/signing/identity';
import { signPdf } from '../../../../electron/services/signing/sign-pdf';
import { SIGNED_AT } from './helpers/fixtures';
import { handMadePdf } from './helpers/hand-made-pdf';
import { pdftotext } from './helpers/poppler';
import { makeTestPki, type TestPki } from './helpers/test-pki';

/**
 * Signature boxes must copy and search exactly (issue 10): `pdftotext` on a minutes signed by
 * "Trần Quốc Bảo" after another box had been drawn gave "Ký bởi: Trần Quốc Bả", because a glyph
 * fontkit had first met inside a composite carried no Unicode mapping in the second box's font.
 */

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const; // huyền sắc hỏi ngã nặng
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
const FAMILIES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLES = ['Văn', 'Thị', 'Quốc', 'Đức', 'Minh', 'Hữu', 'Thanh', 'Ngọc'];
const REAL_NAMES = [
  'Trần Quốc Bảo',
  'Nguyễn Thị Hường',
  'Nguyễn Thị Hương',
  'Lê Văn Đạt',
  'Phạm Ngọc Ánh',
  'Hoàng Thị Thuỷ',
  'Huỳnh Tấn Phát',
  'Võ Thị Sáu',
  'Đặng Thùy Trâm',
  'Bùi Xuân Phái',
  'Đỗ Mười',
  'Hồ Xuân Hương',
  'Ngô Bảo Châu',
  'Dương Thu Hương',
  'Lý Thường Kiệt',
  'Trịnh Công Sơn',
  'Phan Bội Châu',
  'Vũ Trọng Phụng',
  'Nguyễn Du',
  'Tô Hoài',
  'Xuân Diệu',
  'Lưu Quang Vũ',
  'Nguyễn Ái Quốc',
  'Đinh Bộ Lĩnh',
  'Lê Lợi',
  'Trưng Trắc',
  'Nguyễn Thị Định',
  'Mạc Đĩnh Chi',
  'Chu Văn An',
  'Đoàn Thị Điểm',
];

function title(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/** Every tone mark on every vowel, in title case and in capitals; đ/Đ; real names in lower case too. */
function vietnameseNames(): string[] {
  const names: string[] = [];
  let i = 0;
  for (const vowel of VOWELS) {
    for (const tone of TONES) {
      const letter = `${vowel}${tone}`.normalize('NFC');
      const name = `${FAMILIES[i % FAMILIES.length]} ${MIDDLES[i % MIDDLES.length]} ${title(`đ${letter}n`)} ${title(letter)}`;
      names.push(name, name.toLocaleUpperCase('vi'));
      i += 1;
    }
  }
  for (const name of REAL_NAMES) names.push(name, name.toLocaleLowerCase('vi'));
  return names;
}

let pki: TestPki;
let identity: SigningIdentity;

beforeAll(() => {
  pki = makeTestPki();
  identity = readSigningIdentity(pki.issueP12({ commonName: 'Người ký thử', password: 'x' }), 'x', SIGNED_AT);
});
afterAll(() => pki.dispose());

describe('the signature box copies exactly', () => {
  const names = vietnameseNames();

  test('the list covers what the issue asks', () => {
    expect(names.length).toBeGreaterThanOrEqual(200);
    const all = names.join(' ');
    for (const vowel of VOWELS) {
      for (const tone of TONES) {
        const letter = `${vowel}${tone}`.normalize('NFC');
        expect(all).toContain(letter);
        expect(all).toContain(letter.toLocaleUpperCase('vi'));
      }
    }
    expect(all).toContain('đ');
    expect(all).toContain('Đ');
  });

  test('every name, signed twice in a row by two different names, comes back from pdftotext', () => {
    const base = handMadePdf({ xrefStream: false });
    const wrong: string[] = [];
    for (let i = 0; i < names.length; i += 2) {
      const first = names[i] ?? '';
      const second = names[(i + 1) % names.length] ?? '';
      const once = signPdf({
        pdf: base,
        identity: { ...identity, commonName: first },
        role: 'Chủ tịch Hội đồng',
        reason: 'Ký biên bản',
        location: 'Đà Lạt',
        signingTime: SIGNED_AT,
      });
      const twice = signPdf({
        pdf: once.bytes,
        identity: { ...identity, commonName: second },
        role: 'Thư ký',
        reason: 'Ký biên bản',
        location: 'Đà Lạt',
        signingTime: SIGNED_AT,
        rect: { x: 56, y: 56, width: 200, height: 64 },
      });
      const text = pdftotext(twice.bytes).normalize('NFC');
      for (const name of [first, second]) {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (!new RegExp(`Ký bởi: ${escaped}(\\s|$)`, 'u').test(text)) wrong.push(`${name} ⇒ ${text}`);
      }
      for (const fixed of ['Chủ tịch Hội đồng', 'Thư ký']) if (!text.includes(fixed)) wrong.push(fixed);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
