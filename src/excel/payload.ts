/**
 * Payload arithmetic for Excel on the web's 5 MB limit on each request and each response.
 * One `context.sync()` sends one request, so the limit is per sync: splitting a block into
 * several ranges helps only if those ranges go out in different syncs. Pure.
 */

/** Default budget per request: 4 MB, leaving a margin under the 5 MB limit. */
export const DEFAULT_BUDGET_BYTES = 4 * 1024 * 1024;

/** Per-operation cost beyond its data: object path, method and property ids, the address. */
export const OP_OVERHEAD_BYTES = 512;

/** Per-request cost beyond its operations: envelope, suspend calls, worksheet lookups. */
export const BATCH_OVERHEAD_BYTES = 2048;

/**
 * Conservative size of `value` as JSON on the wire: the JSON text, with every non-ASCII
 * UTF-16 unit counted as a six-byte \uXXXX escape (Thai text is all non-ASCII).
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

/**
 * Packs items, in order, into batches of at most `budget` bytes including `batchOverhead`.
 * An item larger than the budget travels alone. Order is kept: writes later in a plan
 * (styles, merges) never overtake the values they format.
 */
export function packBatches<T extends { bytes: number }>(
  items: readonly T[],
  budget: number,
  batchOverhead = BATCH_OVERHEAD_BYTES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = batchOverhead;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes > budget) {
      batches.push(current);
      current = [];
      size = batchOverhead;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Estimated size of one request carrying `items`. */
export function batchBytes(items: readonly { bytes: number }[], batchOverhead = BATCH_OVERHEAD_BYTES): number {
  return items.reduce((n, item) => n + item.bytes, batchOverhead);
}

/** `defaults` with every option the caller actually set (an explicit undefined keeps the default). */
export function withDefaults<T extends object>(defaults: Required<T>, options: T): Required<T> {
  const out = { ...defaults };
  for (const key of Object.keys(options) as (keyof T)[]) {
    const value = options[key];
    if (value !== undefined) out[key] = value as Required<T>[keyof T];
  }
  return out;
}
