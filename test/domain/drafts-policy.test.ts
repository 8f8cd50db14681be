import { beforeAll, describe, test } from "vitest";
import { addComment } from "../../src/domain/drafts/add-comment.js";
import { addVersion } from "../../src/domain/drafts/add-version.js";
import { answerNoComments } from "../../src/domain/drafts/answer-no-comments.js";
import { changeComment } from "../../src/domain/drafts/change-comment.js";
import { createDraft, type DraftFile } from "../../src/domain/drafts/create-draft.js";
import { extendDeadline } from "../../src/domain/drafts/extend-deadline.js";
import { markFinalVersion } from "../../src/domain/drafts/mark-final-version.js";
import { respondToComment } from "../../src/domain/drafts/respond-to-comment.js";
import { setReminderOffsets } from "../../src/domain/drafts/set-reminder-offsets.js";
import { type Actor } from "../../src/domain/people/load-actor.js";
import { expectRefusedAndUnchanged, registerPolicyActors } from "../support/policy-actors.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// Every mutating drafts service refuses an actor the policy does not allow, before it writes anything.
const s = useSeededBloc();
const now = new Date("2018-03-10T02:00:00Z");
const timeZone = "Asia/Ho_Chi_Minh";
const file: DraftFile = {
  fileId: "FILE",
  fileName: "du-thao.docx",
  mimeType: null,
  fileSize: 1,
  sha256: "0".repeat(64),
  clauses: [],
};
const actors = {} as Record<"leader" | "liaison" | "board" | "outsider", Actor>;
let draftId = "";
let versionId = "";
let commentId = "";

beforeAll(async () => {
  Object.assign(actors, await registerPolicyActors(s));
  const created = await createDraft(s.t.db, {
    blocId: s.seed.blocId,
    authorId: actors.leader.person!.id,
    actor: actors.leader,
    title: "Quy chế",
    kind: "regulations",
    deadline: new Date("2018-03-15T10:00:00Z"),
    file,
    timeZone,
    now,
  });
  ({ draftId, versionId } = created);
  const { comment } = await addComment(s.t.db, {
    blocId: s.seed.blocId,
    draftId,
    unitId: actors.liaison.unit!.id,
    personId: actors.liaison.person!.id,
    actor: actors.liaison,
    clauseId: null,
    text: "Góp ý",
    timeZone,
    now,
  });
  commentId = comment.id;
});

const blocId = () => s.seed.blocId;
const cases: [string, keyof typeof actors, (actor: Actor) => Promise<unknown>][] = [
  [
    "createDraft",
    "liaison",
    (actor) =>
      createDraft(s.t.db, {
        blocId: blocId(),
        authorId: actor.person?.id ?? "nobody",
        actor,
        title: "X",
        kind: "other",
        deadline: new Date("2018-04-01T10:00:00Z"),
        file,
        timeZone,
        now,
      }),
  ],
  [
    "addComment by the board",
    "board",
    (actor) =>
      addComment(s.t.db, {
        blocId: blocId(),
        draftId,
        unitId: actors.liaison.unit!.id,
        personId: actor.person?.id ?? "nobody",
        actor,
        clauseId: null,
        text: "X",
        timeZone,
        now,
      }),
  ],
  [
    "addComment by an outsider",
    "outsider",
    (actor) =>
      addComment(s.t.db, {
        blocId: blocId(),
        draftId,
        unitId: actors.liaison.unit!.id,
        personId: actor.person?.id ?? "nobody",
        actor,
        clauseId: null,
        text: "X",
        timeZone,
        now,
      }),
  ],
  [
    "changeComment",
    "board",
    (actor) =>
      changeComment(s.t.db, {
        blocId: blocId(),
        commentId,
        personId: actors.liaison.person!.id,
        actor,
        text: null,
        timeZone,
        now,
      }),
  ],
  [
    "answerNoComments",
    "outsider",
    (actor) =>
      answerNoComments(s.t.db, {
        blocId: blocId(),
        draftId,
        unitId: actors.leader.unit!.id,
        personId: actor.person?.id ?? "nobody",
        actor,
        timeZone,
        now,
      }),
  ],
  [
    "respondToComment",
    "liaison",
    (actor) => respondToComment(s.t.db, { blocId: blocId(), commentId, kind: "accepted", text: "Ok", actor, now }),
  ],
  [
    "extendDeadline",
    "liaison",
    (actor) =>
      extendDeadline(s.t.db, {
        blocId: blocId(),
        draftId,
        deadline: new Date("2018-03-20T10:00:00Z"),
        actor,
        timeZone,
        now,
      }),
  ],
  [
    "addVersion",
    "liaison",
    (actor) =>
      addVersion(s.t.db, {
        blocId: blocId(),
        draftId,
        authorId: actor.person?.id ?? "nobody",
        actor,
        file,
        note: null,
        timeZone,
        now,
      }),
  ],
  [
    "markFinalVersion",
    "liaison",
    (actor) => markFinalVersion(s.t.db, { blocId: blocId(), draftId, versionId, actor, now }),
  ],
  [
    "setReminderOffsets",
    "liaison",
    (actor) => setReminderOffsets(s.t.db, { blocId: blocId(), draftId, offsets: [60], actor, now }),
  ],
];

describe("drafts policy in the domain", () => {
  test.each(cases)("%s is refused for %s and changes nothing", async (_name, who, call) => {
    await expectRefusedAndUnchanged(s.t.db, () => call(actors[who]));
  });
});
