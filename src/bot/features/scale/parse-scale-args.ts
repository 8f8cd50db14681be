// What follows /scale in a command or a file's caption: "2026" to see that year, "import [2026] [new]" to import.
export type ScaleArgs = { mode: "show"; year?: number } | { mode: "import"; year?: number; newVersion: boolean };

const newWords = new Set(["new", "moi", "mới"]);

export function parseScaleArgs(text: string): ScaleArgs | null {
  const [, ...words] = text.trim().split(/\s+/);
  const importing = words[0]?.toLowerCase() === "import";
  const rest = importing ? words.slice(1) : words;
  let year: number | undefined;
  let newVersion = false;
  for (const word of rest) {
    if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else if (importing && newWords.has(word.toLowerCase())) newVersion = true;
    else return null;
  }
  if (year !== undefined && (year < 2000 || year > 2100)) return null;
  return importing ? { mode: "import", year, newVersion } : { mode: "show", year };
}

// A caption that asks for an import: "/scale import …" (or addressed to the bot, "/scale@KhoiBot import …").
export const isScaleCaption = (caption: string | undefined) => /^\/scale(@\w+)?(\s|$)/i.test(caption?.trim() ?? "");
