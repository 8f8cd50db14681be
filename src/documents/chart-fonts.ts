import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const chartFontFamily = "Noto Sans";

// The chart is rendered with fonts shipped in node_modules, never the system's: a fresh server may have no fonts at
// all, and the renderer would then silently draw no text. Noto Sans covers every Vietnamese letter.
export function chartFontFiles(): string[] {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/noto-sans/package.json"));
  const files = ["400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf"].map((file) =>
    path.join(packageDir, file),
  );
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`chart font files missing: ${missing.join(", ")}`);
  return files;
}
