import { z } from "zod";

// Leaf kinds: pass/fail (đạt = full points), direct (0…max as given), per occurrence (count × points within
// min…max, for bonuses and deductions) and against a target (result against the unit's target). A node with
// sub-criteria is a section.
export const leafKinds = ["pass_fail", "direct", "per_occurrence", "target"] as const;
export const nodeKinds = ["section", ...leafKinds] as const;
export type ScaleNodeKind = (typeof nodeKinds)[number];

export const maxScaleDepth = 4;

const Points = z.number().finite();
const Code = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

export type ScaleFileNodeInput = {
  code: string | number;
  title?: string;
  max?: number;
  kind?: string;
  min?: number;
  points?: number;
  evidence?: string;
  reporting?: { late: number; missing: number };
  bonus?: boolean;
  optional?: boolean;
  children?: ScaleFileNodeInput[];
  // Where the node came from in a spreadsheet, to name the row in problems.
  row?: number;
};

// Kinds and maxima are checked by checkScaleTree so that each bad row gets its own localized problem; the schema
// only rejects what has the wrong shape.
export const ScaleFileNodeSchema: z.ZodType<ScaleFileNode, ScaleFileNodeInput> = z.lazy(() =>
  z
    .object({
      code: Code,
      title: z.string().trim().optional(),
      max: Points.optional(),
      kind: z.string().trim().optional(),
      min: Points.optional(),
      points: Points.optional(),
      evidence: z.string().trim().optional(),
      reporting: z.object({ late: Points, missing: Points }).strict().optional(),
      bonus: z.boolean().optional(),
      optional: z.boolean().optional(),
      children: z.array(ScaleFileNodeSchema).optional(),
      row: z.number().int().optional(),
    })
    .strict(),
);

export type ScaleFileNode = {
  code: string;
  title?: string;
  max?: number;
  kind?: string;
  min?: number;
  points?: number;
  evidence?: string;
  reporting?: { late: number; missing: number };
  bonus?: boolean;
  optional?: boolean;
  children?: ScaleFileNode[];
  row?: number;
};

export const ScaleBandSchema = z.object({ label: z.string().trim().min(1), minPoints: Points }).strict();

export const ScaleFileSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    totalMax: Points.positive().optional(),
    bonusCap: Points.nonnegative().optional(),
    tieRule: z.string().trim().min(1).max(1000).optional(),
    bands: z.array(ScaleBandSchema).optional(),
    criteria: z.array(ScaleFileNodeSchema),
  })
  .strict();

export type ScaleFile = z.infer<typeof ScaleFileSchema>;
export type ScaleBand = z.infer<typeof ScaleBandSchema>;
