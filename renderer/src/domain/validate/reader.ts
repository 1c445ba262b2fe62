import { isIsoDate, isIsoInstant } from './formats';
import {
  fieldPath,
  indexPath,
  problem,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from '../problems';

/**
 * A small reader for untrusted JSON that keeps going after a problem, so that a report lists
 * every problem of a file instead of the first one. Each accessor returns the value when it
 * has the expected type, or `undefined` after recording why (a missing optional field is not
 * a problem). Hand-written rather than a schema library so that every problem carries our own
 * code and a path in the file's own terms.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

interface FieldOptions {
  readonly optional?: boolean;
}

interface NumberOptions extends FieldOptions {
  readonly min?: number;
  readonly max?: number;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Reader {
  readonly problems: Problem[] = [];

  add(path: string, code: ProblemCode, params: ProblemParams = {}): void {
    this.problems.push(problem(path, code, params));
  }

  /** An object with exactly the known keys: unknown keys are reported (they are usually typos). */
  object(value: unknown, path: string, knownKeys: readonly string[]): JsonObject | undefined {
    if (!isObject(value)) {
      this.add(path, 'wrong-type', { expected: 'object' });
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!knownKeys.includes(key)) this.add(fieldPath(path, key), 'unknown-field', { field: key });
    }
    return value;
  }

  private present(obj: JsonObject, key: string, path: string, options: FieldOptions): boolean {
    if (obj[key] !== undefined) return true;
    if (options.optional !== true) this.add(fieldPath(path, key), 'missing-field', { field: key });
    return false;
  }

  text(
    obj: JsonObject,
    key: string,
    path: string,
    options: FieldOptions & { readonly allowEmpty?: boolean } = {},
  ): string | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    return this.textValue(obj[key], fieldPath(path, key), options.allowEmpty ?? false);
  }

  textValue(value: unknown, path: string, allowEmpty = false): string | undefined {
    if (typeof value !== 'string') {
      this.add(path, 'wrong-type', { expected: 'string' });
      return undefined;
    }
    if (!allowEmpty && value.trim() === '') {
      this.add(path, 'empty-text');
      return undefined;
    }
    return value;
  }

  number(
    obj: JsonObject,
    key: string,
    path: string,
    options: NumberOptions & { readonly integer?: boolean } = {},
  ): number | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    return this.numberValue(obj[key], fieldPath(path, key), options);
  }

  numberValue(
    value: unknown,
    path: string,
    options: NumberOptions & { readonly integer?: boolean } = {},
  ): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(path, 'wrong-type', { expected: options.integer === true ? 'integer' : 'number' });
      return undefined;
    }
    if (options.integer === true && !Number.isInteger(value)) {
      this.add(path, 'not-integer', { value });
      return undefined;
    }
    // Whole numbers beyond 2^53 are not exact (1e308 "is an integer"): no count or pass is that big.
    const min = options.min ?? (options.integer === true ? Number.MIN_SAFE_INTEGER : undefined);
    const max = options.max ?? (options.integer === true ? Number.MAX_SAFE_INTEGER : undefined);
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      this.add(path, 'out-of-range', { value, min: min ?? '−∞', max: max ?? '∞' });
      return undefined;
    }
    return value;
  }

  integer(obj: JsonObject, key: string, path: string, options: NumberOptions = {}): number | undefined {
    return this.number(obj, key, path, { ...options, integer: true });
  }

  boolean(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): boolean | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    const value = obj[key];
    if (typeof value !== 'boolean') {
      this.add(fieldPath(path, key), 'wrong-type', { expected: 'boolean' });
      return undefined;
    }
    return value;
  }

  /** `true` or absent; anything else is reported (flags are only ever set, never `false`). */
  flag(obj: JsonObject, key: string, path: string): true | undefined {
    if (obj[key] === undefined) return undefined;
    if (obj[key] !== true) this.add(fieldPath(path, key), 'not-one-of', { allowed: 'true' });
    return obj[key] === true ? true : undefined;
  }

  oneOf<T extends string | number>(
    obj: JsonObject,
    key: string,
    path: string,
    allowed: readonly T[],
    options: FieldOptions = {},
  ): T | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    const value = obj[key];
    const match = allowed.find((a) => a === value);
    if (match === undefined) {
      this.add(fieldPath(path, key), 'not-one-of', {
        value: JSON.stringify(value),
        allowed: allowed.join(', '),
      });
    }
    return match;
  }

  /** An array's items with their paths; `undefined` when missing or not an array. */
  array(
    obj: JsonObject,
    key: string,
    path: string,
    options: FieldOptions = {},
  ): { readonly value: unknown; readonly path: string }[] | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    const value = obj[key];
    const at = fieldPath(path, key);
    if (!Array.isArray(value)) {
      this.add(at, 'wrong-type', { expected: 'array' });
      return undefined;
    }
    return value.map((item: unknown, i) => ({ value: item, path: indexPath(at, i) }));
  }

  textList(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): string[] | undefined {
    const items = this.array(obj, key, path, options);
    if (items === undefined) return undefined;
    const texts = items.map((item) => this.textValue(item.value, item.path));
    return texts.every((t): t is string => t !== undefined) ? texts : undefined;
  }

  date(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): string | undefined {
    if (!this.present(obj, key, path, options)) return undefined;
    return this.dateValue(obj[key], fieldPath(path, key));
  }

  dateValue(value: unknown, path: string): string | undefined {
    const text = this.textValue(value, path);
    if (text === undefined) return undefined;
    if (!isIsoDate(text)) {
      this.add(path, 'not-a-date', { value: text });
      return undefined;
    }
    return text;
  }

  instant(obj: JsonObject, key: string, path: string, options: FieldOptions = {}): string | undefined {
    const value = this.text(obj, key, path, options);
    if (value === undefined) return undefined;
    if (!isIsoInstant(value)) {
      this.add(fieldPath(path, key), 'not-an-instant', { value });
      return undefined;
    }
    return value;
  }
}

export { isIsoDate, isIsoInstant } from './formats';
