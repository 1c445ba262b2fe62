import { describe, expect, it } from 'vitest';
import {
  isPlausiblePhone,
  validatePersonDraft,
} from '../../../../renderer/src/features/council/personFormModel';

describe('phone numbers as people write them', () => {
  it.each(['0912 345 678', '0912.345.678', '+84 912 345 678', '(0236) 3822 123', '02363822123'])(
    'accepts %s',
    (phone) => {
      expect(isPlausiblePhone(phone)).toBe(true);
    },
  );
  it.each(['09ab', '1234567', '0912 345 678 901 234 5', 'gọi sau', '+84+912345678'])(
    'refuses %s',
    (phone) => {
      expect(isPlausiblePhone(phone)).toBe(false);
    },
  );
});

describe('the person form', () => {
  it('needs a full name; phone optional but plausible; values trimmed', () => {
    expect(validatePersonDraft({ fullName: ' ', title: '', organisation: '', phone: 'abc' })).toEqual({
      ok: false,
      errors: { fullName: 'invalid.required', phone: 'invalid.phone' },
    });
    expect(
      validatePersonDraft({
        fullName: ' Nguyễn Văn An ',
        title: ' Giám đốc ',
        organisation: 'Sở Y tế',
        phone: '',
      }),
    ).toEqual({
      ok: true,
      value: { fullName: 'Nguyễn Văn An', title: 'Giám đốc', organisation: 'Sở Y tế', phone: '' },
    });
  });
});
