import { beforeAll, describe, expect, test } from "vitest";
import { DomainError } from "../../src/domain/domain-error.js";
import type { Actor } from "../../src/domain/people/load-actor.js";
import { operatorActor } from "../../src/domain/people/operator-actor.js";
import { importScale, type ImportScaleOptions } from "../../src/domain/scoring/scale/import-scale.js";
import { loadScaleForScoring } from "../../src/domain/scoring/scale/load-scale-for-scoring.js";
import { describeScaleProblem, ScaleFileError } from "../../src/domain/scoring/scale/scale-file-error.js";
import { showScale } from "../../src/domain/scoring/scale/show-scale.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { expectRefusedAndUnchanged, registerPolicyActors, type PolicyRole } from "../support/policy-actors.js";
import { buildScaleXlsx, khoi1000File, readScaleFixture, soNganh100File, yamlSource } from "../support/scale-files.js";
import { useSeededBloc } from "../support/seeded-bloc.js";
import { snapshotTables } from "../support/table-snapshot.js";

const s = useSeededBloc();
let actors: Record<PolicyRole, Actor>;
beforeAll(async () => {
  actors = await registerPolicyActors(s);
});
const translator = createTranslator({ fallbackLocale: "vi" });
const now = new Date("2026-01-15T03:00:00Z");

const run = (options: Partial<ImportScaleOptions> & Pick<ImportScaleOptions, "source">) =>
  importScale(s.t.db, {
    blocId: s.seed.blocId,
    year: 2030,
    actor: operatorActor,
    now,
    timeZone: "Asia/Ho_Chi_Minh",
    ...options,
  });
const khoi = () => ({ ...readScaleFixture(khoi1000File), year: undefined });
const audits = () => s.t.db.auditEvent.count({ where: { action: "scale.imported" } });

// The import refuses with every problem, each translated in both languages, and writes nothing.
async function problemsOf(source: ImportScaleOptions["source"], year = 2031) {
  const before = await snapshotTables(s.t.db);
  const error = await run({ source, year }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScaleFileError);
  expect(await snapshotTables(s.t.db)).toEqual(before);
  const problems = (error as ScaleFileError).problems;
  for (const locale of ["vi", "en"] as const)
    for (const problem of problems)
      expect(describeScaleProblem(translator.forLocale(locale), problem)).not.toMatch(/scale\.|\{\{/);
  return problems.map((p) => describeScaleProblem(translator.forLocale("en"), p));
}

describe("importScale", () => {
  test("stores the 1000-point fixture as version 1 with one audit row; the scoring engine gets plain data", async () => {
    const result = await run({ source: { name: khoi1000File, bytes: yamlSource(khoi()).bytes }, year: 2030 });
    expect(result).toMatchObject({ outcome: "created", version: 1, year: 2030, totalMax: 1000, nodeCount: 45 });
    expect(await audits()).toBe(1);
    const scoring = await loadScaleForScoring(s.t.db, result.scaleId);
    expect(scoring.bonusCap).toBe(50);
    expect(scoring.bands.map((b) => b.minPoints)).toEqual([900, 800, 600]);
    expect(scoring.tieRule).toContain("mục I");
    const byTitle = (text: string) => scoring.nodes.find((n) => n.title.includes(text))!;
    const reporting = byTitle("chế độ thông tin, báo cáo");
    expect(reporting).toMatchObject({ code: "5", kind: "direct", maxPoints: 5, minPoints: 0, isBonus: false });
    expect(reporting.reportingBinding).toEqual({ latePoints: -1, missingPoints: -2 });
    expect(byTitle("thi đua, khen thưởng")).toMatchObject({ kind: "section", maxPoints: 10 });
    expect(byTitle("5 điểm/buổi")).toMatchObject({ kind: "per_occurrence", pointsPerOccurrence: 5, maxPoints: 20 });
    expect(byTitle("phê bình")).toMatchObject({ pointsPerOccurrence: -5, minPoints: -20, maxPoints: 0 });
    const roots = scoring.nodes.filter((n) => n.parentId === null);
    expect(roots.map((n) => [n.code, n.maxPoints, n.isBonus])).toEqual([
      ["I", 700, false],
      ["II", 200, false],
      ["III", 100, false],
      ["IV", 50, true],
    ]);
    // Parents come before their children.
    const seen = new Set<string>();
    for (const node of scoring.nodes) {
      if (node.parentId) expect(seen).toContain(node.parentId);
      seen.add(node.id);
    }
  });

  test("the same content again is unchanged: no version, no audit row, nothing written", async () => {
    const before = await snapshotTables(s.t.db);
    const again = await run({ source: yamlSource(khoi(), "copy.yaml"), year: 2030 });
    expect(again).toMatchObject({ outcome: "unchanged", version: 1 });
    expect(await snapshotTables(s.t.db)).toEqual(before);
  });

  test("different content on a scale in use is refused unless a new version is asked; then v1 is superseded", async () => {
    const changed = khoi();
    changed.criteria[2]!.children![1]!.title = "Phong trào “Vì người nghèo”";
    const before = await snapshotTables(s.t.db);
    await expect(run({ source: yamlSource(changed), year: 2030 })).rejects.toMatchObject({
      code: "scale.error_in_use",
      params: { year: 2030, version: 1 },
    });
    expect(await snapshotTables(s.t.db)).toEqual(before);
    const next = await run({ source: yamlSource(changed), year: 2030, newVersion: true });
    expect(next).toMatchObject({ outcome: "new_version", version: 2 });
    const versions = await s.t.db.scale.findMany({ where: { year: 2030 }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, "superseded"],
      [2, "active"],
    ]);
    expect(await audits()).toBe(2);
    const shown = await showScale(s.t.db, { blocId: s.seed.blocId, year: 2030, actor: actors.liaison });
    expect(shown).toMatchObject({ version: 2, status: "active" });
    expect(shown!.nodes.some((n) => n.title === "Phong trào “Vì người nghèo”")).toBe(true);
  });

  test("a locked scale cannot change, not even as a new version", async () => {
    await run({ source: yamlSource(readScaleFixture(soNganh100File)), year: 2026 });
    await s.t.db.scale.updateMany({ where: { year: 2026 }, data: { status: "locked" } });
    await expect(run({ source: yamlSource(khoi()), year: 2026, newVersion: true })).rejects.toMatchObject({
      code: "scale.error_locked",
    });
  });

  test("the file's year must agree with the year asked for", async () => {
    const problems = await problemsOf(yamlSource(readScaleFixture(soNganh100File)), 2027);
    expect(problems).toEqual(["the file says 2026 but the import is for 2027"]);
  });

  test("the leader unit may import; a liaison and an outsider are refused and nothing is written", async () => {
    const leader = await run({ source: yamlSource(khoi()), year: 2032, actor: actors.leader });
    expect(leader.outcome).toBe("created");
    for (const role of ["liaison", "outsider"] as const)
      await expectRefusedAndUnchanged(s.t.db, () =>
        run({ source: yamlSource(khoi()), year: 2033, actor: actors[role] }),
      );
  });

  test("the .xlsx generated from the fixture gives the same tree, with its columns in any order", async () => {
    const file = khoi();
    const columns = ["Minh chứng", "Loại", "Tiêu chí", "STT", "Điểm tối đa", "Thiếu báo cáo", "Báo cáo trễ"];
    columns.push("Điểm mỗi lần", "Điểm tối thiểu", "Có thể không giao", "Ghi chú");
    const bytes = await buildScaleXlsx(file, { columns });
    const result = await run({ source: { name: "thang-diem.xlsx", bytes }, year: 2034 });
    const fromYaml = await run({ source: yamlSource(file), year: 2035 });
    const strip = (nodes: Awaited<ReturnType<typeof loadScaleForScoring>>["nodes"]) =>
      nodes.map(({ id: _id, parentId: _parent, ...rest }) => rest);
    expect(strip((await loadScaleForScoring(s.t.db, result.scaleId)).nodes)).toEqual(
      strip((await loadScaleForScoring(s.t.db, fromYaml.scaleId)).nodes),
    );
    expect(result).toMatchObject({ totalMax: 1000, nodeCount: 45 });
  });

  test("an unknown scale id is a domain error", async () => {
    await expect(loadScaleForScoring(s.t.db, "nope")).rejects.toBeInstanceOf(DomainError);
  });
});

const leaf = (code: string | number, max: number | undefined, extra: Record<string, unknown> = {}) => ({
  code,
  title: `Tiêu chí ${code}`,
  max,
  kind: "direct",
  evidence: "Báo cáo",
  ...extra,
});
const section = (code: string | number, max: number | undefined, children: unknown[], extra = {}) => ({
  code,
  title: `Mục ${code}`,
  max,
  children,
  ...extra,
});
const scaleOf = (criteria: unknown[], extra: Record<string, unknown> = {}) =>
  yamlSource({ title: "Thử", totalMax: 100, criteria, ...extra });

describe("validation names every bad row and writes nothing", () => {
  test.each([
    [
      "children over the parent's max",
      [section("I", 100, [leaf(1, 60), leaf(2, 50)])],
      ["STT I: the sub-criteria's maxima add up to 110, over the section's maximum 100"],
    ],
    [
      "unknown kind",
      [section("I", 100, [leaf(1, 100, { kind: "tùy ý" })])],
      ["STT I.1: unknown kind «tùy ý» (use pass_fail, direct, per_occurrence or target)"],
    ],
    [
      "depth over 4",
      [section("I", 100, [section(1, 100, [section("a", 100, [section("a.1", 100, [leaf("x", 100)])])])])],
      ["STT I.1.a.a.1.x: a scale has at most 4 levels"],
    ],
    [
      "missing max",
      [section("I", 100, [leaf(1, undefined), leaf(2, 100)])],
      ["STT I.1: the maximum points are missing"],
    ],
    [
      "duplicate STT",
      [section("I", 100, [leaf(1, 50), leaf("1.", 50)])],
      ["STT I.1: STT 1 repeats within the same section"],
    ],
    [
      "total mismatch",
      [section("I", 60, [leaf(1, 60)]), section("II", 30, [leaf(1, 30)])],
      ["the sections add up to 90, not the scale's total 100"],
    ],
    [
      "per occurrence without points",
      [section("I", 100, [leaf(1, 100, { kind: "theo lần" })])],
      ["STT I.1: kind «per occurrence» needs the points per occurrence"],
    ],
    [
      "a positive reporting binding",
      [section("I", 100, [leaf(1, 100, { reporting: { late: 1, missing: -2 } })])],
      ["STT I.1: the points for a late or missing report must be negative or 0"],
    ],
    [
      "a binding on a section",
      [section("I", 100, [leaf(1, 100)], { reporting: { late: -1, missing: -1 } })],
      ["STT I: only a criterion without sub-criteria can be bound to reporting compliance"],
    ],
    [
      "a leaf kind on a section",
      [section("I", 100, [leaf(1, 100)], { kind: "pass_fail" })],
      ["STT I: a criterion with sub-criteria cannot have the kind «pass_fail»"],
    ],
    [
      "min over max",
      [section("I", 100, [leaf(1, 100, { min: 120 })])],
      ["STT I.1: the minimum 120 is above the maximum 100"],
    ],
    [
      "bonus over its cap",
      [section("I", 100, [leaf(1, 100)]), section("II", 20, [leaf(1, 20)], { bonus: true })],
      ["STT II: the bonus section's 20 points are over the bonus cap 10"],
      { bonusCap: 10 },
    ],
  ] as [string, unknown[], string[], Record<string, unknown>?][])(
    "%s",
    async (_name, criteria, expected, extra = {}) => {
      expect(await problemsOf(scaleOf(criteria, extra))).toEqual(expected);
    },
  );

  test("several bad rows are named at once", async () => {
    const problems = await problemsOf(
      scaleOf([section("I", 100, [leaf(1, undefined), leaf(2, 50, { kind: "?" }), leaf(2, 10), { code: 3, max: 5 }])]),
    );
    expect(problems).toEqual([
      "STT I.1: the maximum points are missing",
      "STT I.2: unknown kind «?» (use pass_fail, direct, per_occurrence or target)",
      "STT I.2: STT 2 repeats within the same section",
      "STT I.3: the criterion has no title",
    ]);
  });

  test("broken YAML, a wrong shape and an unknown file type are refused", async () => {
    expect(await problemsOf({ name: "x.yaml", bytes: Buffer.from("criteria: [\n") })).toEqual([
      expect.stringMatching(/^the yaml file cannot be read: /),
    ]);
    expect(await problemsOf(yamlSource({ criteria: [{ code: "I", tieu_chi: "x" }] }))).toEqual([
      expect.stringMatching(/^field criteria\.0: /),
    ]);
    expect(await problemsOf({ name: "x.txt", bytes: Buffer.from("") })).toEqual([
      "the file «x.txt» is not .yaml, .yml, .json or .xlsx",
    ]);
  });

  test("a sheet names its missing and unknown columns, bad numbers and orphan rows by row", async () => {
    const file = readScaleFixture(soNganh100File);
    const noKind = await buildScaleXlsx(file, { columns: ["STT", "Tiêu chí", "Điểm tối đa", "Minh chứng", "Hạng"] });
    expect(await problemsOf({ name: "a.xlsx", bytes: noKind })).toEqual([
      "the column «Hạng» (row 2) is not part of the scale template",
      "the column «Loại» is missing",
    ]);
    const bad = await buildScaleXlsx({
      ...file,
      criteria: [{ ...file.criteria[0]!, max: "sáu mươi" as never }, ...file.criteria.slice(1)],
    });
    expect(await problemsOf({ name: "a.xlsx", bytes: bad })).toEqual([
      "Row 3 (STT I.): the «Điểm tối đa» cell holds «sáu mươi», not a number",
    ]);
    const orphan = await buildScaleXlsx(
      { totalMax: 100, criteria: [] },
      { rows: [{ STT: "1.", "Tiêu chí": "Lạc chỗ", "Điểm tối đa": 100, Loại: "Trực tiếp" }] },
    );
    expect(await problemsOf({ name: "a.xlsx", bytes: orphan })).toEqual([
      "Row 3 (STT 1.): the criterion belongs to no section (the row of its section is missing)",
    ]);
  });

  test("vi messages name the row in Vietnamese", async () => {
    const t = translator.forLocale("vi");
    expect(describeScaleProblem(t, { code: "scale.problem_missing_max", at: { stt: "II.1.a", row: 12 } })).toBe(
      "Dòng 12 (STT II.1.a): thiếu điểm tối đa",
    );
  });
});
