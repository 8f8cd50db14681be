import { toXmlSafeText } from "./to-xml-safe-text.js";

// Text placed in a chart's SVG: XML-safe and escaped.
export function escapeSvgText(text: string): string {
  return toXmlSafeText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
