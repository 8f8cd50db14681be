// A vote's ticks as one bit mask per title, in the titles' and candidates' order: "5-0" = candidates 1 and 3 of
// the first title, none of the second.
export type Ticks = boolean[][];

export function emptyTicks(titles: { candidates: unknown[] }[]): Ticks {
  return titles.map((t) => t.candidates.map(() => false));
}

export function packTicks(ticks: Ticks): string {
  return ticks.map((row) => row.reduce((mask, on, i) => (on ? mask + 2 ** i : mask), 0).toString(36)).join("-");
}

// Null when the masks do not fit the titles (an old or forged button).
export function unpackTicks(masks: string, titles: { candidates: unknown[] }[]): Ticks | null {
  const parts = masks.split("-");
  if (parts.length !== titles.length) return null;
  const ticks = titles.map((t, ti) => {
    const mask = parseInt(parts[ti]!, 36);
    if (!Number.isSafeInteger(mask) || mask >= 2 ** t.candidates.length) return null;
    return t.candidates.map((_c, i) => Math.floor(mask / 2 ** i) % 2 === 1);
  });
  return ticks.every((row) => row !== null) ? (ticks as Ticks) : null;
}

export function toggleTick(ticks: Ticks, title: number, candidate: number): Ticks {
  return ticks.map((row, ti) => row.map((on, ci) => (ti === title && ci === candidate ? !on : on)));
}

// titleId → the ticked candidates' unit ids, what the domain's castVote takes.
export function ticksToChoices(
  ticks: Ticks,
  titles: { id: string; candidates: { unitId: string }[] }[],
): Record<string, string[]> {
  return Object.fromEntries(
    titles.map((t, ti) => [t.id, t.candidates.filter((_c, ci) => ticks[ti]![ci]).map((c) => c.unitId)]),
  );
}
