// The layers of shared/docs/STYLE.md, as ESLint's own no-restricted-imports (the
// typescript-eslint extension, which can tell `import type` from a value import).
//
// Every import in this code base is relative (no path aliases), so a floor is reached by a
// known number of '../': a file N folders below renderer/src reaches renderer/src/<floor> with
// exactly N '../'. One config block per floor and depth keeps the match exact: e.g.
// domain/spreadsheet may import '../documents/format' (domain's own documents) while
// '../../documents/…' (the PDF renderer above the domain) is refused.

const SRC = 'renderer/src';
const MAX_DEPTH = 6;

/** Floors of renderer/src, from the bottom up. */
const FLOORS = ['domain', 'db', 'i18n', 'platform', 'ui', 'documents', 'app', 'features', 'shell', 'cli'];

/** npm packages by name; a name also covers its subpaths ('react-dom/client'). */
const PACKAGES = {
  react: ['react', 'react-dom'],
  dexie: ['dexie', 'dexie-react-hooks'],
  electron: ['electron'],
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A pattern matching '<'../' × ups><one of names>' followed by the end or a '/'. */
function upTo(ups, names) {
  return `^(\\./)?(\\.\\./){${ups}}(${names.map(escape).join('|')})(/|$)`;
}

/**
 * A pattern matching electron/ reached with `ups` '../' (the repository root), except the
 * folders in `allowed` (paths under electron/, e.g. 'shared'): the renderer's floors may
 * import electron/shared, pure code both processes share, and nothing else of the host.
 */
function hostExcept(ups, allowed) {
  // An allowed path followed by '..' (electron/shared/../ipc/…) is not allowed.
  const except = allowed.map((path) => `(?!${escape(path)}(/(?!.*\\.\\.)|$))`).join('');
  return `^(\\./)?(\\.\\./){${ups}}electron(/${except}|$)`;
}

/**
 * @param {string} floor   folder under renderer/src
 * @param {object} rule
 * @param {string[]} rule.floors    floors of renderer/src it must not import
 * @param {string[]} [rule.typeOnlyFloors] floors it may import types from, never values
 * @param {string[]} [rule.packages] npm packages it must not import
 * @param {boolean | string[]} [rule.repo] whether it must not import electron/ (the desktop shell):
 *   true refuses all of it but electron/shared; a list names the paths under electron/ it may import
 * @param {string} rule.why
 */
function floorRule(floor, rule) {
  const blocks = [];
  for (let depth = 1; depth <= MAX_DEPTH; depth += 1) {
    const patterns = [];
    if (rule.floors.length > 0) patterns.push({ regex: upTo(depth, rule.floors), message: rule.why });
    if (rule.typeOnlyFloors)
      patterns.push({ regex: upTo(depth, rule.typeOnlyFloors), allowTypeImports: true, message: rule.why });
    if (rule.repo) {
      const allowed = rule.repo === true ? ['shared'] : rule.repo;
      patterns.push({ regex: hostExcept(depth + 2, allowed), message: rule.why });
    }
    // A regex anchored at the start: a gitignore-style group 'electron' would also match the
    // folder electron/ in '../../electron/shared/…'.
    if (rule.packages)
      patterns.push({ regex: `^(${rule.packages.map(escape).join('|')})(/|$)`, message: rule.why });
    blocks.push({
      name: `layers/${floor}/depth-${depth}`,
      files: [`${SRC}/${floor}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
    });
  }
  return blocks;
}

const above = (floor) => FLOORS.filter((other) => other !== floor);

export const layerRules = [
  ...floorRule('domain', {
    floors: above('domain').filter((floor) => floor !== 'i18n'),
    // Documents receive their words as data (a `DocText` function); naming the catalog's key
    // type keeps every key they use checked by the compiler, at no runtime cost.
    typeOnlyFloors: ['i18n'],
    packages: [...PACKAGES.react, ...PACKAGES.dexie, ...PACKAGES.electron],
    repo: true,
    why: 'domain/ is pure: no React, Dexie, Electron, i18n (types only), platform, db, ui or features (STYLE.md).',
  }),
  ...floorRule('db', {
    floors: above('db').filter((floor) => floor !== 'domain'),
    packages: [...PACKAGES.react, 'dexie-react-hooks', ...PACKAGES.electron],
    repo: true,
    why: 'db/ imports the domain only (plus Dexie and pure libraries) (STYLE.md).',
  }),
  ...floorRule('ui', {
    floors: ['domain', 'db', 'platform', 'documents', 'app', 'features', 'shell', 'cli'],
    packages: [...PACKAGES.dexie, ...PACKAGES.electron],
    repo: true,
    why: 'ui/ holds generic components with no domain knowledge (STYLE.md).',
  }),
  ...floorRule('platform', {
    floors: ['db', 'ui', 'documents', 'app', 'features', 'shell', 'cli'],
    // The one door to the host: the contract (its types and channel names).
    repo: ['shared', 'ipc/contract'],
    why: 'platform/ sits below the screens: it knows the host through electron/ipc/contract (types) and electron/shared, nothing of the app above it.',
  }),
  ...floorRule('i18n', {
    floors: ['db', 'platform', 'ui', 'documents', 'app', 'features', 'shell', 'cli'],
    // The host's codes have their words here; the host's own words are electron/shared's.
    repo: true,
    why: 'i18n/ is the catalog and its helpers: nothing of the app above it.',
  }),
  ...floorRule('documents', {
    floors: ['app', 'features', 'shell', 'cli'],
    packages: [...PACKAGES.react, ...PACKAGES.electron],
    repo: true,
    why: 'documents/ renders PDFs and spreadsheets for whoever asks: no screens.',
  }),
  ...floorRule('app', {
    floors: ['features', 'shell', 'cli'],
    packages: PACKAGES.electron,
    repo: true,
    why: 'app/ is the context below the features (database, current round, routes): it imports no feature and not the shell (STYLE.md).',
  }),
  ...floorRule('features', {
    floors: ['shell', 'cli'],
    packages: PACKAGES.electron,
    repo: true,
    why: 'Features reach the host only through platform/ and never import the shell (STYLE.md).',
  }),
  ...floorRule('cli', {
    floors: ['platform', 'ui', 'app', 'features', 'shell'],
    packages: [...PACKAGES.react, ...PACKAGES.electron],
    repo: true,
    why: 'The auditor CLI runs in Node on the domain and documents: no screens, no host.',
  }),
  {
    name: 'layers/features/platform-mode',
    files: [`${SRC}/features/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='mode'][object.name=/^platform$/i]",
          message:
            'Features do not branch on the platform mode: ask platform/ for a capability instead (STYLE.md).',
        },
        {
          selector: "MemberExpression[property.name='mode'][object.callee.name='getPlatform']",
          message:
            'Features do not branch on the platform mode: ask platform/ for a capability instead (STYLE.md).',
        },
      ],
    },
  },
  {
    name: 'layers/electron',
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\./)?(\\.\\./)+renderer(/|$)',
              message:
                'electron/ never imports the renderer: code both processes need lives in electron/shared.',
            },
          ],
        },
      ],
    },
  },
  // After layers/electron: a later block replaces the rule's options for electron/shared.
  {
    name: 'layers/shared',
    files: ['electron/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)',
              message:
                'electron/shared is pure and imported by both processes: it imports only its own files (no Node, Electron, DOM, package or app code).',
            },
          ],
        },
      ],
    },
  },
];
