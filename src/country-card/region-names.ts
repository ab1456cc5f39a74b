// Loaded on demand (see country-names.ts): only readers in a language other than English need it.

// ISO 3166-1 alpha-3 codes whose alpha-2 code is their first two letters…
const PREFIX_CODES =
  'AFG AIA ALB ARG ASM AUS AZE BEL BFA BGR BHR BLM BMU BOL BRA BTN BVT BWA CAN CCK CHE CIV ' +
  'CMR COL CRI CUB CXR CYP CZE DEU DJI DMA DOM DZA ECU EGY ERI ESP ETH FIN FJI FRA GAB GBR ' +
  'GEO GGY GHA GIB GMB GRC GTM GUM HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRN ISL ITA JEY ' +
  'JOR JPN KEN KGZ KHM KIR KNA KWT LAO LBN LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MHL MKD ' +
  'MLI MMR MNG MRT MSR MUS MWI MYS NAM NCL NER NFK NGA NIC NLD NOR NPL NRU NZL OMN PAN PER ' +
  'PHL PRI PSE QAT REU ROU RUS RWA SAU SDN SGP SHN SJM SLE SMR SOM SSD STP SXM SYR TCA TGO ' +
  'THA TJK TKL TLS TON TTO TWN TZA UGA UMI USA UZB VAT VCT VEN VGB VIR VNM VUT WSM YEM ZAF ' +
  'ZMB ZWE';
// …and the others, each alpha-3 code followed by its alpha-2 code.
const OTHER_CODES =
  'ABWAW AGOAO ALAAX ANDAD AREAE ARMAM ATAAQ ATFTF ATGAG AUTAT BDIBI BENBJ BESBQ BGDBD BHSBS ' +
  'BIHBA BLRBY BLZBZ BRBBB BRNBN CAFCF CHLCL CHNCN CODCD COGCG COKCK COMKM CPVCV CUWCW CYMKY ' +
  'DNKDK ESHEH ESTEE FLKFK FROFO FSMFM GINGN GLPGP GNBGW GNQGQ GRDGD GRLGL GUFGF GUYGY IRLIE ' +
  'IRQIQ ISRIL JAMJM KAZKZ KORKR LBRLR LBYLY MACMO MAFMF MDGMG MDVMV MEXMX MLTMT MNEME MNPMP ' +
  'MOZMZ MTQMQ MYTYT NIUNU PAKPK PCNPN PLWPW PNGPG POLPL PRKKP PRTPT PRYPY PYFPF SENSN SGSGS ' +
  'SLBSB SLVSV SPMPM SRBRS SURSR SVKSK SVNSI SWESE SWZSZ SYCSC TCDTD TKMTM TUNTN TURTR TUVTV ' +
  'UKRUA URYUY WLFWF';

let regions: Map<string, string> | null = null;

/** The ISO 3166-1 alpha-2 region code of an alpha-3 id (`IRN` → `IR`); two-letter ids as they are. */
export function regionCode(id: string): string | null {
  if (/^[A-Z]{2}$/.test(id)) return id;
  if (!regions) {
    regions = new Map(PREFIX_CODES.split(' ').map((a3) => [a3, a3.slice(0, 2)]));
    for (const pair of OTHER_CODES.split(' ')) regions.set(pair.slice(0, 3), pair.slice(3));
  }
  return regions.get(id) ?? null;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function displayNamesFor(lang: string): Intl.DisplayNames | null {
  if (!displayNames.has(lang)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      // Not a valid language tag: the dataset's own name will do.
    }
    displayNames.set(lang, names);
  }
  return displayNames.get(lang) ?? null;
}

/** The platform's name of a country's region for readers of `lang`, if it has one. */
export function regionName(id: string, lang: string): string | null {
  const region = regionCode(id);
  return (region && displayNamesFor(lang)?.of(region)) || null;
}
