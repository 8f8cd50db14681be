import { z } from "zod";

export const DraftClauseSchema = z.object({
  id: z.string(),
  chapter: z.string().nullable(),
  number: z.number(),
  label: z.string(),
  title: z.string(),
});
export type DraftClause = z.infer<typeof DraftClauseSchema>;

export function parseClauses(json: string): DraftClause[] {
  return z.array(DraftClauseSchema).parse(JSON.parse(json));
}
