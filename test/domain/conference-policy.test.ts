import { beforeAll, describe, expect, test } from "vitest";
import { answerConference } from "../../src/domain/conference/answer-conference.js";
import { attachMinutes } from "../../src/domain/conference/attach-minutes.js";
import { cancelConference } from "../../src/domain/conference/cancel-conference.js";
import { changeConference } from "../../src/domain/conference/change-conference.js";
import { checkInUnit } from "../../src/domain/conference/check-in-unit.js";
import { createConference } from "../../src/domain/conference/create-conference.js";
import { setConferenceReminders } from "../../src/domain/conference/set-conference-reminders.js";
import { type Actor } from "../../src/domain/people/load-actor.js";
import { expectRefusedAndUnchanged, registerPolicyActors } from "../support/policy-actors.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// Every mutating conference service refuses an actor the policy does not allow, before it writes anything.
const s = useSeededBloc();
const now = new Date("2018-03-10T02:00:00Z");
const timeZone = "Asia/Ho_Chi_Minh";
const plan = {
  title: "Hội nghị",
  startsAt: new Date("2018-03-20T01:00:00Z"),
  venue: "Hội trường",
  agenda: "",
  chair: "",
};
const actors = {} as Record<"leader" | "liaison" | "board" | "outsider", Actor>;
let conferenceId = "";

beforeAll(async () => {
  Object.assign(actors, await registerPolicyActors(s));
  const { conference } = await createConference(s.t.db, {
    blocId: s.seed.blocId,
    createdById: actors.leader.person!.id,
    actor: actors.leader,
    conference: plan,
    timeZone,
    now,
  });
  conferenceId = conference.id;
});

const blocId = () => s.seed.blocId;
const personOf = (actor: Actor) => actor.person?.id ?? "nobody";
const answer = (actor: Actor) =>
  answerConference(s.t.db, {
    blocId: blocId(),
    conferenceId,
    personId: personOf(actor),
    answer: "attending",
    attendees: [{ name: "Nguyễn Văn An", title: "Giám đốc" }],
    reason: null,
    actor,
    timeZone,
    now,
  });
const cases: [string, keyof typeof actors, (actor: Actor) => Promise<unknown>][] = [
  [
    "createConference",
    "liaison",
    (actor) =>
      createConference(s.t.db, {
        blocId: blocId(),
        createdById: personOf(actor),
        actor,
        conference: { ...plan, startsAt: new Date("2018-04-20T01:00:00Z") },
        timeZone,
        now,
      }),
  ],
  [
    "changeConference (time)",
    "liaison",
    (actor) =>
      changeConference(s.t.db, {
        blocId: blocId(),
        conferenceId,
        change: { startsAt: new Date("2018-03-21T01:00:00Z") },
        actor,
        timeZone,
        now,
      }),
  ],
  [
    "changeConference (venue)",
    "outsider",
    (actor) =>
      changeConference(s.t.db, {
        blocId: blocId(),
        conferenceId,
        change: { venue: "Phòng họp 2" },
        actor,
        timeZone,
        now,
      }),
  ],
  [
    "cancelConference",
    "liaison",
    (actor) => cancelConference(s.t.db, { blocId: blocId(), conferenceId, reason: "Lùi lịch", actor, timeZone, now }),
  ],
  [
    "setConferenceReminders",
    "liaison",
    (actor) =>
      setConferenceReminders(s.t.db, {
        blocId: blocId(),
        conferenceId,
        target: "rsvp",
        offsets: [60],
        actor,
        timeZone,
        now,
      }),
  ],
  [
    "checkInUnit (the leader's mark)",
    "liaison",
    (actor) =>
      checkInUnit(s.t.db, {
        blocId: blocId(),
        conferenceId,
        unitId: actors.liaison.unit!.id,
        personId: personOf(actor),
        actor,
        timeZone,
        now,
      }),
  ],
  [
    "attachMinutes",
    "liaison",
    (actor) =>
      attachMinutes(s.t.db, {
        blocId: blocId(),
        conferenceId,
        file: { fileId: "FILE", fileName: "bien-ban.pdf" },
        actor,
        timeZone,
        now: new Date("2018-03-20T04:00:00Z"),
      }),
  ],
  ["answerConference by the board", "board", answer],
  ["answerConference by an outsider", "outsider", answer],
  [
    "checkInUnit (self) by the board",
    "board",
    (actor) =>
      checkInUnit(s.t.db, {
        blocId: blocId(),
        conferenceId,
        personId: personOf(actor),
        actor,
        timeZone,
        now: new Date("2018-03-20T00:30:00Z"),
      }),
  ],
];

describe("conference policy in the domain", () => {
  test.each(cases)("%s is refused for %s and changes nothing", async (_name, who, call) => {
    await expectRefusedAndUnchanged(s.t.db, () => call(actors[who]));
  });

  test("the leader unit may do what the others may not: the same call succeeds for it", async () => {
    const result = await setConferenceReminders(s.t.db, {
      blocId: blocId(),
      conferenceId,
      target: "rsvp",
      offsets: [60],
      actor: actors.leader,
      timeZone,
      now,
    });
    expect(result.offsets).toEqual([60]);
  });
});
