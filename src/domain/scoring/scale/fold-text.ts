// Headers and kinds are matched without case, accents or punctuation: "Điểm tối đa", "diem toi da" and
// "ĐIỂM TỐI ĐA" are the same column.
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
