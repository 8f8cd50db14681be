export type SendOutcome = "sent" | "retry" | "failed" | "unreachable" | "moved";

export type Delivered = { messageId: number; pinError?: string };
