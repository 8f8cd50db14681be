import { splitMessageText } from "./split-message-text.js";

// One entry of a long list: its line(s), the group it belongs to (a unit's header) and its button, if any.
export type PageItem<B> = { group?: string; text: string; button?: B };
export type Page<B> = { lines: string[]; buttons: B[] };

export type PageOptions = {
  // Room for the list itself; the title, the page number and the buttons' row come on top.
  maxChars?: number;
  // Telegram allows 100 buttons; a page with dozens is unusable on a phone anyway.
  maxButtons?: number;
};

// Long lists (/members with 88 people, /bloc) go out a page at a time, each page well within Telegram's 4,096
// characters and with few buttons. A group's header is repeated on every page it continues on; an entry longer
// than a page is cut by the shared splitter (its button on the last piece).
export function pageItems<B>(items: PageItem<B>[], options: PageOptions = {}): Page<B>[] {
  const maxChars = options.maxChars ?? 3500;
  const maxButtons = options.maxButtons ?? 20;
  const pages: Page<B>[] = [];
  let page: Page<B> = { lines: [], buttons: [] };
  let chars = 0;
  let group: string | undefined;
  for (const item of items.flatMap((entry) => piecesOf(entry, maxChars))) {
    const lines = (next: Page<B>, current: string | undefined) =>
      item.group !== undefined && item.group !== current
        ? [...(next.lines.length > 0 ? [""] : []), item.group, item.text]
        : [item.text];
    let adding = lines(page, group);
    const cost = adding.reduce((sum, line) => sum + line.length + 1, 0);
    const full = chars + cost > maxChars || (item.button !== undefined && page.buttons.length >= maxButtons);
    if (page.lines.length > 0 && full) {
      pages.push(page);
      page = { lines: [], buttons: [] };
      chars = 0;
      adding = lines(page, undefined);
    }
    page.lines.push(...adding);
    chars += adding.reduce((sum, line) => sum + line.length + 1, 0);
    if (item.button !== undefined) page.buttons.push(item.button);
    group = item.group;
  }
  if (page.lines.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

function piecesOf<B>(item: PageItem<B>, maxChars: number): PageItem<B>[] {
  const room = Math.max(200, maxChars - (item.group?.length ?? 0) - 2);
  const texts = splitMessageText(item.text, room);
  return texts.map((text, i) => ({ ...item, text, button: i === texts.length - 1 ? item.button : undefined }));
}

// The page asked for, kept within the pages there are now (the list may have shrunk since the button was sent).
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
}
