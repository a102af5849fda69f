import { ScoringInputError } from "./errors";

function assertSafe(value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new ScoringInputError(
      "numberTooLarge",
      "Số liệu quá lớn để tính điểm chính xác (kiểm tra trọng số và thang điểm).",
    );
  }
}

/** floor(numerator / denominator), corrected for the last bit a float division may lose. */
function exactFloor(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  if (remainder < 0) return quotient - 1;
  return remainder >= denominator ? quotient + 1 : quotient;
}

/**
 * THE rounding rule of the engine: numerator / denominator rounded half up (toward +∞) to an
 * integer, in exact integer arithmetic. Points are rounded this way once, to integer hundredths
 * of a point, when an exact fraction becomes points; everything after that is integer sums.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  assertSafe(numerator);
  const quotient = exactFloor(numerator, denominator);
  const remainder = numerator - quotient * denominator;
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}

/**
 * Splits Σ numerators / denominator, rounded once by divideRoundHalfUp, into integer parts that
 * sum exactly to it (largest remainder method; equal remainders favour the earlier part). Each
 * part is within 1 of its exact value, and a criterion whose tasks are all fully done gets exactly
 * its maximum instead of e.g. 3 × 33,33 = 99,99. Numerators are non-negative.
 */
export function apportion(numerators: readonly number[], denominator: number): number[] {
  const count = numerators.length;
  const parts = new Array<number>(count);
  const remainders = new Array<number>(count);
  let sum = 0;
  let floorSum = 0;
  for (let i = 0; i < count; i += 1) {
    const numerator = numerators[i] ?? 0;
    const floor = exactFloor(numerator, denominator);
    parts[i] = floor;
    remainders[i] = numerator - floor * denominator;
    sum += numerator;
    floorSum += floor;
  }
  const extra = divideRoundHalfUp(sum, denominator) - floorSum;
  if (extra > 0) distributeExtra(parts, remainders, extra);
  return parts;
}

/**
 * Gives one more to the `extra` largest remainders, earlier parts first among equals. The
 * threshold comes from a typed array's numeric sort: a third of the cost of Array#sort with a
 * comparator, which showed in the nation-scale bench (remainders are safe integers).
 */
function distributeExtra(parts: number[], remainders: readonly number[], extra: number): void {
  const ascending = Float64Array.from(remainders).sort();
  const threshold = ascending[ascending.length - extra] ?? 0;
  let left = extra;
  for (let i = 0; i < parts.length; i += 1) {
    if ((remainders[i] ?? 0) > threshold) {
      parts[i] = (parts[i] ?? 0) + 1;
      left -= 1;
    }
  }
  for (let i = 0; i < parts.length && left > 0; i += 1) {
    if (remainders[i] === threshold) {
      parts[i] = (parts[i] ?? 0) + 1;
      left -= 1;
    }
  }
}
