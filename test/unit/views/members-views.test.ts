import { describe, expect, test } from "vitest";
import { fallbackView } from "../../../src/bot/features/help/fallback-view.js";
import { helpView } from "../../../src/bot/features/help/help-view.js";
import { groupLinkedView } from "../../../src/bot/features/groups/group-linked-view.js";
import { inviteCreatedView } from "../../../src/bot/features/invites/invite-created-view.js";
import { inviteRolesView } from "../../../src/bot/features/invites/invite-roles-view.js";
import { inviteUnitsView } from "../../../src/bot/features/invites/invite-units-view.js";
import { chooseInviteRole, chooseInviteUnit } from "../../../src/bot/features/invites/invites-callbacks.js";
import { joinedView, welcomeView } from "../../../src/bot/features/invites/start-views.js";
import { blocOverviewView } from "../../../src/bot/features/members/bloc-overview-view.js";
import { memberListView } from "../../../src/bot/features/members/member-list-view.js";
import { askRemoval, confirmRemoval } from "../../../src/bot/features/members/members-callbacks.js";
import { removeConfirmView } from "../../../src/bot/features/members/remove-confirm-view.js";
import { createTranslator } from "../../../src/i18n/translator.js";

const t = createTranslator({ fallbackLocale: "vi" }).forLocale("vi");
const zone = "Asia/Ho_Chi_Minh";
const unitId = "cunit00000000000000001";
const membershipId = "cmember000000000000001";

type Keyboard = { reply_markup: { inline_keyboard: { text: string }[][] } } | undefined;
const buttons = (keyboard: Keyboard) =>
  (keyboard?.reply_markup.inline_keyboard ?? [])
    .flat()
    .map((b) => [b.text, "callback_data" in b ? b.callback_data : undefined]);
const clean = (text: string) => {
  expect(text).not.toContain("{{");
  expect(text).not.toMatch(/\b(invite|members|bloc|start|help|group|role)\.[a-z_]+/);
  return text;
};

describe("invites views", () => {
  test("units: one button per unit by short name, the board only for the board, then cancel", () => {
    const units = [
      { id: unitId, name: "Sở Văn hóa và Thể thao", shortName: "Sở VH&TT" },
      { id: "cunit00000000000000002", name: "Ban Dân tộc", shortName: null },
    ];
    const leader = inviteUnitsView(t, { units, canInviteBoard: false });
    expect(clean(leader.text)).toBe("Tạo link mời cho đơn vị nào?");
    expect(buttons(leader.keyboard)).toEqual([
      ["Sở VH&TT", `iu:${unitId}`],
      ["Ban Dân tộc", "iu:cunit00000000000000002"],
      ["Huỷ", "x"],
    ]);
    const board = inviteUnitsView(t, { units, canInviteBoard: true });
    expect(buttons(board.keyboard)).toContainEqual(["Ban Thi đua – Khen thưởng tỉnh", "iu:board"]);
  });

  test("roles: signatory and liaison of the chosen unit", () => {
    const view = inviteRolesView(t, { unit: { id: unitId, name: "Sở Du lịch" } });
    expect(clean(view.text)).toBe("Mời vai trò nào cho Sở Du lịch?");
    expect(buttons(view.keyboard)).toEqual([
      ["Lãnh đạo đơn vị (người ký)", `ir:${unitId}:signatory`],
      ["Chuyên viên phụ trách thi đua", `ir:${unitId}:liaison`],
      ["Huỷ", "x"],
    ]);
  });

  test("created: the link with its expiry in the bloc's time zone, without a preview", () => {
    const view = inviteCreatedView(t, {
      role: "liaison",
      unitName: "Sở Du lịch",
      link: "https://t.me/KhoiBot?start=abc",
      expiresAt: new Date("2026-03-19T20:30:00Z"),
      maxUses: 1,
      timeZone: zone,
    });
    expect(clean(view.text)).toContain("Link mời Chuyên viên phụ trách thi đua của Sở Du lịch");
    expect(view.text).toContain("https://t.me/KhoiBot?start=abc");
    expect(view.text).toContain("Hiệu lực đến 20/03/2026 03:30, dùng được 1 lần");
    expect(view.extra).toEqual({ link_preview_options: { is_disabled: true } });
  });

  test("welcome and joined name the bloc, the unit (or the board) and the role", () => {
    expect(clean(welcomeView(t, { name: "An", member: null }).text)).toContain("link mời");
    const member = { role: "liaison" as const, isLeaderUnit: true, unitName: "Sở VH&TT", blocName: "Khối 4" };
    expect(clean(welcomeView(t, { name: "An", member }).text)).toContain("Chuyên viên phụ trách thi đua");
    const joined = joinedView(t, {
      status: "joined",
      blocName: "Khối 4",
      unitName: null,
      role: "board",
      isLeaderUnit: false,
    });
    expect(clean(joined.text)).toContain("Đăng ký thành công");
    expect(joined.text).toContain(t("role.board"));
    const again = joinedView(t, {
      status: "already_member",
      blocName: "Khối 4",
      unitName: "Sở Y tế",
      role: "signatory",
      isLeaderUnit: false,
    });
    expect(clean(again.text)).toContain("Bạn đã đăng ký rồi");
  });
});

describe("members views", () => {
  const joinedAt = new Date("2018-03-01T03:00:00Z");
  const groups = [
    {
      unitId,
      unitName: "Sở Y tế",
      members: [
        { membershipId, personId: "p1", name: "Sơn Test", username: null, role: "signatory" as const, joinedAt },
        {
          membershipId: "cmember000000000000002",
          personId: "p2",
          name: "Lan Test",
          username: null,
          role: "liaison" as const,
          joinedAt,
        },
      ],
    },
    { unitId: "cunit00000000000000002", unitName: "Ban Dân tộc", members: [] },
    {
      unitId: null,
      unitName: null,
      members: [
        {
          membershipId: "cmember000000000000003",
          personId: "p3",
          name: "Tửu Test",
          username: null,
          role: "board" as const,
          joinedAt,
        },
      ],
    },
  ];

  test("list: units with counts, people with role and date, remove buttons except self and (for leaders) the board", () => {
    const view = memberListView(t, {
      blocName: "Khối 4",
      groups,
      viewerMembershipId: membershipId,
      canRemoveBoard: false,
      timeZone: zone,
    });
    expect(clean(view.text)).toContain("Thành viên Khối 4:");
    expect(view.text).toContain("Sở Y tế (2)");
    expect(view.text).toContain("• Sơn Test – Lãnh đạo đơn vị (người ký), từ 01/03/2018");
    expect(view.text).toContain("Ban Dân tộc (0)\n  (chưa có ai)");
    expect(buttons(view.keyboard)).toEqual([["Xoá Lan Test", "mr:cmember000000000000002"]]);
    const board = memberListView(t, {
      blocName: "Khối 4",
      groups,
      viewerMembershipId: null,
      canRemoveBoard: true,
      timeZone: zone,
    });
    expect(buttons(board.keyboard).map(([text]) => text)).toEqual(["Xoá Sơn Test", "Xoá Lan Test", "Xoá Tửu Test"]);
    expect(
      memberListView(t, { blocName: "K", groups: [], viewerMembershipId: null, canRemoveBoard: true, timeZone: zone })
        .keyboard,
    ).toBeUndefined();
  });

  test("confirm: names the person, role and unit; yes removes, no dismisses", () => {
    const view = removeConfirmView(t, {
      membershipId,
      name: "Gone Test",
      role: "liaison",
      unitName: "Sở Giáo dục và Đào tạo",
    });
    expect(clean(view.text)).toBe(
      "Xoá Gone Test (Chuyên viên phụ trách thi đua, Sở Giáo dục và Đào tạo) khỏi khối? Người này sẽ không nhận được thông báo của khối nữa.",
    );
    expect(buttons(view.keyboard)).toEqual([
      ["Xoá", `mc:${membershipId}`],
      ["Không xoá", "x"],
    ]);
  });

  test("bloc overview: units numbered, leader badge, board line and total", () => {
    const view = blocOverviewView(t, {
      bloc: { name: "Khối 4", province: "Kiên Giang" },
      year: 2018,
      units: [
        { name: "Sở VH&TT", isLeader: true, isDeputy: false, members: 2 },
        { name: "Ban Dân tộc", isLeader: false, isDeputy: true, members: 0 },
      ],
      boardMembers: 1,
    });
    expect(clean(view.text).split("\n")[0]).toContain("Khối 4");
    expect(view.text).toContain("1. Sở VH&TT");
    expect(view.text).toContain("2. Ban Dân tộc");
    expect(view.text).toContain(t("bloc.total", { joined: 1, units: 2 }));
  });
});

describe("groups and help views", () => {
  test("linked says whether the bot may pin", () => {
    expect(clean(groupLinkedView(t, { blocName: "Khối 4", canPin: true }).text)).toContain(t("group.linked_can_pin"));
    expect(groupLinkedView(t, { blocName: "Khối 4", canPin: false }).text).toContain(t("group.linked_cannot_pin"));
  });

  test("help lists the commands given and who the person is", () => {
    const view = helpView(t, { commands: ["help", "bloc"], member: null });
    expect(clean(view.text)).toContain("/bloc – ");
    expect(view.text).toContain(t("help.not_member"));
    const member = helpView(t, {
      commands: ["help"],
      member: { role: "board", isLeaderUnit: false, unitName: null, blocName: "Khối 4" },
    });
    expect(member.text).toContain(t("role.board"));
  });

  test("fallback names an unknown command, cut to 64 characters", () => {
    expect(fallbackView(t, { command: "/invitee" }).text).toBe(
      "Mình chưa hiểu lệnh /invitee. Gõ /help để xem các lệnh bạn có thể dùng.",
    );
    expect(fallbackView(t, { command: `/${"x".repeat(100)}` }).text).toContain(`/${"x".repeat(63)}.`);
    expect(clean(fallbackView(t, { command: null }).text)).toBe(t("fallback.text"));
  });
});

describe("invites and members callbacks", () => {
  test("round-trip within 64 bytes and refuse forged data", () => {
    for (const [codec, values] of [
      [chooseInviteUnit, { unitId: "board" }],
      [chooseInviteUnit, { unitId }],
      [chooseInviteRole, { unitId, role: "liaison" }],
      [askRemoval, { membershipId }],
      [confirmRemoval, { membershipId }],
    ] as const) {
      const raw = codec.pack(values as never);
      expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(64);
      expect(codec.unpack(raw)).toEqual(values);
    }
    expect(chooseInviteRole.unpack(`ir:${unitId}:board`)).toBeNull();
    expect(askRemoval.unpack("mr:DROP TABLE")).toBeNull();
    expect(chooseInviteUnit.unpack("iu")).toBeNull();
  });
});
