import { describe, expect, it } from 'vitest';
import { argumentSchemas } from '../../../../electron/ipc/schemas';

const bytes = new Uint8Array([1, 2, 3]);
const ref = { folder: 'backups', name: 'Sao lưu.json' };

/** Every method with arguments that must pass, and hostile ones that must not. */
const cases = {
  appInfo: { good: [[]], bad: [[1], ['x'], null, undefined, {}, 'appInfo'] },
  setLanguage: {
    good: [['vi'], ['en']],
    bad: [[], ['fr'], ['VI'], [null], [1], [['vi']], ['vi', 'extra'], 'vi', [{ toString: () => 'vi' }]],
  },
  openExternal: {
    good: [['https://ocop.gov.vn'], ['javascript:alert(1)'] /* shape only: the URL guard refuses it */],
    bad: [
      [],
      [''],
      [42],
      [null],
      [`https://x.vn/${'a'.repeat(5000)}`],
      [{ href: 'https://x.vn' }],
      ['https://x.vn', 'y'],
    ],
  },
  writeDataFile: {
    good: [
      [ref, bytes],
      [{ folder: 'signed', name: 'Biên bản.pdf' }, new Uint8Array(0)],
    ],
    bad: [
      [ref],
      [ref, [1, 2, 3]],
      [ref, 'AQID'],
      [ref, { 0: 1, length: 1 }],
      [ref, new ArrayBuffer(3)],
      [{ folder: 'backups', name: '../../.bashrc' }, bytes],
      [{ folder: 'backups', name: '/etc/passwd' }, bytes],
      [{ folder: 'backups', name: 'C:\\Windows\\x' }, bytes],
      [{ folder: 'backups', name: 'a\u0000.json' }, bytes],
      [{ folder: 'backups', name: 'CON' }, bytes],
      [{ folder: 'backups', name: 'nul.txt' }, bytes],
      [{ folder: 'backups', name: 'x.' }, bytes],
      [{ folder: 'backups', name: 'x ' }, bytes],
      [{ folder: 'backups', name: 'x'.repeat(201) }, bytes],
      [{ folder: 'backups', name: 'x'.repeat(5_000_000) }, bytes],
      [{ folder: 'backups', name: 12 }, bytes],
      [{ folder: '..', name: 'x.json' }, bytes],
      [{ folder: 'settings', name: 'x.json' }, bytes],
      [{ folder: 'backups' }, bytes],
      [{ folder: 'backups', name: 'x.json', extra: true }, bytes],
      [null, bytes],
      ['backups/x.json', bytes],
    ],
  },
  writeDataFiles: {
    good: [
      [[]],
      [
        [
          { file: ref, bytes },
          { file: { folder: 'signed', name: 'Biên bản.pdf' }, bytes: new Uint8Array(0) },
        ],
      ],
    ],
    bad: [
      [],
      [ref, bytes],
      [[{ file: ref }]],
      [[{ file: ref, bytes: [1, 2, 3] }]],
      [[{ file: { folder: 'backups', name: '../../.bashrc' }, bytes }]],
      [[{ file: ref, bytes, extra: true }]],
      [[{ file: ref, bytes }], [{ file: ref, bytes }]],
      [Array.from({ length: 501 }, () => ({ file: ref, bytes }))],
      [{ file: ref, bytes }],
    ],
  },
  readDataFile: {
    good: [[ref]],
    bad: [[], [{ folder: 'backups', name: '..' }], [ref, ref], [{ ...ref, folder: 'BACKUPS' }]],
  },
  listDataFiles: {
    good: [['backups'], ['signed'], ['exports']],
    bad: [[], ['..'], ['/'], ['backups/..'], [null]],
  },
  removeDataFile: {
    good: [[ref]],
    bad: [[{ folder: 'backups', name: '.' }], [{ folder: 'backups', name: '../x' }]],
  },
  saveFileDialog: {
    good: [
      [{ suggestedName: 'Biên bản.pdf', bytes, mime: 'application/pdf' }],
      [
        {
          suggestedName: 'x.pdf',
          bytes,
          mime: 'application/pdf',
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        },
      ],
    ],
    bad: [
      [{ suggestedName: '../x.pdf', bytes, mime: 'application/pdf' }],
      [{ suggestedName: 'x.pdf', bytes: 'x', mime: 'application/pdf' }],
      [{ suggestedName: 'x.pdf', bytes, mime: 'not a mime' }],
      [
        {
          suggestedName: 'x.pdf',
          bytes,
          mime: 'application/pdf',
          filters: [{ name: 'PDF', extensions: ['.pdf'] }],
        },
      ],
      [
        {
          suggestedName: 'x.pdf',
          bytes,
          mime: 'application/pdf',
          filters: [{ name: 'PDF', extensions: ['pdf;rm -rf'] }],
        },
      ],
      [{ suggestedName: 'x.pdf', bytes, mime: 'application/pdf', defaultPath: '/etc' }],
    ],
  },
  openFileDialog: {
    good: [[{}], [{ multiple: true, filters: [{ name: 'JSON', extensions: ['json'] }] }]],
    bad: [[], [{ multiple: 'yes' }], [{ properties: ['openDirectory'] }], [{ filters: 'json' }]],
  },
  // Hostile cases of the signing channels are in ../ipc-signing.test.ts.
  saveFilesToFolder: {
    good: [[{ files: [{ name: 'Biên bản.pdf', bytes }] }]],
    bad: [[{ files: [] }], [{ files: [{ name: '../x', bytes }] }]],
  },
  signPdf: {
    good: [[{ pdf: bytes, p12: bytes, password: 'x', role: 'chair', reason: 'r', location: 'l' }]],
    bad: [[{ pdf: bytes, p12: bytes, password: 'x', role: 'member', reason: 'r', location: 'l' }]],
  },
  verifyPdf: { good: [[{ pdf: bytes, knownHashes: [] }]], bad: [[{ pdf: bytes }]] },
  chooseTokenLibrary: { good: [[]], bad: [['/usr/lib/x.so']] },
  registerTokenLibrary: {
    good: [
      [{ personId: 'p1', path: '/usr/lib/softhsm/libsofthsm2.so' }],
      [{ personId: 'p1', path: 'C:\\Windows\\System32\\vnpt-ca.dll' }],
    ],
    bad: [
      [{ personId: 'p1', path: '' }],
      [{ personId: 'p1', path: '/x\0.so' }],
      [{ personId: 'p1', path: 'x'.repeat(5000) }],
      [{ path: '/x.so' }],
    ],
  },
  listTokens: { good: [['p1']], bad: [[''], [1], ['x'.repeat(300)]] },
  openTokenSession: {
    good: [[{ personId: 'p1', tokenSerial: '280b2448ee8c3197', certificateId: '01', pin: '1234' }]],
    bad: [
      [{ personId: 'p1', tokenSerial: 's', certificateId: '01', pin: '' }],
      [{ personId: 'p1', tokenSerial: 's', certificateId: 'zz', pin: '1234' }],
      [{ personId: 'p1', tokenSerial: 's', certificateId: '01', pin: 'x'.repeat(300) }],
      [{ personId: 'p1', tokenSerial: 's', certificateId: '01', pin: '1234', remember: true }],
    ],
  },
  signPdfWithToken: {
    good: [
      [
        {
          session: '6f1c2a8e-3b1d-4c55-9a0e-2f4b6d8c0a12',
          pdf: bytes,
          role: 'chair',
          reason: 'r',
          location: 'l',
        },
      ],
    ],
    bad: [
      [{ session: 'not-a-session', pdf: bytes, role: 'chair', reason: 'r', location: 'l' }],
      [
        {
          session: '6f1c2a8e-3b1d-4c55-9a0e-2f4b6d8c0a12',
          pdf: bytes,
          role: 'member',
          reason: 'r',
          location: 'l',
        },
      ],
    ],
  },
  signPdfsWithToken: {
    good: [
      [
        {
          session: '6f1c2a8e-3b1d-4c55-9a0e-2f4b6d8c0a12',
          role: 'secretary',
          reason: 'r',
          location: 'l',
          documents: [{ pdf: bytes }, { pdf: bytes, box: { page: 2, x: 10, y: 20, width: 200, height: 64 } }],
        },
      ],
    ],
    bad: [
      // no document, too many documents, an unknown field in one
      [
        {
          session: '6f1c2a8e-3b1d-4c55-9a0e-2f4b6d8c0a12',
          role: 'chair',
          reason: 'r',
          location: 'l',
          documents: [],
        },
      ],
      [
        {
          session: '6f1c2a8e-3b1d-4c55-9a0e-2f4b6d8c0a12',
          role: 'chair',
          reason: 'r',
          location: 'l',
          documents: Array.from({ length: 65 }, () => ({ pdf: bytes })),
        },
      ],
      [
        {
          session: '6f1c2a8e-3b1d-4c55-9a0e-2f4b6d8c0a12',
          role: 'chair',
          reason: 'r',
          location: 'l',
          documents: [{ pdf: bytes, p12: bytes }],
        },
      ],
    ],
  },
  openCertificateSession: {
    good: [[{ p12: bytes, password: 'mật khẩu' }]],
    bad: [
      [{ p12: 'base64', password: 'x' }],
      [{ p12: bytes, password: 'x', remember: true }],
      [{ p12: new Uint8Array(1024 * 1024 + 1), password: 'x' }],
      [{ p12: bytes, password: 'x'.repeat(100_000) }],
    ],
  },
  closeTokenSession: { good: [['6f1c2a8e-3b1d-4c55-9a0e-2f4b6d8c0a12']], bad: [[''], [42]] },
  listTrustedCertificates: { good: [[]], bad: [['x'], [{}]] },
  importTrustedCertificates: {
    good: [[{ bytes }]],
    bad: [[{ bytes: 'PEM' }], [{ bytes, name: 'x' }], [{ bytes: new Uint8Array(1024 * 1024 + 1) }]],
  },
  removeTrustedCertificate: { good: [['a'.repeat(64)]], bad: [['A'.repeat(64)], ['../x'], [1]] },
  hubCommand: {
    good: [
      [{ kind: 'status' }],
      [
        {
          kind: 'open',
          roundId: 'r1',
          meetingDate: '2026-12-05',
          memberIds: ['m1'],
          bindAddress: '127.0.0.1',
          port: 4781,
        },
      ],
    ],
    bad: [
      [
        {
          kind: 'open',
          roundId: 'r1',
          meetingDate: '2026-12-05',
          memberIds: [],
          bindAddress: 'evil.example',
          port: 4781,
        },
      ],
      [
        {
          kind: 'open',
          roundId: 'r1',
          meetingDate: '2026-12-05',
          memberIds: [],
          bindAddress: '127.0.0.1',
          port: 80,
        },
      ],
      [{ kind: 'explode' }],
    ],
  },
  hubPublish: {
    good: [[{ roundId: 'r1', meetingDate: '2026-12-05', views: [] }]],
    bad: [[{ roundId: 'r1', meetingDate: 'tomorrow', views: [] }]],
  },
  hubTakeOps: { good: [[1000]], bad: [[-1], [3_600_000], ['soon']] },
  hubSettleOps: {
    good: [[[{ batchId: 'b', outcomes: [{ opId: 'o', status: 'applied' }] }]]],
    bad: [[[{ batchId: 'b', outcomes: [{ opId: 'o', status: 'maybe' }] }]]],
  },
} satisfies Record<keyof typeof argumentSchemas, { good: unknown[]; bad: unknown[] }>;

describe('IPC payload schemas', () => {
  for (const [method, { good, bad }] of Object.entries(cases)) {
    const schema = argumentSchemas[method as keyof typeof argumentSchemas];
    it.each(good.map((args) => [args]))(`${method} accepts %j`, (args) => {
      expect(schema.safeParse(args).success).toBe(true);
    });
    it.each(bad.map((args, index) => [index, args]))(
      `${method} refuses hostile input #%i`,
      (_index, args) => {
        expect(schema.safeParse(args).success).toBe(false);
      },
    );
  }

  it('normalises a file name to NFC', () => {
    const parsed = argumentSchemas.readDataFile.parse([
      { folder: 'backups', name: 'Biên bản.pdf'.normalize('NFD') },
    ]);
    expect(parsed[0].name).toBe('Biên bản.pdf');
  });

  it('refuses more than 200 MB without copying it', () => {
    const huge = new Uint8Array(new ArrayBuffer(0), 0, 0);
    Object.defineProperty(huge, 'byteLength', { value: 200 * 1024 * 1024 + 1 });
    expect(argumentSchemas.writeDataFile.safeParse([ref, huge]).success).toBe(false);
  });
});
