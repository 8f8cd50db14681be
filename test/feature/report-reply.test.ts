import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// A report sent in reply to its reminder is filed even while the person has another feature's wizard open: the
// reports feature comes before every other wizard-bearing feature, and the other wizard stays where it was.
let t: TestDb;
let h: ApiHarness;
let now = new Date("2026-01-02T01:00:00Z");
const vn = (local: string) => new Date(`${local}+07:00`);
const leader = { id: 931_000, first_name: "CV SVHTT", last_name: "Test", language_code: "vi" };

beforeAll(async () => {
  t = await createTestDb();
  const seed = await seedExampleBloc(t.db, now);
  h = await createApiHarness({ db: t.db, now: () => now });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "liaison")}`);
  // The usual four reports are created on first use.
  await h.text(leader, "/reports");
});
afterAll(async () => {
  await h.stop();
  await t.close();
});

describe("a reply to a report reminder", () => {
  test("is filed while the /announce wizard is open, and that wizard stays open", async () => {
    now = vn("2026-01-20T08:00");
    expect((await h.runJobs(now)).failed).toEqual([]);
    await h.deliver();
    const reminder = [...h.api.sent(leader.id)]
      .reverse()
      .find((m) => m.text?.includes("«Báo cáo tháng» — Tháng 01/2026"));
    expect(reminder).toBeDefined();

    now = vn("2026-01-20T09:00");
    await h.text(leader, "/announce");
    const file = h.api.addFile("report", {
      fileName: "bao-cao-thang-1.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    await h.replyDocument(leader, file.file_id, { chatId: leader.id, messageId: reminder!.messageId });

    expect(h.lastTo(leader.id)).toContain("Số biên nhận:");
    expect(await t.db.reportSubmission.count()).toBe(1);
    const person = await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(leader.id) } });
    expect(await t.db.conversation.findUnique({ where: { personId: person.id } })).toMatchObject({
      kind: "announce",
      step: "content",
    });
  });
});
