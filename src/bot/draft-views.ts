// Moved: every wizard's "Huỷ" row lives in the wizard feature; kept for the areas that still import it here.
export { cancelRow } from "./features/wizard/cancel-row.js";
