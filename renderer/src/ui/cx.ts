/** Joins class names, skipping the absent ones: `cx('actions', busy && styles.busy)`. */
export function cx(...names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}
