import { ALL_GEMEENTE_CODES } from "./gemeente-codes";

// Built-in gazetteer: Dutch gemeenten with their main place, a central PC4, an approximate centre (WGS84) and
// population (rounded, CBS 2024). Written by hand for the demo data and offline geocoding; it covers every
// postcode and place the demo data uses. The full PC4 list is loaded with `npm run geo:import` (see README).

export type GemeenteRef = {
  code: string; // CBS code, GM + 4 digits
  name: string;
  place: string; // main place (woonplaats)
  province: string;
  population: number;
  pc4: string;
  lat: number;
  lng: number;
};

type Row = [
  code: string,
  name: string,
  place: string,
  province: string,
  population: number,
  pc4: string,
  lat: number,
  lng: number,
];

const ROWS: Row[] = [
  ["GM0363", "Amsterdam", "Amsterdam", "Noord-Holland", 931000, "1012", 52.3728, 4.8936],
  ["GM0599", "Rotterdam", "Rotterdam", "Zuid-Holland", 670000, "3011", 51.9225, 4.4792],
  ["GM0518", "'s-Gravenhage", "Den Haag", "Zuid-Holland", 566000, "2511", 52.0799, 4.3113],
  ["GM0344", "Utrecht", "Utrecht", "Utrecht", 374000, "3512", 52.0907, 5.1214],
  ["GM0772", "Eindhoven", "Eindhoven", "Noord-Brabant", 243000, "5611", 51.4381, 5.4752],
  ["GM0014", "Groningen", "Groningen", "Groningen", 241000, "9711", 53.2194, 6.5665],
  ["GM0855", "Tilburg", "Tilburg", "Noord-Brabant", 226000, "5038", 51.5555, 5.0913],
  ["GM0034", "Almere", "Almere", "Flevoland", 222000, "1315", 52.3702, 5.2141],
  ["GM0758", "Breda", "Breda", "Noord-Brabant", 187000, "4811", 51.5886, 4.776],
  ["GM0268", "Nijmegen", "Nijmegen", "Gelderland", 182000, "6511", 51.8426, 5.8527],
  ["GM0200", "Apeldoorn", "Apeldoorn", "Gelderland", 166000, "7311", 52.2112, 5.9699],
  ["GM0202", "Arnhem", "Arnhem", "Gelderland", 166000, "6811", 51.9851, 5.8987],
  ["GM0392", "Haarlem", "Haarlem", "Noord-Holland", 164000, "2011", 52.3874, 4.6462],
  ["GM0394", "Haarlemmermeer", "Hoofddorp", "Noord-Holland", 160000, "2132", 52.3061, 4.6907],
  ["GM0153", "Enschede", "Enschede", "Overijssel", 161000, "7511", 52.2215, 6.8937],
  ["GM0307", "Amersfoort", "Amersfoort", "Utrecht", 160000, "3811", 52.1561, 5.3878],
  ["GM0479", "Zaanstad", "Zaandam", "Noord-Holland", 158000, "1506", 52.442, 4.8292],
  ["GM0796", "'s-Hertogenbosch", "'s-Hertogenbosch", "Noord-Brabant", 158000, "5211", 51.6978, 5.3037],
  ["GM0193", "Zwolle", "Zwolle", "Overijssel", 132000, "8011", 52.5168, 6.083],
  ["GM0546", "Leiden", "Leiden", "Zuid-Holland", 127000, "2311", 52.1601, 4.497],
  ["GM0637", "Zoetermeer", "Zoetermeer", "Zuid-Holland", 127000, "2711", 52.0607, 4.494],
  ["GM0080", "Leeuwarden", "Leeuwarden", "Fryslân", 126000, "8911", 53.2012, 5.7999],
  ["GM0935", "Maastricht", "Maastricht", "Limburg", 122000, "6211", 50.8514, 5.691],
  ["GM0505", "Dordrecht", "Dordrecht", "Zuid-Holland", 121000, "3311", 51.8133, 4.6901],
  ["GM0228", "Ede", "Ede", "Gelderland", 121000, "6711", 52.0402, 5.6649],
  ["GM1783", "Westland", "Naaldwijk", "Zuid-Holland", 115000, "2671", 51.9936, 4.2069],
  ["GM0484", "Alphen aan den Rijn", "Alphen aan den Rijn", "Zuid-Holland", 114000, "2405", 52.1294, 4.6553],
  ["GM0361", "Alkmaar", "Alkmaar", "Noord-Holland", 111000, "1811", 52.6324, 4.7534],
  ["GM0114", "Emmen", "Emmen", "Drenthe", 108000, "7811", 52.7792, 6.9069],
  ["GM0503", "Delft", "Delft", "Zuid-Holland", 105000, "2611", 52.0116, 4.3571],
  ["GM0983", "Venlo", "Venlo", "Limburg", 103000, "5911", 51.3704, 6.1724],
  ["GM0150", "Deventer", "Deventer", "Overijssel", 102000, "7411", 52.2551, 6.1639],
  ["GM0794", "Helmond", "Helmond", "Noord-Brabant", 94000, "5701", 51.4793, 5.657],
  ["GM0828", "Oss", "Oss", "Noord-Brabant", 94000, "5341", 51.765, 5.518],
  ["GM0439", "Purmerend", "Purmerend", "Noord-Holland", 93000, "1441", 52.505, 4.9597],
  ["GM0362", "Amstelveen", "Amstelveen", "Noord-Holland", 92000, "1181", 52.303, 4.859],
  ["GM0402", "Hilversum", "Hilversum", "Noord-Holland", 92000, "1211", 52.2292, 5.1669],
  ["GM1883", "Sittard-Geleen", "Sittard", "Limburg", 91000, "6131", 50.9983, 5.8692],
  ["GM1900", "Súdwest-Fryslân", "Sneek", "Fryslân", 91000, "8601", 53.0327, 5.6589],
  ["GM0917", "Heerlen", "Heerlen", "Limburg", 87000, "6411", 50.8882, 5.9795],
  ["GM1930", "Nissewaard", "Spijkenisse", "Zuid-Holland", 85000, "3201", 51.845, 4.329],
  ["GM1948", "Meierijstad", "Veghel", "Noord-Brabant", 83000, "5461", 51.6167, 5.5486],
  ["GM0164", "Hengelo", "Hengelo", "Overijssel", 82000, "7551", 52.2658, 6.7931],
  ["GM0995", "Lelystad", "Lelystad", "Flevoland", 81000, "8232", 52.5185, 5.4714],
  ["GM0606", "Schiedam", "Schiedam", "Zuid-Holland", 80000, "3111", 51.9192, 4.3994],
  ["GM1674", "Roosendaal", "Roosendaal", "Noord-Brabant", 78000, "4701", 51.5308, 4.4653],
  ["GM1916", "Leidschendam-Voorburg", "Voorburg", "Zuid-Holland", 78000, "2271", 52.075, 4.36],
  ["GM0513", "Gouda", "Gouda", "Zuid-Holland", 75000, "2801", 52.0115, 4.7105],
  ["GM0622", "Vlaardingen", "Vlaardingen", "Zuid-Holland", 75000, "3131", 51.9125, 4.3419],
  ["GM0405", "Hoorn", "Hoorn", "Noord-Holland", 74000, "1621", 52.6425, 5.0597],
  ["GM0141", "Almelo", "Almelo", "Overijssel", 74000, "7607", 52.3567, 6.6625],
  ["GM0748", "Bergen op Zoom", "Bergen op Zoom", "Noord-Brabant", 69000, "4611", 51.4949, 4.2911],
  ["GM0106", "Assen", "Assen", "Drenthe", 69000, "9401", 52.9925, 6.5649],
  ["GM0502", "Capelle aan den IJssel", "Capelle aan den IJssel", "Zuid-Holland", 68000, "2903", 51.9292, 4.5778],
  ["GM0345", "Veenendaal", "Veenendaal", "Utrecht", 68000, "3901", 52.0286, 5.5589],
  ["GM0537", "Katwijk", "Katwijk", "Zuid-Holland", 67000, "2221", 52.2003, 4.4158],
  ["GM0355", "Zeist", "Zeist", "Utrecht", 66000, "3701", 52.0906, 5.2331],
  ["GM0356", "Nieuwegein", "Nieuwegein", "Utrecht", 65000, "3431", 52.0295, 5.0809],
  ["GM0203", "Barneveld", "Barneveld", "Gelderland", 62000, "3771", 52.14, 5.5847],
  ["GM0957", "Roermond", "Roermond", "Limburg", 59000, "6041", 51.1942, 5.987],
  ["GM1942", "Gooise Meren", "Bussum", "Noord-Holland", 59000, "1401", 52.2733, 5.1611],
  ["GM0222", "Doetinchem", "Doetinchem", "Gelderland", 58000, "7001", 51.965, 6.2889],
  ["GM0400", "Den Helder", "Den Helder", "Noord-Holland", 56000, "1781", 52.9599, 4.7593],
  ["GM0090", "Smallingerland", "Drachten", "Fryslân", 56000, "9201", 53.1092, 6.0989],
  ["GM0118", "Hoogeveen", "Hoogeveen", "Drenthe", 56000, "7901", 52.7225, 6.4764],
  ["GM0166", "Kampen", "Kampen", "Overijssel", 55000, "8261", 52.555, 5.9114],
  ["GM0715", "Terneuzen", "Terneuzen", "Zeeland", 54000, "4531", 51.3358, 3.8276],
  ["GM0632", "Woerden", "Woerden", "Utrecht", 53000, "3441", 52.0858, 4.8839],
  ["GM1940", "De Fryske Marren", "Joure", "Fryslân", 52000, "8501", 52.9658, 5.7942],
  ["GM0988", "Weert", "Weert", "Limburg", 51000, "6001", 51.2517, 5.7069],
  ["GM0074", "Heerenveen", "Heerenveen", "Fryslân", 51000, "8441", 52.96, 5.925],
  ["GM0687", "Middelburg", "Middelburg", "Zeeland", 49000, "4331", 51.4988, 3.6136],
  ["GM0243", "Harderwijk", "Harderwijk", "Gelderland", 49000, "3841", 52.342, 5.6206],
  ["GM0301", "Zutphen", "Zutphen", "Gelderland", 48000, "7201", 52.1385, 6.2014],
  ["GM0171", "Noordoostpolder", "Emmeloord", "Flevoland", 48000, "8301", 52.71, 5.75],
  ["GM1966", "Het Hogeland", "Winsum", "Groningen", 48000, "9951", 53.3306, 6.5194],
  ["GM0718", "Vlissingen", "Vlissingen", "Zeeland", 45000, "4381", 51.4425, 3.5736],
  ["GM1894", "Peel en Maas", "Panningen", "Limburg", 45000, "5981", 51.33, 5.98],
  ["GM1708", "Steenwijkerland", "Steenwijk", "Overijssel", 44000, "8331", 52.7875, 6.1194],
  ["GM0303", "Dronten", "Dronten", "Flevoland", 43000, "8251", 52.525, 5.7181],
  ["GM0281", "Tiel", "Tiel", "Gelderland", 43000, "4001", 51.8861, 5.4292],
  ["GM0289", "Wageningen", "Wageningen", "Gelderland", 40000, "6701", 51.9692, 5.6654],
  ["GM0664", "Goes", "Goes", "Zeeland", 39000, "4461", 51.5044, 3.8886],
  ["GM1895", "Oldambt", "Winschoten", "Groningen", 39000, "9671", 53.1436, 7.035],
  ["GM1735", "Hof van Twente", "Goor", "Overijssel", 35000, "7471", 52.2333, 6.5833],
  ["GM0119", "Meppel", "Meppel", "Drenthe", 34000, "7941", 52.6956, 6.1944],
  ["GM1676", "Schouwen-Duiveland", "Zierikzee", "Zeeland", 34000, "4301", 51.65, 3.9167],
  ["GM0037", "Stadskanaal", "Stadskanaal", "Groningen", 32000, "9501", 52.9875, 6.9514],
  ["GM1586", "Oost Gelre", "Lichtenvoorde", "Gelderland", 30000, "7131", 51.9867, 6.5667],
  ["GM0294", "Winterswijk", "Winterswijk", "Gelderland", 29000, "7101", 51.9725, 6.7194],
  ["GM1774", "Dinkelland", "Denekamp", "Overijssel", 26000, "7591", 52.3775, 7.005],
  ["GM0158", "Haaksbergen", "Haaksbergen", "Overijssel", 24000, "7481", 52.1567, 6.7392],
  ["GM1714", "Sluis", "Oostburg", "Zeeland", 23000, "4501", 51.325, 3.4875],
  ["GM0184", "Urk", "Urk", "Flevoland", 22000, "8321", 52.6617, 5.6017],
  ["GM0313", "Bunschoten", "Bunschoten-Spakenburg", "Utrecht", 22000, "3751", 52.2431, 5.375],
  ["GM0994", "Valkenburg aan de Geul", "Valkenburg", "Limburg", 16000, "6301", 50.865, 5.8319],
  ["GM0448", "Texel", "Den Burg", "Noord-Holland", 14000, "1791", 53.0542, 4.7972],
  ["GM0981", "Vaals", "Vaals", "Limburg", 10000, "6291", 50.7708, 6.0181],
  ["GM0060", "Ameland", "Nes", "Fryslân", 4000, "9163", 53.4447, 5.775],
];

export const GEMEENTEN: readonly GemeenteRef[] = ROWS.map(
  ([code, name, place, province, population, pc4, lat, lng]) => ({
    code,
    name,
    place,
    province,
    population,
    pc4,
    lat,
    lng,
  }),
);

/** The CBS codes of the gemeenten above: the `gemeente` table holds exactly these (lib/db/reference-data.ts). */
/** Every gemeente's CBS code: the shipped national list plus the demo list (the same codes, kept in step by a test). */
export const GEMEENTE_CODES: ReadonlySet<string> = new Set([...ALL_GEMEENTE_CODES, ...GEMEENTEN.map((g) => g.code)]);

// Other names people type for a place or gemeente: [alias, gemeente code, canonical place].
export const PLACE_ALIASES: readonly [alias: string, code: string, place: string][] = [
  ["Den Bosch", "GM0796", "'s-Hertogenbosch"],
  ["'s-Gravenhage", "GM0518", "Den Haag"],
  ["The Hague", "GM0518", "Den Haag"],
  ["Zaanstad", "GM0479", "Zaandam"],
  ["Haarlemmermeer", "GM0394", "Hoofddorp"],
  ["Westland", "GM1783", "Naaldwijk"],
  ["Nissewaard", "GM1930", "Spijkenisse"],
  ["Sittard-Geleen", "GM1883", "Sittard"],
  ["Súdwest-Fryslân", "GM1900", "Sneek"],
  ["Snits", "GM1900", "Sneek"],
  ["Ljouwert", "GM0080", "Leeuwarden"],
  ["Meierijstad", "GM1948", "Veghel"],
  ["Leidschendam-Voorburg", "GM1916", "Voorburg"],
  ["Smallingerland", "GM0090", "Drachten"],
  ["Gooise Meren", "GM1942", "Bussum"],
  ["Spakenburg", "GM0313", "Bunschoten-Spakenburg"],
];
