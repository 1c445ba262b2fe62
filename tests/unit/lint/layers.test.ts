import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint and layer rules can fail: the project's own eslint.config.js, given deliberately
 * wrong code at the path where it would live, reports the expected rule. The files do not
 * exist, so the two type-aware rules (which need the file in a tsconfig) are left out here;
 * `npm run lint` runs them on the real tree.
 */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: repoRoot,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
        '@typescript-eslint/no-unused-vars': 'off',
      },
    },
  });
});

async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';

describe('layer rules refuse a wrong import', () => {
  it.each([
    ['domain imports React', 'renderer/src/domain/scoring/x.ts', "import { useState } from 'react';"],
    ['domain imports Dexie', 'renderer/src/domain/x.ts', "import Dexie from 'dexie';"],
    ['domain imports Electron', 'renderer/src/domain/x.ts', "import { app } from 'electron';"],
    [
      'domain calls i18n',
      'renderer/src/domain/documents/x.ts',
      "import { translate } from '../../i18n/translate';",
    ],
    [
      'domain imports the db',
      'renderer/src/domain/council/x.ts',
      "import { openCouncilDb } from '../../db';",
    ],
    [
      'domain imports platform',
      'renderer/src/domain/x.ts',
      "import { getPlatform } from '../platform/platform';",
    ],
    [
      'domain imports the PDF renderer above it',
      'renderer/src/domain/documents/x.ts',
      "import { docWords } from '../../documents/words';",
    ],
    [
      'db imports platform',
      'renderer/src/db/backup/x.ts',
      "import { decodeWire } from '../../platform/wire';",
    ],
    ['db imports React', 'renderer/src/db/x.ts', "import { useMemo } from 'react';"],
    [
      'a feature imports the IPC contract',
      'renderer/src/features/minutes/x.ts',
      "import type { SignerRole } from '../../../../electron/ipc/contract';",
    ],
    [
      'a feature imports the shell',
      'renderer/src/features/rounds/x.tsx',
      "import { AppFrame } from '../../shell/AppFrame';",
    ],
    [
      'the context imports a feature',
      'renderer/src/app/x.ts',
      "import { useDailyBackup } from '../features/backup/useDailyBackup';",
    ],
    ['ui imports the db', 'renderer/src/ui/x.tsx', "import { openCouncilDb } from '../db';"],
    [
      'ui imports a feature',
      'renderer/src/ui/x.tsx',
      "import { KeepLastField } from '../features/backup/KeepLastField';",
    ],
    [
      'electron imports the renderer',
      'electron/services/x.ts',
      "import { scoreSheet } from '../../renderer/src/domain/scoring';",
    ],
    [
      'electron main imports the renderer',
      'electron/x.ts',
      "import { bytesToBase64 } from '../renderer/src/domain/base64';",
    ],
    [
      'domain imports the host beyond electron/shared',
      'renderer/src/domain/x.ts',
      "import { CardRegistry } from '../../../electron/services/hub/cards';",
    ],
    [
      'the db imports the IPC contract',
      'renderer/src/db/repos/x.ts',
      "import type { CouncilApi } from '../../../../electron/ipc/contract';",
    ],
    [
      'the db climbs out of electron/shared',
      'renderer/src/db/repos/x.ts',
      "import type { CouncilApi } from '../../../../electron/shared/../ipc/contract';",
    ],
    [
      'platform imports a host service',
      'renderer/src/platform/x.ts',
      "import { startHub } from '../../../electron/services/hub';",
    ],
    [
      'the catalog imports a host service',
      'renderer/src/i18n/catalog/x.ts',
      "import type { SigningError } from '../../../../electron/services/signing/errors';",
    ],
    ['shared imports Node', 'electron/shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared imports a package', 'electron/shared/x.ts', "import { z } from 'zod';"],
    ['shared imports the host', 'electron/shared/x.ts', "import { channels } from '../ipc/contract';"],
    [
      'shared imports the renderer',
      'electron/shared/x.ts',
      "import { bytesToBase64 } from '../../renderer/src/domain/base64';",
    ],
  ])('%s', async (_name, filePath, code) => {
    expect(await rulesFor(filePath, `${code}\nexport {};\n`)).toContain(RESTRICTED);
  });
});

describe('other shape rules refuse', () => {
  it('a feature branching on the platform mode', async () => {
    const code = [
      "import { getPlatform } from '../../platform/platform';",
      "export const folder = getPlatform().mode === 'electron';",
      'const platform = getPlatform();',
      "export const files = platform.mode !== 'memory';",
    ].join('\n');
    expect(await rulesFor('renderer/src/features/minutes/x.ts', code)).toEqual([
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
  });

  it('a hook called conditionally', async () => {
    const code = [
      "import { useState, type ReactNode } from 'react';",
      'export function Box(props: { readonly open: boolean }): ReactNode {',
      '  if (props.open) {',
      '    const [n] = useState(0);',
      '    return n;',
      '  }',
      '  return null;',
      '}',
    ].join('\n');
    expect(await rulesFor('renderer/src/features/rounds/Box.tsx', code)).toContain(
      'react-hooks/rules-of-hooks',
    );
  });

  it('an effect missing a dependency', async () => {
    const code = [
      "import { useEffect, type ReactNode } from 'react';",
      'export function Title(props: { readonly text: string }): ReactNode {',
      '  useEffect(() => {',
      '    document.title = props.text;',
      '  }, []);',
      '  return null;',
      '}',
    ].join('\n');
    expect(await rulesFor('renderer/src/features/rounds/Title.tsx', code)).toContain(
      'react-hooks/exhaustive-deps',
    );
  });
});

describe('correct files pass', () => {
  it.each([
    [
      'domain names the catalog type and uses its own documents',
      'renderer/src/domain/spreadsheet/x.ts',
      "import type { MessageKey } from '../../i18n/catalog';\nimport type { DocText } from '../documents/format';\nexport type K = MessageKey | DocText;",
    ],
    [
      'db imports the domain and Dexie',
      'renderer/src/db/backup/x.ts',
      "import Dexie from 'dexie';\nimport { bytesToBase64 } from '../../domain/base64';\nexport const x = [Dexie, bytesToBase64];",
    ],
    [
      'a feature asks platform and the context',
      'renderer/src/features/minutes/x.ts',
      "import type { SignerRole } from '../../platform/types';\nimport { getPlatform } from '../../platform/platform';\nimport { useDb } from '../../app/DbProvider';\nexport const can: boolean = getPlatform().can.saveToFolder;\nexport type R = SignerRole;\nexport const h = useDb;",
    ],
    [
      'the shell imports features',
      'renderer/src/shell/x.tsx',
      "import { RoundsScreen } from '../features/rounds/RoundsScreen';\nexport const s = RoundsScreen;",
    ],
    [
      'the renderer reads the IPC contract types from platform',
      'renderer/src/platform/x.ts',
      "import type { CouncilApi } from '../../../electron/ipc/contract';\nexport type A = CouncilApi;",
    ],
    [
      'domain reads the shared JSON bounds',
      'renderer/src/domain/validate/x.ts',
      "import { jsonDepthExceeds } from '../../../../electron/shared/json-bounds';\nexport const f = jsonDepthExceeds;",
    ],
    [
      'the db reads the shared hub wire types',
      'renderer/src/db/repos/x.ts',
      "import type { MemberOp } from '../../../../electron/shared/hub-wire';\nexport type M = MemberOp;",
    ],
    [
      'shared imports its own files',
      'electron/shared/x.ts',
      "import { jsonDepthExceeds } from './json-bounds';\nexport const f = jsonDepthExceeds;",
    ],
    [
      'a host service imports electron/shared',
      'electron/services/hub/x.ts',
      "import type { MemberOp } from '../../shared/hub-wire';\nexport type M = MemberOp;",
    ],
  ])('%s', async (_name, filePath, code) => {
    expect(await rulesFor(filePath, `${code}\n`)).toEqual([]);
  });
});
