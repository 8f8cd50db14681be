// Telegram refuses a message over 4,096 characters. Views that show what people typed or long lists (comments,
// members, compliance, answers) may exceed it, so every reply and edit is split here: at a blank line if one is near
// the end of a part, else at a line break, else at a space, else hard.
export const maxMessageLength = 4096;

export function splitMessageText(text: string, limit = maxMessageLength): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const floor = Math.floor(limit / 2);
    const cut = [window.lastIndexOf("\n\n"), window.lastIndexOf("\n"), window.lastIndexOf(" ")].find((i) => i >= floor);
    const at = cut ?? limit;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^\s+/, "");
  }
  parts.push(rest);
  return parts;
}
