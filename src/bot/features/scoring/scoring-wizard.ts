import { z } from "zod";
import { createWizard } from "../../create-wizard.js";

// The leaf a person is answering for: their own figure (and evidence), an adjustment, an explanation, a decision.
export const leafWizard = createWizard(
  "sheet_leaf",
  z.object({ sheetId: z.string(), nodeId: z.string(), mode: z.enum(["fill", "adjust", "explain", "decide"]) }),
);

export type LeafWizardData = { sheetId: string; nodeId: string; mode: "fill" | "adjust" | "explain" | "decide" };
