import fc from 'fast-check';

/**
 * Hostile inputs shared by the importer fuzz tests (issue 6 item 6). Every run is SEEDED
 * (`FUZZ`), so a failure reproduces; `FUZZ_RUNS` sets how many cases each importer gets.
 */
export const FUZZ = { seed: 20261128, numRuns: Number(process.env['FUZZ_RUNS'] ?? 200) } as const;

export const HOSTILE_STRINGS = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1+1)',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '"; DROP TABLE rounds; --',
  '\u0000',
  '\uD800',
  '\u202Egnp.exe',
  'Cà phê 🍵 Đắk Lắk',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '',
  ' ',
  'x'.repeat(70_000),
] as const;

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE_STRINGS),
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom<unknown>(null, true, false, [], {}, -1, 0, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.jsonValue({ maxDepth: 3 }),
);

export type Mutation =
  | { readonly kind: 'replace'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'duplicate'; readonly pick: number }
  | { readonly kind: 'truncate'; readonly cut: number }
  | { readonly kind: 'mojibake' }
  | { readonly kind: 'deep'; readonly depth: number }
  | { readonly kind: 'garbage'; readonly text: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostileValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('truncate' as const),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'mojibake' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      depth: fc.integer({ min: 100, max: 20_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('garbage' as const), text: fc.string({ maxLength: 200 }) }),
  },
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every container (object or array) and key inside `value`, depth first. */
function slots(value: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  const out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v))
      v.forEach((item, i) => {
        out.push({ parent: v, key: i });
        walk(item);
      });
    else if (isJsonObject(v))
      for (const [k, item] of Object.entries(v)) {
        out.push({ parent: v, key: k });
        walk(item);
      }
  };
  walk(value);
  return out;
}

/** Applies one mutation to a JSON document given as text; returns the hostile text. */
export function mutateJsonText(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, Math.floor(text.length * m.cut));
    case 'mojibake':
      // UTF-8 bytes read as Latin-1: what a wrong "encoding" choice does to Vietnamese text.
      return Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join('');
    case 'deep':
      return `${'['.repeat(m.depth)}${']'.repeat(m.depth)}`;
    case 'garbage':
      return m.text;
    default:
      break;
  }
  const doc: Json = JSON.parse(text);
  const all = slots(doc);
  const slot = all[m.pick % Math.max(1, all.length)];
  if (slot === undefined) return text;
  const { parent, key } = slot;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (m.kind === 'replace') parent[key] = m.value;
    else if (m.kind === 'delete') parent.splice(key, 1);
    else parent.splice(key, 0, structuredClone(parent[key])); // colliding ids
  } else if (!Array.isArray(parent) && typeof key === 'string') {
    if (m.kind === 'replace') parent[key] = m.value;
    else if (m.kind === 'delete') delete parent[key];
    else parent[`${key}`] = structuredClone(parent[key]);
  }
  return JSON.stringify(doc);
}
