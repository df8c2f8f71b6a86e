// One formatter for the map's counts, on the server and in the client layer: `toLocaleString("en-GB")`
// builds a formatter on every call, and a map writes a count per marker, place and caption entry.
const EN_GB = new Intl.NumberFormat("en-GB");

/** "31,706": a count as the pages write numbers. */
export const formatCount = (n: number) => EN_GB.format(n);
