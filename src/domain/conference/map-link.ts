// A map search for a venue that reads like an address (a house number, or a street and a town separated by a
// comma); a bare room name ("Phòng họp số 2" is not one) gets none.
export function mapLink(venue: string): string | null {
  const hasAddress = /(^|[\s,])\d+[A-Za-z]?(\/\d+)?\s+\p{L}/u.test(venue) || venue.split(",").length >= 3;
  if (!hasAddress) return null;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(venue)}`;
}
