import type { ScaleBand, ScaleNodeKind } from "./scale-file-schema.js";

// A validated scale, flat in tree order: what importScale stores and what its content hash is taken of.
export type NormalizedScaleNode = {
  path: string;
  parentPath: string | null;
  position: number;
  depth: number;
  code: string;
  title: string;
  kind: ScaleNodeKind;
  maxPoints: number;
  minPoints: number | null;
  pointsPerOccurrence: number | null;
  evidence: string | null;
  reportingBinding: { latePoints: number; missingPoints: number } | null;
  isBonus: boolean;
  mayBeUnassigned: boolean;
};

export type NormalizedScale = {
  title: string;
  totalMax: number;
  bonusCap: number | null;
  tieRule: string | null;
  bands: ScaleBand[];
  nodes: NormalizedScaleNode[];
};
