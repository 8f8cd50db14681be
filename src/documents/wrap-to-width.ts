// Widths of Times (1/1000 em, the Adobe core metrics, which Times New Roman and Liberation Serif share closely), so
// the header's lines are chosen here rather than by the word processor, which would break wherever a line is full
// ("…KIÊN / GIANG"). Letters are measured without their Vietnamese marks; anything unlisted counts as an "n".
const upperBold = [
  722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
  722, 722, 667,
];
const upperRoman = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
  722, 722, 611,
];
const lowerBold = [
  500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
  500, 500, 444,
];
const lowerRoman = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
  500, 500, 444,
];
const punctuation: Record<string, number> = { " ": 250, ",": 250, ".": 250, "-": 333, "–": 500, "&": 833, "/": 278 };

function charWidth(char: string, bold: boolean): number {
  const base = char
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace("Đ", "D")
    .replace("đ", "d");
  const code = base.charCodeAt(0);
  if (code >= 65 && code <= 90) return bold ? upperBold[code - 65]! : upperRoman[code - 65]!;
  if (code >= 97 && code <= 122) return bold ? lowerBold[code - 97]! : lowerRoman[code - 97]!;
  if (code >= 48 && code <= 57) return 500;
  return punctuation[base] ?? (bold ? 556 : 500);
}

export function textWidth(text: string, sizePt: number, bold: boolean): number {
  return ([...text].reduce((total, char) => total + charWidth(char, bold), 0) * sizePt) / 1000;
}

// Splits each "\n" line that does not fit `widthPt` at the best word boundary: after a comma when the part before it
// fits, else as late as possible. A single word wider than the line stays whole.
export function wrapToWidth(text: string, options: { widthPt: number; sizePt: number; bold: boolean }): string[] {
  const fits = (line: string) => textWidth(line, options.sizePt, options.bold) <= options.widthPt;
  const wrapLine = (line: string): string[] => {
    if (fits(line)) return [line];
    const words = line.split(" ");
    let best = 1;
    for (let cut = 1; cut < words.length; cut++) {
      const head = words.slice(0, cut).join(" ");
      if (!fits(head)) break;
      best = cut;
    }
    const comma = words.slice(0, best).findLastIndex((word) => word.endsWith(","));
    const cut = comma >= 0 && comma + 1 >= best / 2 ? comma + 1 : best;
    return [words.slice(0, cut).join(" "), ...wrapLine(words.slice(cut).join(" "))].filter((part) => part !== "");
  };
  return text.split("\n").flatMap((line) => (line.trim() === "" ? [] : wrapLine(line.trim())));
}
