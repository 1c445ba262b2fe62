import type { MinimumPolicy, RulesProfile } from './model';

/**
 * The council's rules profile, kept with each round so its result can be recomputed years
 * later. Defaults are the provincial practice summarised in OCOP-RULES.md §4. The profile's
 * schema (what a file or a form may give) is rules-profile-schema.ts, loaded with the readers.
 */
export const DEFAULT_RULES_PROFILE = {
  spreadLimit: 10,
  minimumPolicy: 'majority',
  quorum: 0.75,
  chairRequired: true,
  displayDecimals: 2,
} as const satisfies RulesProfile;

export const MINIMUM_POLICIES: readonly MinimumPolicy[] = ['majority', 'all', 'average'];
