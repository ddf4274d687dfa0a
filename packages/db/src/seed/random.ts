// A small deterministic PRNG. sfc32 keeps 128 bits of state: with mulberry32's 32 bits, the
// thousands of per-doctor streams the benchmark draws from would overlap and repeat uuids.

/** cyrb128: spreads a string over four 32-bit words, the seed of an sfc32 stream. */
function hashString(text: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

function hex16(value: number): string {
  return (HEX[value >>> 8] ?? '') + (HEX[value & 0xff] ?? '')
}

export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  /** One stream per label: `new Random('20261124:appointments:17')`. */
  constructor(seed: string) {
    ;[this.a, this.b, this.c, this.d] = hashString(seed)
    for (let i = 0; i < 12; i++) this.uint32()
  }

  /** A stream of its own for one domain of data (and item), so domains do not shift each other. */
  static derive(seed: number, ...labels: ReadonlyArray<string | number>): Random {
    return new Random([seed, ...labels].join(':'))
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** In [0, 1). */
  next(): number {
    return this.uint32() / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return itemAt(items, Math.floor(this.next() * items.length))
  }

  /** `count` distinct items (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items]
    const taken = Math.min(count, pool.length)
    for (let i = 0; i < taken; i++) {
      const j = i + Math.floor(this.next() * (pool.length - i))
      ;[pool[i], pool[j]] = [itemAt(pool, j), itemAt(pool, i)]
    }
    return pool.slice(0, taken)
  }

  /** `count` distinct integers from [0, size), ascending (Floyd's algorithm: no array of `size`). */
  sampleIndices(size: number, count: number): number[] {
    const chosen = new Set<number>()
    for (let j = size - Math.min(count, size); j < size; j++) {
      const candidate = this.int(0, j)
      chosen.add(chosen.has(candidate) ? j : candidate)
    }
    return [...chosen].sort((x, y) => x - y)
  }

  /** A version 4 uuid built from this stream's bits. */
  uuid(): string {
    const a = this.uint32()
    const b = ((this.uint32() & 0xffff0fff) | 0x4000) >>> 0
    const c = ((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0
    const d = this.uint32()
    return `${hex16(a >>> 16)}${hex16(a & 0xffff)}-${hex16(b >>> 16)}-${hex16(b & 0xffff)}-${hex16(c >>> 16)}-${hex16(c & 0xffff)}${hex16(d >>> 16)}${hex16(d & 0xffff)}`
  }
}

/** Draws from fixed weights; the cumulative table is built once, not per draw. */
export class Weighted<T> {
  private readonly values: T[]
  private readonly cumulative: number[]
  private readonly total: number

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    this.values = entries.map(([value]) => value)
    let sum = 0
    this.cumulative = entries.map(([, weight]) => {
      sum += weight
      return sum
    })
    this.total = sum
  }

  draw(random: Random): T {
    const target = random.next() * this.total
    let low = 0
    let high = this.cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((this.cumulative[middle] ?? 0) > target) high = middle
      else low = middle + 1
    }
    return itemAt(this.values, low)
  }
}

/** items[index], for indices known to be in range (noUncheckedIndexedAccess). */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index]
  if (item === undefined) throw new RangeError(`no item at ${index} of ${items.length}`)
  return item
}

/** A bijection of [0, 10^digits): distinct inputs give distinct, scattered-looking numbers. */
export function scatter(index: number, digits: number): number {
  const modulus = 10 ** digits
  // 48271 is odd and not a multiple of 5, so it is invertible modulo any power of ten.
  return Number((BigInt(index) * 48271n + 7919n) % BigInt(modulus))
}
