import { z } from 'zod';
import type { RulesProfile } from './model';
import type { Problem } from './problems';
import { DEFAULT_RULES_PROFILE } from './rules-profile';
import { finiteNumber, wholeNumber } from './validate/schemas';
import { readWith } from './validate/zod-problems';

/**
 * The rules profile as files carry it (round files, backups) and as the app checks one built
 * on screen: `displayDecimals` may be left out (default 2), everything else is required (a
 * round file states the rules it was scored under). Loaded with the readers, never at start-up.
 */
export const rulesProfileSchema = z.strictObject({
  spreadLimit: finiteNumber(0, 100),
  minimumPolicy: z.enum(['majority', 'all', 'average']),
  quorum: finiteNumber(0, 1),
  chairRequired: z.boolean(),
  displayDecimals: wholeNumber(0, 6).default(DEFAULT_RULES_PROFILE.displayDecimals),
}) satisfies z.ZodType<RulesProfile>;

/** Problems with a profile built in the app (same rules as reading one from a file). */
export function rulesProfileProblems(profile: RulesProfile): readonly Problem[] {
  const problems: Problem[] = [];
  readWith(rulesProfileSchema, profile, 'rules', problems);
  return problems;
}
