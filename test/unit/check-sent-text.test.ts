import { expect, test } from "vitest";
import { checkSentText, takeTextProblems } from "../support/check-sent-text.js";

// The check every bot-driving test runs on what the bot sends (test/support/assert-clean-texts.ts).
test("unfilled placeholders, raw keys, undefined and over-long texts are caught; clean texts pass", () => {
  checkSentText("sendMessage", { text: "Quá hạn: ❗ {{unit}} chưa nộp" });
  checkSentText("sendMessage", { text: "Xem reports.escalation_rule_signatory để biết thêm" });
  checkSentText("editMessageText", { text: "Hạn: undefined" });
  checkSentText("sendMessage", { text: "x".repeat(4097) });
  checkSentText("sendMessage", {
    text: "ok",
    reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "{{name}}", callback_data: "a" }]] }),
  });
  const problems = takeTextProblems();
  expect(problems).toHaveLength(5);
  expect(problems[1]).toContain("raw locale key");
  checkSentText("sendMessage", { text: "Đã gửi 7/7 · 0 lỗi. Hạn góp ý: 15/03/2018 17:00 (www.kiengiang.gov.vn)" });
  expect(takeTextProblems()).toEqual([]);
});
