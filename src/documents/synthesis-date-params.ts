import { formatDate } from "../i18n/format-date-time.js";

export type SynthesisDateParams = { day: string; month: string; year: string; date: string };

// Parameters for the place-and-date line. Decree 30/2020/NĐ-CP writes days below 10 and the months 1 and 2 with a
// leading zero ("ngày 05 tháng 02", but "tháng 3"); `date` is the plain dd/MM/yyyy for other languages.
export function synthesisDateParams(date: Date, timeZone: string): SynthesisDateParams {
  const formatted = formatDate(date, timeZone);
  const [day = "", month = "", year = ""] = formatted.split("/");
  const monthNumber = Number(month);
  return { day, month: monthNumber <= 2 ? month : String(monthNumber), year, date: formatted };
}
