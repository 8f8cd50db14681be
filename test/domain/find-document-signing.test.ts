import { describe, expect, test } from "vitest";
import { findDocumentSigning } from "../../src/domain/blocs/find-document-signing.js";
import { createBotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { useSeededBloc } from "../support/seeded-bloc.js";

// Who signs the bloc's documents: the leader unit's signatory, never a liaison, another unit's signatory or one
// who has left.
const s = useSeededBloc();

describe("findDocumentSigning", () => {
  test("no signatory yet: the name is left empty; then the leader unit's longest-serving active signatory", async () => {
    const blocId = s.seed.blocId;
    const h = createBotHarness({ db: s.t.db });
    await h.text(makeUser("LL SVHTT"), `/start ${await s.seed.invite("SVHTT", "liaison")}`);
    await h.text(makeUser("GD SYT"), `/start ${await s.seed.invite("SYT", "signatory")}`);
    expect(await findDocumentSigning(s.t.db, blocId)).toEqual({ blocCode: "KG-KTT4", signerName: null });

    const first = makeUser("Trần Văn");
    await h.text(first, `/start ${await s.seed.invite("SVHTT", "signatory")}`);
    await h.text(makeUser("Phó GĐ"), `/start ${await s.seed.invite("SVHTT", "signatory")}`);
    expect(await findDocumentSigning(s.t.db, blocId)).toEqual({ blocCode: "KG-KTT4", signerName: "Trần Văn Test" });

    const person = await s.t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(first.id) } });
    await s.t.db.membership.updateMany({ where: { personId: person.id }, data: { removedAt: new Date() } });
    expect((await findDocumentSigning(s.t.db, blocId)).signerName).toBe("Phó GĐ Test");
  });
});
