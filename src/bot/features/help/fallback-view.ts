import type { Translate } from "../../../i18n/translator.js";

// A private message nothing else took: an unknown command is named back (cut short), other text gets a hint.
export function fallbackView(t: Translate, data: { command: string | null }) {
  return {
    text: data.command ? t("fallback.unknown_command", { command: data.command.slice(0, 64) }) : t("fallback.text"),
  };
}
