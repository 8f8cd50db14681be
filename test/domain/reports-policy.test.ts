import { beforeAll, describe, test } from "vitest";
import { type Actor } from "../../src/domain/people/load-actor.js";
import { createObligation } from "../../src/domain/reports/create-obligation.js";
import { removeCalendarDay } from "../../src/domain/reports/remove-calendar-day.js";
import { setCalendarDay } from "../../src/domain/reports/set-calendar-day.js";
import { submitReport } from "../../src/domain/reports/submit-report.js";
import { updateObligation } from "../../src/domain/reports/update-obligation.js";
import { createWorkCalendar } from "../../src/domain/reports/work-calendar.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import { expectRefusedAndUnchanged, registerPolicyActors } from "../support/policy-actors.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// Every mutating reports service refuses an actor the policy does not allow, before it writes anything.
const s = useSeededBloc();
const now = new Date("2026-03-10T02:00:00Z");
const timeZone = "Asia/Ho_Chi_Minh";
const calendar = createWorkCalendar({ overrides: [], timeZone });
const actors = {} as Record<"leader" | "liaison" | "board" | "outsider", Actor>;
let obligationId = "";
let periodId = "";

beforeAll(async () => {
  Object.assign(actors, await registerPolicyActors(s));
  const { obligation } = await createObligation(s.t.db, {
    blocId: s.seed.blocId,
    actor: actors.leader,
    obligation: { name: "Báo cáo tháng", recurrence: "monthly", dueRule: { kind: "day", day: 20 } },
    calendar,
    now,
  });
  obligationId = obligation.id;
  periodId = (await s.t.db.reportPeriod.findFirstOrThrow({ where: { obligationId }, orderBy: { dueAt: "asc" } })).id;
  // An operator's day off, for the removal below.
  await setCalendarDay(s.t.db, { date: "2026-12-30", kind: "holiday", actor: operatorActor, timeZone, now });
});

const blocId = () => s.seed.blocId;
const update = (actor: Actor, change: Parameters<typeof updateObligation>[1]["change"]) =>
  updateObligation(s.t.db, { blocId: blocId(), obligationId, actor, change, calendar, now });
const submit = (actor: Actor) =>
  submitReport(s.t.db, {
    blocId: blocId(),
    periodId,
    personId: actor.person?.id ?? "nobody",
    actor,
    content: { fileId: null, fileName: null, mimeType: null, text: "Báo cáo tháng 3", sha256: "0".repeat(64) },
    calendar,
    now,
  });

const cases: [string, keyof typeof actors, (actor: Actor) => Promise<unknown>][] = [
  [
    "createObligation",
    "liaison",
    (actor) =>
      createObligation(s.t.db, {
        blocId: blocId(),
        actor,
        obligation: { name: "X", recurrence: "monthly", dueRule: { kind: "day", day: 5 } },
        calendar,
        now,
      }),
  ],
  ["updateObligation (a field)", "liaison", (actor) => update(actor, { name: "Y", reminders: [1] })],
  ["updateObligation (pause)", "liaison", (actor) => update(actor, { active: false })],
  ["updateObligation (day-off rule)", "outsider", (actor) => update(actor, { shift: "next" })],
  ["submitReport", "board", submit],
  ["submitReport", "outsider", submit],
  [
    "setCalendarDay",
    "leader",
    (actor) => setCalendarDay(s.t.db, { date: "2026-12-31", kind: "holiday", actor, timeZone, now }),
  ],
  ["removeCalendarDay", "leader", (actor) => removeCalendarDay(s.t.db, { date: "2026-12-30", actor, timeZone, now })],
];

describe("reports policy in the domain", () => {
  test.each(cases)("%s is refused for %s and changes nothing", async (_name, who, call) => {
    await expectRefusedAndUnchanged(s.t.db, () => call(actors[who]));
  });
});
