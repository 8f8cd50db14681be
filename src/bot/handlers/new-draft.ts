// Moved to the drafts feature; signing still reads its uploads with these.
export { DraftFileSchema, readDraftFile } from "../features/drafts/read-draft-file.js";
