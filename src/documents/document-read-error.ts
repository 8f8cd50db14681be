import { DomainError } from "../domain/domain-error.js";

export const documentReadErrorCodes = [
  "documents.error_unreadable",
  "documents.error_protected",
  "documents.error_too_large",
] as const;
export type DocumentReadErrorCode = (typeof documentReadErrorCodes)[number];

// A file the bot cannot read. A DomainError, so the bot answers with the translated `code` instead of failing;
// `cause` keeps the library's own message for the logs.
export class DocumentReadError extends DomainError {
  constructor(
    override readonly code: DocumentReadErrorCode,
    options: { cause?: unknown } = {},
  ) {
    super(code);
    this.name = "DocumentReadError";
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
