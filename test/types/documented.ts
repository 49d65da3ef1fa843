import type * as v from 'valibot';

/**
 * valibot's output of a loose object carries an index signature (`[key: string]: unknown`); the
 * exported interfaces list the documented fields only. This strips index signatures, deeply, so a
 * type test can pin a schema to its hand-written interface.
 */
export type Documented<T> = T extends string | number | boolean | bigint | null | undefined
  ? T
  : T extends readonly (infer Item)[]
    ? Documented<Item>[]
    : T extends object
      ? { [K in keyof T as string extends K ? never : number extends K ? never : K]: Documented<T[K]> }
      : T;

/** The documented output of a schema. */
export type DocumentedOutput<TSchema extends v.GenericSchema> = Documented<v.InferOutput<TSchema>>;

/** True when two types are identical (the usual conditional-type trick; `toEqualTypeOf` for a whole mapped table). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
