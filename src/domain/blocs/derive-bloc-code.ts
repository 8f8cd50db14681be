// Without an explicit code a bloc is identified by its province and name, so rename needs a code.
export function deriveBlocCode(province: string, name: string): string {
  const slug = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase();
  return `${slug(province)}--${slug(name)}`.slice(0, 80);
}
