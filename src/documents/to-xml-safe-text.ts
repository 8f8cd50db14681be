// Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF). Text pasted into Telegram
// can contain them, and one of them in document.xml or sheet1.xml makes Word and Excel refuse the whole file.
// With the `u` flag a well-formed surrogate pair is one code point, so only lone surrogates match the range.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const xmlInvalidChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

export function toXmlSafeText(text: string): string {
  return text.replace(xmlInvalidChars, "");
}
