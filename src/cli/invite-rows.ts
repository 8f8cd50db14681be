import { inviteLink } from "../domain/invites/invite-token.js";
import type { CreatedInvite } from "../domain/invites/create-invite.js";
import { formatDateTime } from "../i18n/format-date-time.js";

export type InviteRow = { unit: string | null; role: string; link: string; token: string; expiresAt: string };

export function toInviteRow(invite: CreatedInvite, unitCode: string | null, username: string): InviteRow {
  return {
    unit: unitCode,
    role: invite.role,
    link: inviteLink(username, invite.token),
    token: invite.token,
    expiresAt: invite.expiresAt.toISOString(),
  };
}

export function printInviteRows(rows: InviteRow[], options: { json: boolean; timeZone: string }): void {
  if (options.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const width = Math.max(4, ...rows.map((r) => (r.unit ?? "BOARD").length));
  for (const row of rows) {
    const expires = formatDateTime(new Date(row.expiresAt), options.timeZone);
    process.stdout.write(
      `${(row.unit ?? "BOARD").padEnd(width)}  ${row.role.padEnd(9)}  ${row.link}  (until ${expires})\n`,
    );
  }
}
