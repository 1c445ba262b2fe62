import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionWords, actorWords, entityWords } from '../../../../renderer/src/features/audit/audit-words';
import { catalog } from '../../../../renderer/src/i18n/catalog';
import { translate } from '../../../../renderer/src/i18n/translate';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('vi', key, params);
const dbSrc = fileURLToPath(new URL('../../../../renderer/src/db', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the audit trail in words', () => {
  it('says what happened and to what, not the stored codes', () => {
    expect(actionWords(t, 'sheet.answer')).toBe('Chọn phương án trên phiếu');
    expect(entityWords(t, 'productStates')).toBe('Tình trạng sản phẩm');
    expect(actionWords(t, 'some.future-action')).toBe('some.future-action');
  });

  it('every action and store the repositories record has its words', () => {
    const text = sources(dbSrc)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const actions = [...text.matchAll(/action: '([a-z][\w.-]+)'/g)].map((m) => m[1] ?? '');
    const entities = [...text.matchAll(/entity: '([a-zA-Z]+)'/g)].map((m) => m[1] ?? '');
    expect(actions.length).toBeGreaterThan(20);
    const missing = [
      ...actions.map((a) => `audit.action.${a}`),
      ...entities.map((e) => `audit.entity.${e}`),
    ].filter((key) => !Object.hasOwn(catalog, key));
    expect([...new Set(missing)]).toEqual([]);
  });

  it("a member's sheet is named for the member, not for the secretary's laptop that recorded it", () => {
    const names = new Map([['m-1', 'Nguyễn Văn An']]);
    const answer = {
      actor: 'secretary',
      entity: 'sheets',
      before: null,
      after: { memberId: 'm-1' },
    } as const;
    expect(actorWords(t, answer, names)).toBe('Nguyễn Văn An (phiếu của thành viên, nhập trên máy thư ký)');
    // through the meeting hub or a returned scoring pack the member entered it on their own device
    const viaHub = {
      ...answer,
      actor: 'm-1',
      via: { kind: 'hub', deviceId: 'd', deviceLabel: 'Android' },
    } as const;
    expect(actorWords(t, viaHub, names)).toBe('Nguyễn Văn An (thành viên, nhập trên thiết bị của mình)');
    const viaPack = { ...answer, actor: 'm-1', via: { kind: 'pack', fileSha256: 'ab'.repeat(32) } } as const;
    expect(actorWords(t, viaPack, names)).toBe('Nguyễn Văn An (thành viên, nhập trên thiết bị của mình)');
    expect(actorWords(t, { actor: 'secretary', entity: 'products', before: null, after: {} }, names)).toBe(
      'Thư ký',
    );
  });
});
