export type TallyCandidate = { unitId: string; votes: number; position: number; rank: number | null };
export type CandidateOutcome = "elected" | "tie" | "not_elected";

export type TallyTitleOptions = {
  seats: number;
  candidates: TallyCandidate[];
  // The units the threshold is a share of: all the bloc's units, or those that voted.
  baseCount: number;
  // Elected with strictly more than this share.
  threshold: number;
  tieRule: "revote" | "ranking";
};

// An unranked unit comes after every ranked one.
const rankKey = (c: TallyCandidate) => c.rank ?? Number.POSITIVE_INFINITY;
const byRank = (a: TallyCandidate, b: TallyCandidate) => rankKey(a) - rankKey(b) || a.position - b.position;

// Who a title elects: the candidates over the threshold, most votes first, up to the seats. Equal votes across the
// last seat are a tie: with "revote" none of the tied is elected (the meeting votes again on them); with "ranking"
// the better ranked win, and a tie remains only where the ranking cannot tell them apart.
export function tallyTitle(options: TallyTitleOptions): Map<string, CandidateOutcome> {
  const outcomes = new Map<string, CandidateOutcome>(options.candidates.map((c) => [c.unitId, "not_elected"]));
  const over = options.candidates
    .filter((c) => options.baseCount > 0 && c.votes / options.baseCount > options.threshold)
    .sort((a, b) => b.votes - a.votes || a.position - b.position);
  if (over.length <= options.seats) {
    for (const c of over) outcomes.set(c.unitId, "elected");
    return outcomes;
  }
  const lastVotes = over[options.seats - 1]!.votes;
  const above = over.filter((c) => c.votes > lastVotes);
  for (const c of above) outcomes.set(c.unitId, "elected");
  const tied = over.filter((c) => c.votes === lastVotes);
  const left = options.seats - above.length;
  if (tied.length <= left) {
    for (const c of tied) outcomes.set(c.unitId, "elected");
    return outcomes;
  }
  if (options.tieRule === "revote") {
    for (const c of tied) outcomes.set(c.unitId, "tie");
    return outcomes;
  }
  const ordered = [...tied].sort(byRank);
  const cut = rankKey(ordered[left - 1]!);
  const split = cut < rankKey(ordered[left]!);
  ordered.forEach((c, i) => {
    const key = rankKey(c);
    const outcome = split
      ? i < left
        ? "elected"
        : "not_elected"
      : key < cut
        ? "elected"
        : key === cut
          ? "tie"
          : "not_elected";
    outcomes.set(c.unitId, outcome);
  });
  return outcomes;
}
