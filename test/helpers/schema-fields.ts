/*
 * The fields an object schema names, as dotted paths with `[]` for any element of a list
 * (`SeatList[].Index`), read from valibot's schema objects. For the fixture and CONTRIBUTING tests.
 */

interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  entries?: Record<string, SchemaNode>;
}

const isOptional = (node: SchemaNode): boolean => node.type === 'exact_optional' || node.type === 'optional';

/** Every field the schema names; with `requiredOnly`, only those reached through required fields. */
export function schemaFields(schema: unknown, { requiredOnly = false } = {}, prefix = ''): string[] {
  const node = schema as SchemaNode;
  if (isOptional(node)) return schemaFields(node.wrapped, { requiredOnly }, prefix);
  if (node.type === 'array') return schemaFields(node.item, { requiredOnly }, `${prefix}[]`);
  return Object.entries(node.entries ?? {}).flatMap(([key, inner]) => {
    if (requiredOnly && isOptional(inner)) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...schemaFields(inner, { requiredOnly }, path)];
  });
}

/** The fields a JSON value carries, in the notation of {@link schemaFields}. */
export function valueFields(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valueFields(item, `${prefix}[]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...valueFields(inner, path)];
  });
}
