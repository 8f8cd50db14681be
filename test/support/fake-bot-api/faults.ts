import type { FailOptions, FailRandomlyOptions, FaultReply, MethodMatcher } from "./types.js";

type Rule = {
  matches: (method: string, chatId: number | undefined) => boolean;
  /** Decides, and consumes, whether this call fails. */
  fires: () => boolean;
  reply: FaultReply;
  exhausted: () => boolean;
};

/** Faults scripted by a test: a fixed number of failures first, then probabilistic ones. */
export class FaultPlan {
  private rules: Rule[] = [];

  /** Returns a function that withdraws the rule. */
  fail(options: FailOptions): () => void {
    let left = options.times ?? 1;
    return this.add({
      matches: matcher(options.method, options.chatId),
      fires: () => left-- > 0,
      exhausted: () => left <= 0,
      reply: options.reply,
    });
  }

  failRandomly(options: FailRandomlyOptions): () => void {
    if (!(options.ratio >= 0 && options.ratio <= 1))
      throw new RangeError(`ratio must be within 0..1, got ${options.ratio}`);
    const next = mulberry32(options.seed ?? 1);
    return this.add({
      matches: matcher(options.method, options.chatId),
      // Draw for every matching call so that the sequence of failures depends on the seed only.
      fires: () => next() < options.ratio,
      exhausted: () => false,
      reply: options.reply,
    });
  }

  /** The fault this call runs into, if any. Counted rules go first, in the order they were added. */
  take(method: string, chatId: number | undefined): FaultReply | undefined {
    for (const rule of this.rules) {
      if (rule.exhausted() || !rule.matches(method, chatId)) continue;
      if (rule.fires()) return rule.reply;
    }
    return undefined;
  }

  clear(): void {
    this.rules = [];
  }

  private add(rule: Rule): () => void {
    this.rules.push(rule);
    return () => {
      this.rules = this.rules.filter((r) => r !== rule);
    };
  }
}

export function methodMatches(pattern: MethodMatcher, method: string): boolean {
  if (typeof pattern !== "string") return pattern.some((p) => methodMatches(p, method));
  const wanted = pattern.toLowerCase();
  const actual = method.toLowerCase();
  return wanted.endsWith("*") ? actual.startsWith(wanted.slice(0, -1)) : actual === wanted;
}

function matcher(pattern: MethodMatcher, chatId: number | undefined) {
  return (method: string, callChat: number | undefined) =>
    methodMatches(pattern, method) && (chatId === undefined || chatId === callChat);
}

/** A small seeded PRNG, so a "1% of sends fail" benchmark fails the same sends on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
