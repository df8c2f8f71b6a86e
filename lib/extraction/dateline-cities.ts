/**
 * Cities stories are filed from that neither the gazetteer's capitals nor the lexicon know: world capitals and the
 * large cities of each region, and the towns of the war in Ukraine. A dateline ("KIGALI –", "By Anna Koval, Abuja",
 * "Kathmandu" alone under the byline) is read as a place only when its name is known, so the list decides whether an
 * unseen outlet's dateline is found. Names that are also common first names (Florence, Salvador, Victoria) are left out.
 */
const CITIES = `
Abuja Kigali Dodoma Alexandria Casablanca Bamako Niamey Ouagadougou Lome Lomé Cotonou Yaounde Yaoundé Douala Lusaka
Harare Bulawayo Maputo Gaborone Antananarivo Djibouti Asmara Juba N'Djamena Mombasa Kisumu Port Harcourt Kano Ibadan
Addis Abeba Goma Bukavu Malabo Libreville Brazzaville Bangui Freetown Monrovia Conakry Nouakchott Banjul Bissau
Erbil Manama Aden Ramallah Hebron Misrata Basra Mosul Kirkuk Herat Mazar-i-Sharif
Peshawar Quetta Rawalpindi Kathmandu Thimphu Naypyitaw Vientiane Singapore Dili Ulaanbaatar Davao Penang Da Nang
Hong Kong Macau Pune Chandigarh Srinagar Guwahati
Sydney Perth Adelaide Hobart Darwin Suva Honiara Port Moresby Apia Nuku'alofa Port Vila Noumea Nouméa
New York Houston Kansas City Philadelphia Phoenix San Diego Detroit Honolulu Anchorage
Mexico City Guatemala City Panama City Port-au-Prince Bogotá Brasília São Paulo Porto Alegre Monterrey Rosario Managua
Tegucigalpa Belmopan Bridgetown Port of Spain Nassau Georgetown Paramaribo Asunción Sucre
Luxembourg Valletta Podgorica Pristina Prishtina Andorra la Vella Vaduz Monaco San Marino Tórshavn Nuuk
Odesa Odessa Zaporizhzhia Dnipro Kherson Mykolaiv Sumy Chernihiv Poltava Donetsk Luhansk Mariupol Bakhmut Pokrovsk
Kramatorsk Sloviansk Kupiansk Izium Uzhhorod Ivano-Frankivsk Ternopil Rivne Lutsk Zhytomyr Vinnytsia Khmelnytskyi
Cherkasy Kropyvnytskyi Kryvyi Rih Nikopol Chernivtsi Izmail Kostiantynivka Melitopol Berdiansk Enerhodar
Belgorod Kursk Bryansk Novorossiysk Sevastopol Simferopol Rostov-on-Don Krasnodar Voronezh Kazan St Petersburg
St. Petersburg Kaliningrad Yekaterinburg Novosibirsk Vladivostok Murmansk Tuapse
Rzeszow Rzeszów Lublin Narva Cluj-Napoca Iasi Iași Constanta Constanța Antalya Batumi Gyumri Ganja Tiraspol Balti Bălți
`;

/** Each name as spelled above; multi-word names are kept whole ("Port Harcourt", "Addis Abeba"). */
const MULTI_WORD = /(?:Port(?: of)? \S+|Addis Abeba|Mazar-i-Sharif|Da Nang|Hong Kong|New York|Kansas City|San Diego|Mexico City|Guatemala City|Panama City|São Paulo|Porto Alegre|Andorra la Vella|San Marino|Kryvyi Rih|St\.? Petersburg)|\S+/g;

export const DATELINE_CITIES: ReadonlySet<string> = new Set(CITIES.match(MULTI_WORD)!.map((c) => c.toLowerCase()));
