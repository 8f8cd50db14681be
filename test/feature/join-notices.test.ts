import { describe, expect, test } from "vitest";
import { joinNoticeMaxLines, joinNoticeWindowMs } from "../../src/domain/invites/queue-join-notice.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

const s = useSeededBloc();
const minutes = (n: number) => n * 60_000;
const digests = (chatId: number) =>
  s.t.db.outboxMessage.findMany({
    where: { chatId: BigInt(chatId), textKey: "start.notify_leader_digest" },
    orderBy: { createdAt: "asc" },
  });

// Defect: every registration sent its own message to every leader-unit member. Now each member gets at most one
// digest per window, naming everyone who joined in it.
describe("join notices to the leader unit", () => {
  test("two registrations within the window make one digest naming both; a later one starts a new digest", async () => {
    const start = new Date();
    const at = (offset: number) => (s.h.clock.now = () => new Date(start.getTime() + offset));
    const leader = makeUser("Lãnh", "vi");
    at(0);
    await s.h.text(leader, `/start ${await s.seed.invite("SVHTT", "signatory")}`);
    await s.h.text(makeUser("Cường", "vi"), `/start ${await s.seed.invite("BDT", "liaison")}`);
    at(minutes(2));
    await s.h.text(makeUser("Dung", "vi"), `/start ${await s.seed.invite("SYT", "signatory")}`);

    const [digest, ...more] = await digests(leader.id);
    expect(more).toEqual([]);
    expect(digest!.nextAttemptAt.getTime()).toBe(start.getTime() + joinNoticeWindowMs);
    await s.h.deliver();
    expect(s.h.textsTo(leader.id).filter((text) => text.includes("tham gia"))).toEqual([]);

    at(joinNoticeWindowMs + 1);
    await s.h.deliver();
    expect(s.h.lastTo(leader.id)).toBe(
      "Thành viên mới của khối (2):\n" +
        "• Cường Test vừa tham gia Ban Dân tộc với vai trò Chuyên viên phụ trách thi đua\n" +
        "• Dung Test vừa tham gia Sở Y tế với vai trò Lãnh đạo đơn vị (người ký)",
    );

    at(minutes(7));
    await s.h.text(makeUser("Giang", "vi"), `/start ${await s.seed.invite("SDL", "liaison")}`);
    const rows = await digests(leader.id);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.state).toBe("pending");
    expect(rows[1]!.nextAttemptAt.getTime()).toBe(start.getTime() + minutes(7) + joinNoticeWindowMs);
    at(minutes(13));
    await s.h.deliver();
    expect(s.h.lastTo(leader.id)).toBe(
      "Thành viên mới của khối (1):\n• Giang Test vừa tham gia Sở Du lịch với vai trò Chuyên viên phụ trách thi đua",
    );
  });

  test("a window with more newcomers than a message can list names the first ones and counts the others", async () => {
    const start = new Date();
    s.h.clock.now = () => start;
    const leader = makeUser("Lãnh", "vi");
    await s.h.text(leader, `/start ${await s.seed.invite("SVHTT", "signatory")}`);
    const joining = joinNoticeMaxLines + 3;
    for (let i = 0; i < joining; i++)
      await s.h.text(makeUser(`Người${i}`, "vi"), `/start ${await s.seed.invite("BDT", "liaison")}`);

    s.h.clock.now = () => new Date(start.getTime() + joinNoticeWindowMs + 1);
    await s.h.deliver();
    const text = s.h.lastTo(leader.id);
    const lines = text.split("\n");
    expect(lines[0]).toBe(`Thành viên mới của khối (${joining}):`);
    expect(lines.slice(1, -1)).toHaveLength(joinNoticeMaxLines);
    expect(lines[1]).toBe("• Người0 Test vừa tham gia Ban Dân tộc với vai trò Chuyên viên phụ trách thi đua");
    expect(lines.at(-2)).toContain(`Người${joinNoticeMaxLines - 1} Test`);
    expect(lines.at(-1)).toBe("… và 3 người khác (xem /members)");
  });
});
