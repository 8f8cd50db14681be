import { z } from "zod";

const trimmed = (max: number) =>
  z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const UnitEntrySchema = z.object({
  code: z
    .string({ error: "must be text" })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, "must be 1–32 letters, digits, _ or - (for example SVHTT)"),
  name: trimmed(200),
  shortName: trimmed(60).optional(),
  role: z.enum(["leader", "deputy"], { error: 'must be "leader" or "deputy"' }).optional(),
});

export const BlocFileSchema = z
  .object({
    bloc: z.object({
      code: z
        .string({ error: "must be text" })
        .trim()
        .regex(/^[A-Za-z0-9_-]{1,40}$/, "must be 1–40 letters, digits, _ or -")
        .optional(),
      name: trimmed(200),
      province: trimmed(100),
      year: z
        .number({ error: "must be a year such as 2018" })
        .int("must be a whole year")
        .min(2000, "must be 2000 or later")
        .max(2100, "must be 2100 or earlier"),
    }),
    units: z.array(UnitEntrySchema, { error: "must be a list of units" }).min(2, "must list at least two units"),
  })
  .superRefine((file, ctx) => {
    const leaders = file.units.filter((u) => u.role === "leader").length;
    if (leaders !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["units"],
        message: `must have exactly one unit with role "leader" (found ${leaders})`,
      });
    }
    const deputies = file.units.filter((u) => u.role === "deputy").length;
    if (deputies > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["units"],
        message: `may have at most one unit with role "deputy" (found ${deputies})`,
      });
    }
    const seen = new Map<string, number>();
    file.units.forEach((unit, index) => {
      const key = unit.code.toUpperCase();
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["units", index, "code"], message: `repeats the code of units.${first}` });
      } else {
        seen.set(key, index);
      }
    });
  });

export type BlocFile = z.infer<typeof BlocFileSchema>;

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "file"} ${issue.message}`);
}
