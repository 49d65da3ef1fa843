/*
 * A stable digest of a JSON value, for delivery keys: the same event gives the same text however its
 * keys were ordered on the wire. Synchronous and web-standard (no node:crypto, no Web Crypto promise):
 * a key is needed on every callback, and awaiting a digest would cost each one measurable time.
 */

/** JSON with object keys sorted at every depth; `undefined` members are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries: string[] = [];
  for (const name of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[name];
    if (member !== undefined) entries.push(`${JSON.stringify(name)}:${canonicalJson(member)}`);
  }
  return `{${entries.join(',')}}`;
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash. Not cryptographic; see `digest`. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * 106 bits as 28 hex digits: two cyrb53 runs with different seeds. Enough that two different events
 * of one app never meet within a dedupe window; not meant to resist someone crafting collisions
 * (who would need the callback token to post them anyway).
 */
export function digest(text: string): string {
  return cyrb53(text, 0).toString(16).padStart(14, '0') + cyrb53(text, 0x9e3779b9).toString(16).padStart(14, '0');
}
