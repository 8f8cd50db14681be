import { beforeAll, describe, expect, test } from "vitest";
import { acknowledgeAnnouncement } from "../../src/domain/announcements/acknowledge-announcement.js";
import { createAnnouncement } from "../../src/domain/announcements/create-announcement.js";
import { sendFollowUp } from "../../src/domain/announcements/send-follow-up.js";
import { startConversation } from "../../src/domain/conversations/start-conversation.js";
import { isDomainError } from "../../src/domain/domain-error.js";
import { loadActor } from "../../src/domain/people/load-actor.js";
import { isPolicyError } from "../../src/domain/policy/policy-error.js";
import { createBotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";
import { snapshotTables } from "../support/table-snapshot.js";

// Every mutating announcement service refuses, before writing anything, someone the rule does not allow.
const bloc = useSeededBloc();
const leader = makeUser("Nghiệp");
const signatory = makeUser("Ký SYT");
const outsider = makeUser("Người ngoài");
let announcementId: string;
const now = () => new Date();

beforeAll(async () => {
  const { seed } = bloc;
  const h = createBotHarness({ db: bloc.t.db });
  await h.text(leader, `/start ${await seed.invite("SVHTT", "signatory")}`);
  await h.text(signatory, `/start ${await seed.invite("SYT", "signatory")}`);
  await h.text(outsider, "/start");
  // The leader unit announces to everyone; the signatory of Sở Y tế receives it.
  await h.text(leader, "/announce");
  await h.text(leader, "Họp giao ban lúc 8:00.");
  await h.press(leader, "af");
  await h.press(leader, "aa:everyone");
  await h.press(leader, "as:0");
  await h.deliver();
  announcementId = (await bloc.t.db.announcement.findFirstOrThrow()).id;
});

async function expectRefused(run: () => Promise<unknown>, check: (error: unknown) => boolean) {
  const before = await snapshotTables(bloc.t.db);
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error && check(error), String(error)).toBe(true);
  expect(await snapshotTables(bloc.t.db)).toEqual(before);
}

describe("announcement services check the actor first", () => {
  test("createAnnouncement: a unit that does not lead may not announce, even with a wizard in the database", async () => {
    const actor = await loadActor(bloc.t.db, { telegramId: signatory.id });
    await startConversation(bloc.t.db, {
      personId: actor.person!.id,
      kind: "announce",
      step: "confirm",
      data: { text: "Giả mạo", kind: "text", audience: "everyone", unitIds: [] },
      now: now(),
    });
    await expectRefused(
      () => createAnnouncement(bloc.t.db, { actor, pin: false, progress: { chatId: 1, messageId: 1 }, now: now() }),
      (e) => isPolicyError(e) && e.code === "authz.denied",
    );
  });

  test("createAnnouncement: someone outside the bloc is told so", async () => {
    const actor = await loadActor(bloc.t.db, { telegramId: outsider.id });
    await expectRefused(
      () => createAnnouncement(bloc.t.db, { actor, pin: false, progress: { chatId: 1, messageId: 1 }, now: now() }),
      (e) => isPolicyError(e) && e.code === "authz.not_member",
    );
  });

  test("sendFollowUp: only the leader unit and the board remind", async () => {
    for (const user of [signatory, outsider]) {
      const actor = await loadActor(bloc.t.db, { telegramId: user.id });
      await expectRefused(
        () => sendFollowUp(bloc.t.db, { actor, announcementId, now: now() }),
        (e) => isPolicyError(e) && e.action === "announce.follow_up",
      );
    }
  });

  test("acknowledgeAnnouncement: the recipient check stays in the service; an outsider records nothing", async () => {
    for (const telegramId of [outsider.id, 999_999_001]) {
      const actor = await loadActor(bloc.t.db, { telegramId });
      await expectRefused(
        () => acknowledgeAnnouncement(bloc.t.db, { actor, announcementId, now: now() }),
        (e) => isDomainError(e) && !isPolicyError(e) && e.code === "announce.error_not_recipient",
      );
    }
    // A recipient may.
    const actor = await loadActor(bloc.t.db, { telegramId: signatory.id });
    expect((await acknowledgeAnnouncement(bloc.t.db, { actor, announcementId, now: now() })).already).toBe(false);
  });
});
