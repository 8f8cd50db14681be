import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createBotHarness, type ApiCall, type BotHarness } from "../support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// A real bloc grew to 88 members: /members sent one 7,431-character message with 87 buttons (Telegram allows 4,096
// characters and 100 buttons). /members and /bloc now come a page at a time, turned with ◀ ▶.
let t: TestDb;
let h: BotHarness;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
const leader = makeUser("Nghiệp", "vi");
const names: string[] = [];

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db);
  h = createBotHarness({ db: t.db });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  const units = ["SVHTT", "BDT", "SGDDT", "SLDTBXH", "SYT", "SDL", "STTTT"].filter((code) =>
    seed.units.some((unit) => unit.code === code),
  );
  for (let i = 0; i < 87; i++) {
    const name = `Nguyễn Thị Thanh Hương ${String(i + 1).padStart(2, "0")}`;
    names.push(name);
    const person = await t.db.person.create({
      data: { telegramId: BigInt(930_000 + i), chatId: BigInt(930_000 + i), firstName: name },
    });
    await t.db.membership.create({
      data: {
        personId: person.id,
        blocId: seed.blocId,
        unitId: seed.unitId(units[i % units.length]!),
        role: i % 2 ? "liaison" : "signatory",
      },
    });
  }
  // 150 more units, with the long names real departments have.
  for (let i = 0; i < 150; i++)
    await t.db.unit.create({
      data: {
        blocId: seed.blocId,
        code: `X${i}`,
        name: `Ban Quản lý các khu kinh tế và khu công nghiệp số ${i + 1} của tỉnh`,
        position: 100 + i,
      },
    });
});
afterAll(async () => t.close());

const buttons = (call: ApiCall) => h.buttonsOf(call);
const nextButton = (call: ApiCall) => buttons(call).find((b) => b.text === "Trang sau ▶");

// Reads every page: the command's message, then ▶ until there is none. Each page replaces the one before.
async function readAllPages(command: string): Promise<ApiCall[]> {
  await h.text(leader, command);
  const pages = [h.lastCallTo(leader.id)!];
  while (nextButton(pages.at(-1)!)) {
    await h.press(leader, nextButton(pages.at(-1)!)!.callback_data);
    const edit = h.lastCallTo(leader.id, "editMessageText")!;
    pages.push(edit);
    expect(pages.length).toBeLessThan(30);
  }
  return pages;
}

describe("long lists come a page at a time", () => {
  test("/members: every member once, each page within Telegram's limits, ◀ goes back", async () => {
    const pages = await readAllPages("/members");
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      const text = String(page.payload.text);
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(buttons(page).length).toBeLessThanOrEqual(25);
      expect(text).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(text.startsWith("Thành viên Khối thi đua số 4:")).toBe(true);
    }
    const allText = pages.map((page) => String(page.payload.text)).join("\n");
    for (const name of names) expect(allText.split(`• ${name} –`).length - 1, name).toBe(1);
    const removals = pages.flatMap((page) => buttons(page).filter((b) => b.text.startsWith("Xoá ")));
    expect(removals.map((b) => b.text).sort()).toEqual(names.map((name) => `Xoá ${name}`).sort());

    const back = buttons(pages.at(-1)!).find((b) => b.text === "◀ Trang trước")!;
    await h.press(leader, back.callback_data);
    expect(h.lastCallTo(leader.id, "editMessageText")!.payload.text).toBe(pages.at(-2)!.payload.text);
  });

  test("/bloc: every unit once across the pages, the board and the total on each", async () => {
    const pages = await readAllPages("/bloc");
    expect(pages.length).toBeGreaterThan(1);
    const allText = pages.map((page) => String(page.payload.text)).join("\n");
    for (let i = 0; i < 150; i++) expect(allText.split(`số ${i + 1} của tỉnh:`).length - 1, `unit ${i + 1}`).toBe(1);
    for (const page of pages) {
      expect(String(page.payload.text).length).toBeLessThanOrEqual(4096);
      expect(page.payload.text).toContain("Tổng cộng:");
    }
  });

  test("a page button from before the list shrank shows the last page there is", async () => {
    await h.text(leader, "/members");
    const pressOld = buttons(h.lastCallTo(leader.id)!).find((b) => b.text === "Trang sau ▶")!;
    await h.press(leader, pressOld.callback_data.replace(/:\d+$/, ":999"));
    const call = h.lastCallTo(leader.id, "editMessageText")!;
    expect(call.payload.text).toMatch(/^Thành viên[^]*\nTrang (\d+)\/\1\n/);
    expect(buttons(call).some((b) => b.text === "Trang sau ▶")).toBe(false);
  });
});
