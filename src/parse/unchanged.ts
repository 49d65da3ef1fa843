import type * as v from 'valibot';

/*
 * The validation fast path. valibot stays the source of truth: for a body it accepts, it builds a
 * copy, key by key, and that copy is the event. Most bodies need nothing normalised (no number where
 * an account ID string goes, no digit-string timestamp), so for them the copy only repeats the parsed
 * object. This module answers one question without allocating: would valibot accept this value and
 * return the same fields with the same values? Only a sure yes skips valibot; a no or a "cannot tell"
 * runs valibot as before, which also gives the issues of a bad body.
 *
 * The checks are built from the valibot schemas themselves (once per schema, on first use), so they
 * cannot drift from them. Each kind of schema below mirrors what valibot's own `~run` does for it;
 * a kind not listed is asked through its own `~run`. test/parse/unchanged.test.ts compares both on
 * valid, mutated and hostile bodies of every command.
 */

/** valibot would accept the value and return it with the same fields and values. */
const SAME = 0;
/** valibot would report issues. */
const INVALID = 1;
/** Cannot tell cheaply (a transform, a default, an unusual object): ask valibot. */
const UNKNOWN = 2;
type Verdict = typeof SAME | typeof INVALID | typeof UNKNOWN;
type Check = (value: unknown) => Verdict;

/** The parts of a valibot schema or action this module reads. */
interface Node {
  readonly kind: string;
  readonly type: string;
  readonly async?: boolean;
  readonly pipe?: readonly Node[];
  readonly entries?: Readonly<Record<string, Node>>;
  readonly options?: readonly Node[];
  readonly item?: Node;
  readonly wrapped?: Node;
  /** The discriminator of a variant, the key schema of a record. */
  readonly key?: string | Node;
  readonly value?: Node;
  readonly literal?: unknown;
  readonly default?: unknown;
  readonly fallback?: unknown;
  '~run'(
    dataset: { value: unknown; typed?: boolean },
    config: v.Config<v.BaseIssue<unknown>>,
  ): v.OutputDataset<unknown, v.BaseIssue<unknown>>;
}

/** Only whether issues arise matters here, so the first one is enough. */
const PROBE_CONFIG = { abortEarly: true, abortPipeEarly: true };

const checks = new WeakMap<object, Check>();

/**
 * Whether valibot would accept `value` for `schema` and return an equal value: the same enumerable
 * own fields with the same values (key order aside). When true, `value` itself can stand for valibot's
 * output. False means "run valibot": the value may be invalid, or valid in a form valibot normalises.
 */
export function isUnchangedBy(schema: v.GenericSchema, value: unknown): boolean {
  return checkOf(schema as unknown as Node)(value) === SAME;
}

function checkOf(schema: Node): Check {
  let check = checks.get(schema);
  if (check === undefined) {
    check = compile(schema);
    checks.set(schema, check);
  }
  return check;
}

function isOptionalKind(schema: Node): boolean {
  return schema.type === 'exact_optional' || schema.type === 'optional' || schema.type === 'nullish';
}

function compile(schema: Node): Check {
  if (schema.async) return () => UNKNOWN;
  if (Array.isArray(schema.pipe)) return pipeCheck(schema.pipe);
  switch (schema.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? SAME : INVALID);
    case 'number':
      return (value) => (typeof value === 'number' && !Number.isNaN(value) ? SAME : INVALID);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? SAME : INVALID);
    case 'literal': {
      const { literal } = schema;
      // valibot compares with SameValueZero.
      return (value) => (value === literal || (Number.isNaN(value) && Number.isNaN(literal)) ? SAME : INVALID);
    }
    case 'exact_optional':
      // Present: the wrapped schema decides. Absent: the object check below decides.
      return schema.default === undefined ? checkOf(schema.wrapped as Node) : askValibot(schema);
    case 'optional': {
      if (schema.default !== undefined) return askValibot(schema);
      const wrapped = checkOf(schema.wrapped as Node);
      return (value) => (value === undefined ? SAME : wrapped(value));
    }
    case 'array':
      return arrayCheck(checkOf(schema.item as Node));
    case 'loose_object':
      return looseObjectCheck(schema);
    case 'union':
      return unionCheck((schema.options as Node[]).map(checkOf));
    case 'variant':
      return variantCheck(schema);
    case 'record':
      return recordCheck(checkOf(schema.key as Node), checkOf(schema.value as Node));
    default:
      return askValibot(schema);
  }
}

/** Any other schema, asked through its own `~run`: the same value back (for a scalar, the same value) is SAME. */
function askValibot(schema: Node): Check {
  return (value) => {
    const result = schema['~run']({ value }, PROBE_CONFIG);
    if (result.issues) return INVALID;
    return result.typed && Object.is(result.value, value) ? SAME : UNKNOWN;
  };
}

/**
 * `v.pipe(schema, ...actions)`: the schema, then each action in turn. Validations keep the value (an
 * issue makes it INVALID), metadata does nothing, a transformation changes the value (UNKNOWN).
 */
function pipeCheck(pipe: readonly Node[]): Check {
  const [root, ...actions] = pipe as [Node, ...Node[]];
  const rootCheck = checkOf(root);
  const steps: ((value: unknown) => Verdict)[] = [];
  for (const action of actions) {
    if (action.kind === 'metadata') continue;
    if (action.async) return () => UNKNOWN;
    if (action.kind === 'validation') steps.push((value) => (action['~run']({ typed: true, value }, PROBE_CONFIG).issues ? INVALID : SAME));
    else if (action.kind === 'schema') steps.push(checkOf(action));
    else steps.push(() => UNKNOWN);
  }
  return (value) => {
    let verdict = rootCheck(value);
    for (let i = 0; i < steps.length && verdict === SAME; i++) verdict = (steps[i] as Check)(value);
    return verdict;
  };
}

function arrayCheck(item: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return INVALID;
    for (let i = 0; i < value.length; i++) {
      const verdict = item(value[i]);
      if (verdict !== SAME) return verdict;
    }
    return SAME;
  };
}

/** Own keys valibot leaves out of its copy of a loose object: a body that has one is not "unchanged". */
function hasKeyValibotDrops(object: object): boolean {
  return Object.hasOwn(object, '__proto__') || Object.hasOwn(object, 'constructor') || Object.hasOwn(object, 'prototype');
}

/**
 * How a field is checked: the common scalar kinds inline in the object's loop, anything else through
 * its compiled check. A call per field through the array of checks goes to a different function each
 * time, which V8 cannot inline; most fields of a callback are plain strings and numbers.
 */
const FIELD_STRING = 1;
const FIELD_NUMBER = 2;
const FIELD_CHECK = 0;

/** The inline kind of an entry: a bare string or number schema, also as an exact_optional without default. */
function fieldKind(entry: Node): number {
  const present = entry.type === 'exact_optional' && entry.default === undefined ? (entry.wrapped as Node) : entry;
  if (Array.isArray(present.pipe) || present.async) return FIELD_CHECK;
  if (present.type === 'string') return FIELD_STRING;
  if (present.type === 'number') return FIELD_NUMBER;
  return FIELD_CHECK;
}

/**
 * `v.looseObject`: each entry checked where valibot checks it, unknown keys kept as they are. Only a
 * plain object (JSON's kind) can be SAME; a class instance, a null-prototype object or an array
 * (which valibot would copy into a plain object) is left to valibot.
 */
function looseObjectCheck(schema: Node): Check {
  const entries = schema.entries as Readonly<Record<string, Node>>;
  const keys = Object.keys(entries);
  const schemas = keys.map((key) => entries[key] as Node);
  // A default or fallback puts a value into the output that the input does not have.
  if (schemas.some((entry) => entry.fallback !== undefined || (isOptionalKind(entry) && entry.default !== undefined)))
    return askValibot(schema);
  const fieldChecks = schemas.map(checkOf);
  const kinds = Uint8Array.from(schemas, fieldKind);
  const optional = schemas.map(isOptionalKind);
  return (value) => {
    if (!value || typeof value !== 'object') return INVALID;
    if (Object.getPrototypeOf(value) !== Object.prototype || hasKeyValibotDrops(value)) return UNKNOWN;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const field = (value as Record<string, unknown>)[key];
      if (field === undefined && !(key in value)) {
        if (optional[i]) continue;
        return INVALID;
      }
      const kind = kinds[i];
      if (kind === FIELD_STRING) {
        if (typeof field !== 'string') return INVALID;
      } else if (kind === FIELD_NUMBER) {
        if (typeof field !== 'number' || Number.isNaN(field)) return INVALID;
      } else {
        const verdict = (fieldChecks[i] as Check)(field);
        if (verdict !== SAME) return verdict;
      }
    }
    return SAME;
  };
}

/** `v.record`: every own key and its value checked; as for loose objects, only a plain object can be SAME. */
function recordCheck(keyCheck: Check, valueCheck: Check): Check {
  return (value) => {
    if (!value || typeof value !== 'object') return INVALID;
    if (Object.getPrototypeOf(value) !== Object.prototype || hasKeyValibotDrops(value)) return UNKNOWN;
    for (const key of Object.keys(value)) {
      const verdict = keyCheck(key);
      if (verdict !== SAME) return verdict;
      const valueVerdict = valueCheck((value as Record<string, unknown>)[key]);
      if (valueVerdict !== SAME) return valueVerdict;
    }
    return SAME;
  };
}

/** `v.union`: valibot returns the first option that accepts the value. */
function unionCheck(options: readonly Check[]): Check {
  return (value) => {
    for (let i = 0; i < options.length; i++) {
      const verdict = (options[i] as Check)(value);
      if (verdict !== INVALID) return verdict;
    }
    return INVALID;
  };
}

/**
 * `v.variant`: the first option whose discriminator accepts the value's decides. When that option
 * rejects the body, valibot's choice of which issue to report is its own: UNKNOWN.
 */
function variantCheck(schema: Node): Check {
  const key = schema.key as string;
  const options = schema.options as Node[];
  const discriminatorOf = (option: Node) => option.entries?.[key];
  // Nested variants and optional discriminators follow rules not mirrored here.
  if (options.some((option) => option.type === 'variant' || !discriminatorOf(option) || isOptionalKind(discriminatorOf(option) as Node)))
    return askValibot(schema);
  const discriminators = options.map((option) => checkOf(discriminatorOf(option) as Node));
  const optionChecks = options.map(checkOf);
  return (value) => {
    if (!value || typeof value !== 'object') return INVALID;
    if (!(key in value)) return INVALID;
    const tag = (value as Record<string, unknown>)[key];
    for (let i = 0; i < options.length; i++) {
      const matches = (discriminators[i] as Check)(tag);
      if (matches === INVALID) continue;
      if (matches === UNKNOWN) return UNKNOWN;
      return (optionChecks[i] as Check)(value) === SAME ? SAME : UNKNOWN;
    }
    return INVALID;
  };
}
