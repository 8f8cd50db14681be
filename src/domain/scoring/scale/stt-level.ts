// The level of a row in a sheet is read from its STT, as the documents write it: I. → 1. → a) → a.1 / - / +.
export function sttLevel(stt: string): 1 | 2 | 3 | 4 {
  const code = stt.replace(/[.)\s]+$/, "").trim();
  if (/^[IVXL]+$/.test(code)) return 1;
  if (/^\d+$/.test(code)) return 2;
  if (/^[a-zđA-ZĐ]$/.test(code)) return 3;
  return 4;
}

// Bullets carry no number of their own; they are numbered within their parent so that each has an STT path.
export const isBulletStt = (stt: string) => /^[-+•*–]$/.test(stt.trim());
