import type { Db } from "../../db/create-database.js";
import { findDocumentSigning } from "../blocs/find-document-signing.js";
import { getConferenceOverview } from "./get-conference-overview.js";

export type AttendeeListRow = {
  unitName: string;
  answer: "attending" | "deputy" | "absent" | "none";
  name: string | null;
  title: string | null;
  reason: string | null;
  checkedInAt: Date | null;
};

// What the attendee list (danh sách đại biểu) states: one row per person a unit sends, one row for a unit that
// does not come or has not answered, each with the unit's check-in time.
export async function getAttendeeListData(db: Db, options: { blocId: string; conferenceId: string }) {
  const { conference, rows, counts } = await getConferenceOverview(db, options);
  const bloc = await db.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
  const listRows = rows.flatMap((row): AttendeeListRow[] => {
    const base = { unitName: row.unitName, answer: row.answer, reason: row.reason, checkedInAt: row.checkedInAt };
    if (row.attendees.length === 0 || row.answer === "absent" || row.answer === "none")
      return [{ ...base, name: null, title: null }];
    return row.attendees.map((person) => ({ ...base, name: person.name, title: person.title }));
  });
  return {
    blocName: bloc.name,
    province: bloc.province,
    conferenceTitle: conference.title,
    startsAt: conference.startsAt,
    venue: conference.venue,
    rows: listRows,
    counts,
    signing: await findDocumentSigning(db, options.blocId),
  };
}

export type AttendeeListData = Awaited<ReturnType<typeof getAttendeeListData>>;
