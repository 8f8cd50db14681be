import { DomainError } from "../domain-error.js";

type Title = { id: string; name: string; seats: number; candidates: { unitId: string }[] };

// A unit's choices: for each title, candidates only, each once, at most the title's seats, and not itself when the
// rules forbid it. Fewer than the seats, or none (a blank for that title), is a valid vote.
export function checkChoices(options: {
  titles: Title[];
  choices: Record<string, string[]>;
  voterUnitId: string;
  selfVoteAllowed: boolean;
}): Map<string, string[]> {
  const titles = new Map(options.titles.map((t) => [t.id, t]));
  if (Object.keys(options.choices).some((id) => !titles.has(id))) throw new DomainError("ballots.error_not_candidate");
  const checked = new Map<string, string[]>();
  for (const title of options.titles) {
    const picked = options.choices[title.id] ?? [];
    const candidates = new Set(title.candidates.map((c) => c.unitId));
    if (new Set(picked).size !== picked.length || picked.some((id) => !candidates.has(id)))
      throw new DomainError("ballots.error_not_candidate");
    if (picked.length > title.seats)
      throw new DomainError("ballots.error_too_many", { title: title.name, seats: title.seats });
    if (!options.selfVoteAllowed && picked.includes(options.voterUnitId))
      throw new DomainError("ballots.error_self_vote", { title: title.name });
    checked.set(title.id, picked);
  }
  return checked;
}
