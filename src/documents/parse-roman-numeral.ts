// Canonical Roman numerals only (I … MMMCMXCIX), so "IIII" or "IC" are not taken for chapter numbers.
const canonicalRoman = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function parseRomanNumeral(text: string): number | null {
  if (text === "" || !canonicalRoman.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]!]!;
    const next = values[text[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
