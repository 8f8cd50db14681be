import { TelegramError } from "telegraf";

// Telegram's answers to a repeat that changes nothing: a second tap on a button that already edited its message,
// a button on a message that was deleted, a press answered too late. The person sees nothing wrong, so nothing is said.
const harmless = [
  /message is not modified/i,
  /message to edit not found/i,
  /message can't be edited/i,
  /query is too old|query id is invalid/i,
  /message to delete not found/i,
];

export function isHarmlessTelegramError(error: unknown): boolean {
  return (
    error instanceof TelegramError && error.code === 400 && harmless.some((pattern) => pattern.test(error.description))
  );
}
