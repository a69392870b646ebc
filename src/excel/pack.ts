/**
 * Packing operations into Office.js requests under the payload budget, cutting writes between
 * rows (a row is never split).
 */
import { Op, WriteOp, writeFixedBytes, writeOp } from './ops';
import { BATCH_OVERHEAD_BYTES, batchBytes } from './payload';

/**
 * The first rows of a write that fit in `room` bytes, and the rest (if any). With `force`, at
 * least one row is taken even if it does not fit: a row is never split.
 */
export function takeRows(op: WriteOp, room: number, force: boolean): [WriteOp | undefined, WriteOp | undefined] {
  const fixed = writeFixedBytes(op.sheet);
  let bytes = fixed;
  let end = op.start;
  while (end < op.end && bytes + op.rowBytes[end] <= room) bytes += op.rowBytes[end++];
  if (end === op.start) {
    if (!force) return [undefined, op];
    bytes += op.rowBytes[end++];
  }
  const head = writeOp(op.sheet, op.grids, op.top, op.left, op.rowBytes, { start: op.start, end, bytes });
  if (end === op.end) return [head, undefined];
  let restBytes = fixed;
  for (let r = end; r < op.end; r++) restBytes += op.rowBytes[r];
  return [
    head,
    writeOp(op.sheet, op.grids, op.top, op.left, op.rowBytes, { start: end, end: op.end, bytes: restBytes }),
  ];
}

/**
 * Packs operations, in order, into requests of at most `budget` estimated bytes, cutting writes
 * between rows to fill each request. `leading` operations (those decided from the probe) all go
 * in the first request whatever their size. Order is kept: formats, merges and links never
 * overtake the values they apply to. An operation too large for any request travels alone.
 */
export function packOps(ops: readonly Op[], budget: number, leading: readonly Op[] = []): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [...leading];
  let size = batchBytes(current);
  const flush = (): void => {
    if (current.length > 0) batches.push(current);
    current = [];
    size = BATCH_OVERHEAD_BYTES;
  };
  for (const op of ops) {
    if (op.kind !== 'write') {
      if (current.length > 0 && size + op.bytes > budget) flush();
      current.push(op);
      size += op.bytes;
      continue;
    }
    let rest: WriteOp | undefined = op;
    while (rest) {
      const [head, tail]: [WriteOp | undefined, WriteOp | undefined] = takeRows(
        rest,
        budget - size,
        current.length === 0,
      );
      if (!head) {
        flush();
        continue;
      }
      current.push(head);
      size += head.bytes;
      rest = tail;
      if (rest) flush();
    }
  }
  flush();
  return batches;
}
