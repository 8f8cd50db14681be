import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// The examples in the conference prompts are derived from the clock: typed back as shown, they are accepted.
// (They were once "20/03/2018 08:00", refused as past by any bot running after that day.)
let t: TestDb;
let h: ApiHarness;
const now = new Date("2026-12-03T07:00:00Z"); // 14:00 on 03/12/2026 in Vietnam
const leader = { id: 940_000, first_name: "Ký SVHTT", last_name: "Test", language_code: "vi" };
const example = (text: string) => /(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2})/.exec(text)?.[1];

beforeAll(async () => {
  t = await createTestDb();
  const seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("conference prompts", () => {
  test("the example time of the new-conference wizard is a week from today and is accepted when typed back", async () => {
    await h.text(leader, "/conference");
    await h.text(leader, "Hội nghị sơ kết");
    const prompt = h.lastTo(leader.id);
    expect(prompt).toMatch(/^Bước 2\/5/);
    expect(example(prompt)).toBe("10/12/2026 08:00");
    await h.text(leader, "không rõ");
    const refusal = h.lastTo(leader.id);
    expect(refusal).toMatch(/^Không hiểu thời gian «không rõ»/);
    expect(example(refusal)).toBe("10/12/2026 08:00");
    await h.text(leader, example(prompt)!);
    expect(h.lastTo(leader.id)).toMatch(/^Bước 3\/5/);
  });
});
