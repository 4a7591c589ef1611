// Countries whose customers get EU policies (EU member states plus EEA/EFTA states that follow
// the same consumer rules for distance selling).
const europeanCountries = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH".split(" "),
);

/** Regions whose documents suit a customer from `country`, most specific first. */
export function preferredRegions(country: string | undefined): string[] {
  if (!country) return ["global"];
  const code = country.trim().toUpperCase();
  const regions = [code.toLowerCase()];
  if (europeanCountries.has(code)) regions.push("eu");
  regions.push("global");
  return regions;
}
