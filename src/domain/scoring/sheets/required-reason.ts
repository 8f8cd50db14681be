import { DomainError } from "../../domain-error.js";

// An adjustment, or a second decision on an explanation, is always given with its reason.
export function requiredReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? "";
  if (!text) throw new DomainError("sheets.error_reason_required");
  return text;
}
