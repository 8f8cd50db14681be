import ExcelJS from "exceljs";
import { expect } from "vitest";
import type { ApiHarness } from "./api-harness.js";
import { seedExampleBloc } from "./fixtures.js";
import { importReviewScale } from "./review-round.js";
import type { TestDb } from "./test-db.js";

export type Person = { id: number; first_name: string; last_name: string; language_code: string };
export const person = (id: number, first_name: string, language_code = "vi"): Person => ({
  id,
  first_name,
  last_name: "Test",
  language_code,
});

type Button = { text: string; callback_data: string };
export const buttonsOf = (markup: unknown): Button[] =>
  ((markup as { inline_keyboard?: Button[][] })?.inline_keyboard ?? []).flat();

// Driving /sheet as a person does: read the latest buttons, press one by its label.
export function sheetBot(h: ApiHarness) {
  const labels = (user: { id: number }) => buttonsOf(h.api.sent(user.id).at(-1)?.replyMarkup).map((b) => b.text);
  const findButton = (user: { id: number; first_name: string }, label: string | RegExp) => {
    const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
    const message = [...h.api.sent(user.id)]
      .reverse()
      .find((m) => buttonsOf(m.replyMarkup).some((b) => matches(b.text)));
    if (!message) throw new Error(`no button ${label} for ${user.first_name}`);
    return { message, button: buttonsOf(message.replyMarkup).find((b) => matches(b.text))! };
  };
  const press = async (user: Person, label: string | RegExp) => {
    const { message, button } = findButton(user, label);
    await h.press(user, button.callback_data, { chatId: user.id, messageId: message.messageId });
  };
  return { labels, findButton, press };
}

// A bloc with the 100-point scale and a round open until 15/12/2026 17:00 (Asia/Ho_Chi_Minh), its people joined.
export async function openRoundWithPeople(t: TestDb, h: ApiHarness, now: Date, people: Record<string, Person[]>) {
  const seed = await seedExampleBloc(t.db, now);
  for (const [code, [signatory, ...others]] of Object.entries(people)) {
    await h.text(signatory!, `/start ${await seed.invite(code, "signatory")}`);
    for (const other of others) await h.text(other, `/start ${await seed.invite(code, "liaison")}`);
  }
  const { leaf, scaleId } = await importReviewScale(t.db, { blocId: seed.blocId, year: 2026, now });
  const leader = people["SVHTT"]![0]!;
  await h.text(leader, "/review open 15/12/2026 17:00");
  expect(h.lastTo(leader.id)).toContain("Hạn nộp phiếu: 15/12/2026 17:00");
  await sheetBot(h).press(leader, "✅ Mở đợt");
  expect(h.lastTo(leader.id)).toContain("Tổng kết năm 2026");
  return { seed, leaf, scaleId };
}

// The .xlsx the bot last sent to this person, opened as Excel would.
export async function lastSentWorkbook(h: ApiHarness, user: { id: number }) {
  const sent = [...h.api.sent(user.id)].reverse().find((m) => m.method === "sendDocument");
  if (!sent?.file) throw new Error("no document sent");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(h.api.fileBytes(sent.file.file_id)! as unknown as ArrayBuffer);
  return { workbook, sent };
}

// The workbook saved and sent back to the bot as a document, as a person does from the Telegram client.
export async function sendWorkbook(h: ApiHarness, user: Person, workbook: ExcelJS.Workbook, fileName: string) {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const file = h.api.addFile(bytes, { fileName });
  await h.document(user, file.file_id);
  return bytes;
}

// Rewrites one value of the hidden `_khoi` sheet (what the file says it is).
export function setSheetMeta(workbook: ExcelJS.Workbook, key: string, value: string) {
  const meta = workbook.getWorksheet("_khoi")!;
  meta.eachRow((row) => {
    if (row.getCell(1).value === key) row.getCell(2).value = value;
  });
}
