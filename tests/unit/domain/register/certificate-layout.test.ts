import { describe, expect, it } from 'vitest';
import {
  certificateLayoutProblems,
  defaultCertificateLayout,
  readCertificateLayout,
} from '../../../../renderer/src/domain/register/certificate-layout';
import { isForwardedResult, isRecognisedResult } from '../../../../renderer/src/domain/register/selection';
import { docWords } from '../../../../renderer/src/documents/words';

const fallback = defaultCertificateLayout('tỉnh Tây Ninh', docWords('vi').t);

describe('the province certificate layout', () => {
  it('defaults to the provincial People’s Committee and its Chairman', () => {
    expect(fallback).toEqual({
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH',
      signerTitle: 'CHỦ TỊCH',
      signerName: '',
      lines: [],
    });
  });

  it('reads a stored layout, trimmed', () => {
    expect(
      readCertificateLayout(
        {
          issuingBody: ' UBND TỈNH X ',
          signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
          signerName: 'Lê Văn A',
          lines: ['Dòng 1'],
        },
        fallback,
      ),
    ).toEqual({
      issuingBody: 'UBND TỈNH X',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: 'Lê Văn A',
      lines: ['Dòng 1'],
    });
  });

  it.each([
    ['nothing stored', undefined],
    ['not an object', 'UBND'],
    ['null', null],
    ['wrong types', { issuingBody: 5, signerTitle: [], signerName: {}, lines: 'x' }],
    ['blank required fields', { issuingBody: '  ', signerTitle: '' }],
    ['too long', { issuingBody: 'x'.repeat(121), lines: ['a', 'b', 'c', 'd'] }],
  ])('a damaged setting (%s) falls back field by field: certificates still print', (_why, stored) => {
    expect(readCertificateLayout(stored, fallback)).toEqual(fallback);
  });

  it('the form refuses a blank body or title, a long name, more than three lines', () => {
    expect(certificateLayoutProblems(fallback)).toEqual([]);
    expect(
      certificateLayoutProblems({
        issuingBody: ' ',
        signerTitle: '',
        signerName: 'x'.repeat(81),
        lines: ['1', '2', '3', '4'],
      }),
    ).toEqual(['issuingBody', 'signerTitle', 'signerName', 'lines']);
    expect(certificateLayoutProblems({ ...fallback, lines: ['x'.repeat(121)] })).toEqual(['lines']);
  });
});

describe('which results the decision lists and which go to the Ministry', () => {
  it.each([
    ['recognise', 4, true, false],
    ['recognise', 3, true, false],
    ['recognise-5-star', 5, true, false],
    ['forward-5-star', 5, false, true],
    ['not-recognised', 2, false, false],
    ['disqualified', null, false, false],
    ['return-to-province', 4, false, false],
    ['pending', null, false, false],
  ] as const)('%s at %s stars → listed %s, forwarded %s', (outcome, stars, listed, forwarded) => {
    expect(isRecognisedResult(outcome, stars)).toBe(listed);
    expect(isForwardedResult(outcome)).toBe(forwarded);
  });
});
