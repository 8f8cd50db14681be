import { createHash } from "node:crypto";
import type { Db, Tx } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { PolicyError } from "../../policy/policy-error.js";
import { assertCan } from "../../policy/policy.js";
import { zonedDateOf } from "../../reports/zoned-time.js";
import { isScaleInUse } from "./is-scale-in-use.js";
import type { NormalizedScale } from "./normalized-scale.js";
import { readScaleSource, type ScaleSource } from "./read-scale-source.js";
import { ScaleFileError } from "./scale-file-error.js";
import { writeScaleNodes } from "./write-scale-nodes.js";

export type ImportScaleOptions = {
  blocId: string;
  // The year of the scale; without it, the file's `year`, else the current year in `timeZone`.
  year?: number;
  source: ScaleSource;
  actor: Actor;
  now: Date;
  timeZone: string;
  // A scale in use changes only as an explicit new version.
  newVersion?: boolean;
};

export type ImportScaleResult = {
  outcome: "created" | "new_version" | "replaced" | "unchanged";
  scaleId: string;
  year: number;
  version: number;
  title: string;
  totalMax: number;
  nodeCount: number;
};

const hashScale = (scale: NormalizedScale) => createHash("sha256").update(JSON.stringify(scale)).digest("hex");

// Validated first (every bad row named, nothing written); the same content twice is "unchanged"; the change and its
// `scale.imported` audit row are one transaction.
export async function importScale(db: Db, options: ImportScaleOptions): Promise<ImportScaleResult> {
  assertCan(options.actor, "scale.import");
  if (!options.actor.operator && options.actor.bloc?.id !== options.blocId)
    throw new PolicyError("scale.import", "authz.denied");
  const read = await readScaleSource(options.source);
  if (!read.ok) throw new ScaleFileError(read.problems);
  if (options.year !== undefined && read.year !== undefined && read.year !== options.year)
    throw new ScaleFileError([
      { code: "scale.problem_year_mismatch", params: { file: read.year, year: options.year } },
    ]);
  const year = options.year ?? read.year ?? Number(zonedDateOf(options.now, options.timeZone).slice(0, 4));
  const scale = read.scale;
  const contentHash = hashScale(scale);
  return db.$transaction(async (tx) => {
    const latest = await tx.scale.findFirst({
      where: { blocId: options.blocId, year },
      orderBy: { version: "desc" },
      include: { _count: { select: { nodes: true } } },
    });
    const result = (outcome: ImportScaleResult["outcome"], scaleId: string, version: number) => ({
      outcome,
      scaleId,
      year,
      version,
      title: scale.title,
      totalMax: scale.totalMax,
      nodeCount: scale.nodes.length,
    });
    if (latest && latest.contentHash === contentHash) return result("unchanged", latest.id, latest.version);
    if (latest?.status === "locked") throw new DomainError("scale.error_locked", { year, version: latest.version });
    const inUse = latest ? await isScaleInUse(tx, latest) : false;
    if (latest && inUse && !options.newVersion)
      throw new DomainError("scale.error_in_use", { year, version: latest.version });
    const fields = scaleFields(scale, contentHash, options);
    let written: ImportScaleResult;
    if (latest && !inUse) {
      await tx.scaleNode.deleteMany({ where: { scaleId: latest.id } });
      await tx.scale.update({ where: { id: latest.id }, data: fields });
      await writeScaleNodes(tx, latest.id, scale.nodes);
      written = result("replaced", latest.id, latest.version);
    } else {
      if (latest)
        await tx.scale.update({ where: { id: latest.id }, data: { status: "superseded", updatedAt: options.now } });
      const version = (latest?.version ?? 0) + 1;
      const created = await tx.scale.create({
        data: { ...fields, blocId: options.blocId, year, version, status: "active", createdAt: options.now },
      });
      await writeScaleNodes(tx, created.id, scale.nodes);
      written = result(latest ? "new_version" : "created", created.id, version);
    }
    await auditImport(tx, options, written, latest?.version ?? null);
    return written;
  });
}

function scaleFields(scale: NormalizedScale, contentHash: string, options: ImportScaleOptions) {
  return {
    title: scale.title,
    totalMax: scale.totalMax,
    bonusCap: scale.bonusCap,
    tieRule: scale.tieRule,
    bands: JSON.stringify(scale.bands),
    contentHash,
    sourceName: options.source.name,
    updatedAt: options.now,
  };
}

async function auditImport(tx: Tx, options: ImportScaleOptions, written: ImportScaleResult, previous: number | null) {
  await recordAudit(tx, {
    blocId: options.blocId,
    actor: auditActor(options.actor),
    action: "scale.imported",
    subjectType: "scale",
    subjectId: written.scaleId,
    details: {
      outcome: written.outcome,
      year: written.year,
      version: written.version,
      previousVersion: previous,
      nodes: written.nodeCount,
      source: options.source.name,
    },
    now: options.now,
  });
}
