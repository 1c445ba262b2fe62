import type { MinimumPolicy, RulesProfile } from './model';
import type { Problem } from './problems';
import { Reader, type JsonObject } from './validate/reader';

/**
 * The council's rules profile, kept with each round so its result can be recomputed years
 * later. Defaults are the provincial practice summarised in OCOP-RULES.md §4.
 */
export const DEFAULT_RULES_PROFILE = {
  spreadLimit: 10,
  minimumPolicy: 'majority',
  quorum: 0.75,
  chairRequired: true,
  displayDecimals: 2,
} as const satisfies RulesProfile;

export const MINIMUM_POLICIES: readonly MinimumPolicy[] = ['majority', 'all', 'average'];

export const RULES_PROFILE_KEYS = [
  'spreadLimit',
  'minimumPolicy',
  'quorum',
  'chairRequired',
  'displayDecimals',
] as const;

/**
 * Reads a profile from untrusted data at `path`; `displayDecimals` may be left out (default 2),
 * everything else is required (a round file states the rules it was scored under).
 */
export function readRulesProfile(r: Reader, value: unknown, path: string): RulesProfile | undefined {
  const obj: JsonObject | undefined = r.object(value, path, RULES_PROFILE_KEYS);
  if (obj === undefined) return undefined;
  const spreadLimit = r.number(obj, 'spreadLimit', path, { min: 0, max: 100 });
  const minimumPolicy = r.oneOf(obj, 'minimumPolicy', path, MINIMUM_POLICIES);
  const quorum = r.number(obj, 'quorum', path, { min: 0, max: 1 });
  const chairRequired = r.boolean(obj, 'chairRequired', path);
  const displayDecimals =
    r.integer(obj, 'displayDecimals', path, { min: 0, max: 6, optional: true }) ??
    DEFAULT_RULES_PROFILE.displayDecimals;
  if (
    spreadLimit === undefined ||
    minimumPolicy === undefined ||
    quorum === undefined ||
    chairRequired === undefined
  )
    return undefined;
  return { spreadLimit, minimumPolicy, quorum, chairRequired, displayDecimals };
}

/** Problems with a profile built in the app (same rules as reading one from a file). */
export function rulesProfileProblems(profile: RulesProfile): readonly Problem[] {
  const r = new Reader();
  readRulesProfile(r, profile, 'rules');
  return r.problems;
}
