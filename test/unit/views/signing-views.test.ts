import { describe, expect, test } from "vitest";
import { confirmOpenView } from "../../../src/bot/features/signing/confirm-open-view.js";
import { confirmSignView } from "../../../src/bot/features/signing/confirm-sign-view.js";
import { delegateView } from "../../../src/bot/features/signing/delegate-view.js";
import { openedText } from "../../../src/bot/features/signing/opened-text.js";
import { signedText } from "../../../src/bot/features/signing/signed-text.js";
import { signingDeadlineView } from "../../../src/bot/features/signing/signing-deadline-view.js";
import { signingPromptView } from "../../../src/bot/features/signing/signing-prompt-view.js";
import { signingSourceView } from "../../../src/bot/features/signing/signing-source-view.js";
import { signingStatusView, type SigningStatus } from "../../../src/bot/features/signing/signing-status-view.js";
import { createTranslator } from "../../../src/i18n/translator.js";

const t = createTranslator({ fallbackLocale: "vi" }).forLocale("vi");
const zone = "Asia/Ho_Chi_Minh";
const sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const roundId = "cround0000000000000001";
const personId = "cperson000000000000001";

type Keyboard = { reply_markup: { inline_keyboard: { text: string }[][] } } | undefined;
const buttons = (keyboard: Keyboard) =>
  (keyboard?.reply_markup.inline_keyboard ?? [])
    .flat()
    .map((b) => [b.text, "callback_data" in b ? b.callback_data : undefined]);
const clean = (text: string) => {
  expect(text).not.toContain("{{");
  expect(text).not.toMatch(/\bsigning\.[a-z_]+/);
  return text;
};

function status(state: "open" | "completed" | "voided"): SigningStatus {
  const at = new Date("2018-03-20T03:05:00Z");
  return {
    round: { id: roundId, state, title: "Giao ước thi đua năm 2018", sha256, voidReason: "Sửa Điều 3" },
    signed: 2,
    total: 3,
    rows: [
      {
        unitId: "u1",
        unitName: "Sở Văn hóa và Thể thao",
        shortName: "Sở VH&TT",
        signerName: "Trần Bình",
        role: "signatory",
        delegatedByName: null,
        signedAt: at,
        delegateName: null,
      },
      {
        unitId: "u2",
        unitName: "Sở Y tế",
        shortName: null,
        signerName: "Nguyễn Lan",
        role: "delegate",
        delegatedByName: "Võ Hùng",
        signedAt: at,
        delegateName: "Nguyễn Lan",
      },
      {
        unitId: "u3",
        unitName: "Ban Dân tộc",
        shortName: null,
        signerName: null,
        role: null,
        delegatedByName: null,
        signedAt: null,
        delegateName: "Lê Hà",
      },
    ],
  } as unknown as SigningStatus;
}

describe("signing views", () => {
  test("status of an open round: count, fingerprint, one line per unit, and the buttons the person may use", () => {
    const view = signingStatusView(t, {
      status: status("open"),
      timeZone: zone,
      buttons: { sign: true, delegate: true, void: true },
    });
    expect(clean(view.text).split("\n")).toEqual([
      "Ký giao ước «Giao ước thi đua năm 2018» (dấu vân tay 9f86 d081 884c 7d65): 2/3 đã ký",
      "✅ Sở VH&TT: Trần Bình – 20/03/2018 10:05",
      "✅ Sở Y tế: Nguyễn Lan (ký thay Võ Hùng) – 20/03/2018 10:05",
      "⏳ Ban Dân tộc: chưa ký (uỷ quyền ký thay: Lê Hà)",
    ]);
    expect(buttons(view.keyboard)).toEqual([
      ["✍️ Ký giao ước", `sg:${roundId}`],
      ["Uỷ quyền ký thay", `sd:${roundId}`],
      ["Huỷ vòng ký", `sv:${roundId}`],
    ]);
  });

  test("a closed round has no buttons, whatever the person may do", () => {
    const view = signingStatusView(t, {
      status: status("voided"),
      timeZone: zone,
      buttons: { sign: true, delegate: true, void: true },
    });
    expect(clean(view.text)).toContain("Sửa Điều 3");
    expect(view.keyboard).toBeUndefined();
    const plain = signingStatusView(t, {
      status: status("open"),
      timeZone: zone,
      buttons: { sign: false, delegate: false, void: false },
    });
    expect(plain.keyboard).toBeUndefined();
  });

  test("source choice: each final version, the upload, and cancel", () => {
    const view = signingSourceView(t, [{ id: "cversion00000000000001", number: 2, draft: { title: "Giao ước 2018" } }]);
    expect(clean(view.text)).toMatch(/^Mở ký giao ước\. Chọn văn bản/);
    expect(buttons(view.keyboard)).toEqual([
      ["Giao ước 2018 (lần 2, bản cuối)", "so:cversion00000000000001"],
      ["📎 Tải lên tệp giao ước", "su"],
      ["Huỷ", "fc"],
    ]);
    expect(clean(signingSourceView(t, []).text)).toContain("Chưa có dự thảo nào được chốt bản cuối");
  });

  test("deadline, prompts and the confirmation before opening", () => {
    expect(buttons(signingDeadlineView(t).keyboard)).toEqual([
      ["Không đặt hạn", "sn"],
      ["Huỷ", "fc"],
    ]);
    expect(buttons(signingPromptView(t, "signing.ask_void_reason").keyboard)).toEqual([["Huỷ", "fc"]]);
    clean(signingPromptView(t, "signing.ask_file").text);
    const view = confirmOpenView(t, {
      title: "Giao ước",
      fileName: "gu.docx",
      sha256,
      deadline: new Date("2018-03-22T10:00:00Z"),
      timeZone: zone,
    });
    expect(clean(view.text)).toContain("Dấu vân tay SHA-256: 9f86 d081 884c 7d65…\nHạn ký: 22/03/2018 17:00");
    expect(buttons(view.keyboard)).toEqual([
      ["Mở ký", "sa"],
      ["Huỷ", "fc"],
    ]);
    const open = confirmOpenView(t, { title: "Giao ước", fileName: "gu.docx", sha256, deadline: null, timeZone: zone });
    expect(open.text).toContain("Hạn ký: không đặt hạn");
  });

  test("confirming a signature, as signatory and as delegate", () => {
    const data = { roundId, role: "signatory" as const, unitName: "Sở Y tế", title: "Giao ước", sha256, name: "Lan" };
    const view = confirmSignView(t, data);
    expect(clean(view.text)).toContain("Đơn vị: Sở Y tế\nVăn bản: Giao ước\nDấu vân tay: 9f86 d081 884c 7d65…");
    expect(buttons(view.keyboard)).toEqual([
      ["Tôi xác nhận ký", `sc:${roundId}`],
      ["Huỷ", "fc"],
    ]);
    expect(clean(confirmSignView(t, { ...data, role: "delegate" }).text)).toMatch(/^Xác nhận ký thay:/);
  });

  test("delegation: one button per colleague, or a note when there is none", () => {
    const view = delegateView(t, {
      roundId,
      title: "Giao ước",
      unitName: "Sở Y tế",
      colleagues: [{ personId, name: "Lan Test" }],
    });
    expect(clean(view.text)).toBe("Uỷ quyền cho ai trong Sở Y tế ký thay «Giao ước»?");
    expect(buttons(view.keyboard)).toEqual([
      ["Lan Test", `sp:${roundId}:${personId}`],
      ["Huỷ", "fc"],
    ]);
    const none = delegateView(t, { roundId, title: "Giao ước", unitName: "Sở Y tế", colleagues: [] });
    expect(clean(none.text)).toBe("Sở Y tế chưa có thành viên nào khác để uỷ quyền.");
    expect(none.keyboard).toBeUndefined();
  });

  test("results: opened and signed", () => {
    expect(clean(openedText(t, { title: "Giao ước", sha256, signatories: 7, units: 7 }))).toBe(
      "Đã mở ký «Giao ước» (dấu vân tay 9f86 d081 884c 7d65) và gửi tới 7 người ký của 7 đơn vị. Dùng /signing để theo dõi.",
    );
    const signed = signedText(
      t,
      {
        unitName: "Sở Y tế",
        title: "Giao ước",
        sha256,
        signedAt: new Date("2018-03-20T03:05:00Z"),
        signed: 3,
        units: 7,
      },
      zone,
    );
    expect(clean(signed)).toBe(
      "Đã ký: Sở Y tế – «Giao ước» (dấu vân tay 9f86 d081 884c 7d65) lúc 20/03/2018 10:05.\nĐã có 3/7 đơn vị ký.",
    );
  });
});
