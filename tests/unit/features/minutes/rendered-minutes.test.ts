import { beforeEach, describe, expect, it } from 'vitest';
import {
  forgetRenderedMinutes,
  rememberSignatureAreas,
  signatureAreasOf,
} from '../../../../renderer/src/features/minutes/rendered-minutes';

const area = (pageIndex: number) => [
  { role: 'chair' as const, pageIndex, rect: { x: 85, y: 100, width: 170, height: 60 } },
];

describe('the signature boxes remembered by file', () => {
  beforeEach(() => forgetRenderedMinutes());

  it('keeps the 300 newest files: the oldest is forgotten first, one remembered again is new', () => {
    for (let i = 0; i < 300; i += 1) rememberSignatureAreas(`file-${i}`, area(i));
    rememberSignatureAreas('file-0', area(0)); // remembered again: now the newest
    rememberSignatureAreas('file-300', area(300));
    expect(signatureAreasOf('file-0')).toEqual(area(0));
    expect(signatureAreasOf('file-1')).toBeUndefined();
    expect(signatureAreasOf('file-2')).toEqual(area(2));
    expect(signatureAreasOf('file-300')).toEqual(area(300));
  });
});
