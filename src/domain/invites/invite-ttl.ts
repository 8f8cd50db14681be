import { z } from "zod";

const units = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export const defaultInviteTtlMs = 14 * units.d;

// "14d", "48h", "30m": how long an invite link stays valid.
export const InviteTtlSchema = z
  .string()
  .regex(/^\d{1,4}[mhd]$/, 'must be a number followed by m, h or d, for example "14d"')
  .transform((text) => Number(text.slice(0, -1)) * units[text.slice(-1) as keyof typeof units])
  .refine((ms) => ms > 0 && ms <= 365 * units.d, "must be between 1 minute and 365 days");
