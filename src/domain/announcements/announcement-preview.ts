// A short quote that lets the author recognise which announcement a report or list line is about.
export function announcementPreview(announcement: { text: string; fileId?: string | null }, length = 60): string {
  const flat = announcement.text.replace(/\s+/g, " ").trim();
  if (!flat) return "📎";
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
