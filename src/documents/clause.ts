// One article (Điều) of a Vietnamese administrative document, as people pick it when commenting.
export type Clause = {
  // Stable for the same text: "c1-d3" (Chương I, Điều 3) or "d3" when the document has no chapters.
  id: string;
  chapter: string | null;
  number: number;
  label: string;
  title: string;
};
