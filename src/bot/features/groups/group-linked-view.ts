import type { Translate } from "../../../i18n/translator.js";

// The answer in the group to /linkgroup: which bloc it now serves, and whether announcements can be pinned.
export function groupLinkedView(t: Translate, data: { blocName: string; canPin: boolean }) {
  const pin = t(data.canPin ? "group.linked_can_pin" : "group.linked_cannot_pin");
  return { text: t("group.linked", { bloc: data.blocName, pin }) };
}
