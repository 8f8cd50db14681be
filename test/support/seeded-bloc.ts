import { afterAll, beforeAll, beforeEach } from "vitest";
import { createBotHarness, type BotHarness } from "./bot-harness.js";
import { seedExampleBloc } from "./fixtures.js";
import { createTestDb, type TestDb } from "./test-db.js";

export type SeededBloc = { t: TestDb; seed: Awaited<ReturnType<typeof seedExampleBloc>>; h: BotHarness };

// One migrated database with the 2018 Bloc No. 4 per test file, and a fresh bot harness per test.
export function useSeededBloc(): SeededBloc {
  const state = {} as SeededBloc;
  beforeAll(async () => {
    state.t = await createTestDb();
    state.seed = await seedExampleBloc(state.t.db);
  });
  afterAll(async () => state.t.close());
  beforeEach(() => {
    state.h = createBotHarness({ db: state.t.db });
  });
  return state;
}
