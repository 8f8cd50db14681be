import { z } from "zod";
import { createWizard } from "../../create-wizard.js";

const OpenFlowSchema = z.object({
  document: z
    .object({ fileId: z.string(), fileName: z.string(), sha256: z.string(), draftVersionId: z.string().nullable() })
    .optional(),
  title: z.string().optional(),
  deadline: z.string().nullable().optional(),
});
export type OpenFlow = z.infer<typeof OpenFlowSchema>;

// The leader opening a round: source (a final version or an upload) → [file → title] → deadline → confirm.
export const openWizard = createWizard("signing", OpenFlowSchema);
// The leader voiding the open round: the reason.
export const voidWizard = createWizard("signing_void", z.object({ roundId: z.string() }));
