import type { BallotMinutesData, CommendationProposalData } from "../domain/ballots/ballot-document-data.js";
import type { Translate } from "../i18n/translator.js";
import type { ExportFile } from "./make-synthesis-files.js";

const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// The biên bản họp bình xét of a ballot, as a Word file named after its year.
export async function makeBallotMinutesFile(data: BallotMinutesData, t: Translate): Promise<ExportFile> {
  const { buildBallotMinutesDocx } = await import("../documents/build-ballot-minutes-docx.js");
  return { name: `bien-ban-binh-xet-${data.year}.docx`, mimeType: docx, bytes: await buildBallotMinutesDocx(t, data) };
}

// The tờ trình đề nghị khen thưởng to the provincial council, as a Word file.
export async function makeCommendationProposalFile(data: CommendationProposalData, t: Translate): Promise<ExportFile> {
  const { buildCommendationProposalDocx } = await import("../documents/build-commendation-proposal-docx.js");
  return {
    name: `to-trinh-khen-thuong-${data.year}.docx`,
    mimeType: docx,
    bytes: await buildCommendationProposalDocx(t, data),
  };
}
