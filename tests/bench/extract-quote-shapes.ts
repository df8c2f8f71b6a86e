/**
 * Quotation shapes of outlets the engine was not built on, each on INVENTED sentences (never copied from fixtures): the
 * engine is run on each (extractArticle) and the direct statements it proposes are compared with the ones a reader sees.
 * A case passes when every expected quotation is proposed as direct, with that speaker and with words that overlap (Dice
 * ≥ 0.8 on tokens), and nothing named in `none` is proposed.
 *
 * Run: npx tsx tests/bench/extract-quote-shapes.ts [--all]   (default: only cases that miss or mangle)
 */
import { extractArticle } from "@/lib/extraction";
import { dice, tokens } from "@/lib/extraction/score";

type Case = { shape: string; text: string; want: [speaker: string, quote: string][]; none?: string[] };

const CASES: Case[] = [
  { shape: "guillemets", text: "Marek Dvořák spoke in Brno. «We will keep the plants running all winter», Dvořák said.", want: [["Marek Dvořák", "We will keep the plants running all winter"]] },
  { shape: "spaced guillemets", text: "Claire Moreau spoke on Monday. « Nous ne céderons rien sur le budget », a déclaré Moreau. She later said in English: « We will not give ground on the budget. »", want: [["Claire Moreau", "We will not give ground on the budget."]] },
  { shape: "German low-high", text: "Jonas Keller spoke in Berlin. „Wir werden die Lieferungen fortsetzen“, sagte Keller. He added: „The deliveries will go on until spring.“", want: [["Jonas Keller", "The deliveries will go on until spring."]] },
  { shape: "single low-high", text: "Tomasz Wójcik spoke in Gdańsk. He said: ‚The port will stay open for every convoy.‘", want: [["Tomasz Wójcik", "The port will stay open for every convoy."]] },
  { shape: "curly single with apostrophes", text: "Olena Marchuk, the city's mayor, spoke on Friday. ‘We don't have enough generators for Kyiv's hospitals,’ Marchuk said.", want: [["Olena Marchuk", "We don't have enough generators for Kyiv's hospitals,"]] },
  { shape: "straight single with apostrophes", text: "Olena Marchuk, the city's mayor, spoke on Friday. 'We don't have enough generators for Kyiv's hospitals,' Marchuk said.", want: [["Olena Marchuk", "We don't have enough generators for Kyiv's hospitals,"]] },
  { shape: "″ opening, ” closing", text: "Anders Lund spoke in Oslo. ″We are ready to send more ships to the Baltic,” Lund said.", want: [["Anders Lund", "We are ready to send more ships to the Baltic,"]] },
  { shape: "straight opening, curly closing", text: "Anders Lund spoke in Oslo. \"We are ready to send more ships to the Baltic,” Lund said.", want: [["Anders Lund", "We are ready to send more ships to the Baltic,"]] },
  { shape: "curly opening, straight closing", text: "Anders Lund spoke in Oslo. “We are ready to send more ships to the Baltic,\" Lund said.", want: [["Anders Lund", "We are ready to send more ships to the Baltic,"]] },
  { shape: "closing-style mark opening (”…”)", text: "Anders Lund spoke in Oslo. ”We are ready to send more ships to the Baltic,” Lund said.", want: [["Anders Lund", "We are ready to send more ships to the Baltic,"]] },
  {
    shape: "multi-paragraph quote (opened each paragraph)",
    text: "Defence Minister Rasa Kairytė addressed parliament on Tuesday.\n\n“We will double the number of air defence batteries by the end of next year.\n\n“We will also build shelters in every school near the border.\n\n“Nobody should doubt our resolve,” Kairytė said.",
    want: [["Rasa Kairytė", "We will double the number of air defence batteries by the end of next year."], ["Rasa Kairytė", "We will also build shelters in every school near the border."], ["Rasa Kairytė", "Nobody should doubt our resolve,"]],
  },
  {
    shape: "multi-paragraph quote, speaker in first paragraph",
    text: "Defence Minister Rasa Kairytė said: “We will double the number of air defence batteries by the end of next year.\n\n“We will also build shelters in every school near the border.”",
    want: [["Rasa Kairytė", "We will double the number of air defence batteries by the end of next year."], ["Rasa Kairytė", "We will also build shelters in every school near the border."]],
  },
  { shape: "dialogue dash (translated)", text: "Governor Oleksandr Prokudin visited the bridge on Sunday.\n\n— We will not give up Kherson, — the governor said.", want: [["Oleksandr Prokudin", "We will not give up Kherson,"]] },
  { shape: "dialogue dash, named", text: "The shelling resumed at dawn.\n\n— We will not give up Kherson, — Oleksandr Prokudin said. — The city will stand.", want: [["Oleksandr Prokudin", "We will not give up Kherson,"]] },
  { shape: "colon then straight single", text: "Volodymyr Zelensky wrote on X: 'We need air defence now, not in six months.'", want: [["Volodymyr Zelensky", "We need air defence now, not in six months."]] },
  { shape: "colon then double", text: "Volodymyr Zelensky wrote on X: \"We need air defence now, not in six months.\"", want: [["Volodymyr Zelensky", "We need air defence now, not in six months."]] },
  { shape: "inverted speaker after quote", text: "Talks resumed in Geneva. \"There is no agreement on the prisoners yet,\" said the minister, Andriy Bilous.", want: [["Andriy Bilous", "There is no agreement on the prisoners yet,"]] },
  { shape: "inverted speaker, title only", text: "Foreign Minister Andriy Bilous arrived in Geneva. \"There is no agreement on the prisoners yet,\" said the minister.", want: [["Andriy Bilous", "There is no agreement on the prisoners yet,"]] },
  { shape: "headline label quote (body)", text: "Talks resumed in Geneva.\n\nSybiha: 'Nobody will dictate the terms of peace to Ukraine'\n\nForeign Minister Andrii Sybiha spoke to reporters.", want: [["Andrii Sybiha", "Nobody will dictate the terms of peace to Ukraine"]] },
  {
    shape: "Q&A with Q:/A:",
    text: "We spoke to Deputy Minister Iryna Holub about the grid.\n\nQ: How long can the grid hold out this winter?\n\nA: The grid will hold if the air defence holds. We have repaired every substation that was hit in October.\n\nQ: Will there be blackouts in Kyiv?\n\nA: Short ones, yes, but the capital will have heat in every home.",
    want: [["Iryna Holub", "The grid will hold if the air defence holds. We have repaired every substation that was hit in October."]],
  },
  {
    shape: "Q&A with name labels",
    text: "We spoke to Deputy Minister Iryna Holub about the grid.\n\nKyiv Post: How long can the grid hold out this winter?\n\nIryna Holub: The grid will hold if the air defence holds. We have repaired every substation that was hit in October.\n\nKyiv Post: Will there be blackouts in Kyiv?\n\nIryna Holub: Short ones, yes, but the capital will have heat in every home.",
    want: [["Iryna Holub", "The grid will hold if the air defence holds. We have repaired every substation that was hit in October."]],
  },
  {
    shape: "Q&A with initials",
    text: "We spoke to Deputy Minister Iryna Holub about the grid.\n\nMK: How long can the grid hold out this winter?\n\nIH: The grid will hold if the air defence holds. We have repaired every substation that was hit in October.\n\nMK: Will there be blackouts in Kyiv?\n\nIH: Short ones, yes, but the capital will have heat in every home.",
    want: [["Iryna Holub", "The grid will hold if the air defence holds. We have repaired every substation that was hit in October."]],
  },
  { shape: "caption quote", text: "Minister Pavlo Hrytsenko spoke in Lviv on Monday.\n\nPhoto: Pavlo Hrytsenko at the plant. “We build drones here,” he said. (Photo: Reuters)\n\nThe plant opened in May.", want: [], none: ["We build drones here"] },
  { shape: "Read also line", text: "Talks on a new drone plant resumed in Lviv on Monday after a pause of three weeks, officials said.\n\nMinister Pavlo Hrytsenko spoke in Lviv on Monday. “The plant will double its output,” Hrytsenko said.\n\nRead also: Hrytsenko: “Drones are our artillery now”\n\nThe plant opened in May.", want: [["Pavlo Hrytsenko", "The plant will double its output,"]], none: ["Drones are our artillery now"] },
  { shape: "split by speaker across a sentence break", text: "Mayor Ihor Terekhov spoke on Tuesday. “The metro is the safest shelter we have,” Terekhov said. “We keep it open all night.”", want: [["Ihor Terekhov", "The metro is the safest shelter we have,"], ["Ihor Terekhov", "We keep it open all night."]] },
  { shape: "split mid-sentence", text: "“The metro,” Mayor Ihor Terekhov said, “is the safest shelter we have.”", want: [["Ihor Terekhov", "The metro is the safest shelter we have."]] },
  { shape: "split mid-sentence, guillemets", text: "«The metro», Mayor Ihor Terekhov said, «is the safest shelter we have.»", want: [["Ihor Terekhov", "The metro is the safest shelter we have."]] },
  { shape: "quote after 'said' comma", text: "Mayor Ihor Terekhov said, “The metro is the safest shelter we have.”", want: [["Ihor Terekhov", "The metro is the safest shelter we have."]] },
  { shape: "German „…“ mid-paragraph attribution", text: "Economy Minister Katrin Vogel spoke in Kyiv. „We will insure the investments against war risk“, Vogel said on Tuesday.", want: [["Katrin Vogel", "We will insure the investments against war risk"]] },
  { shape: "Nordic ”…”", text: "Prime Minister Ulf Karlsson spoke in Stockholm. ”We will send the Gripens when Kyiv asks,” Karlsson said.", want: [["Ulf Karlsson", "We will send the Gripens when Kyiv asks,"]] },
  { shape: "reversed guillemets »…«", text: "Chancellor Lena Brandt spoke in Bonn. »We stand with Ukraine as long as it takes«, Brandt said.", want: [["Lena Brandt", "We stand with Ukraine as long as it takes"]] },
  { shape: "single guillemets ‹…›", text: "Chancellor Lena Brandt spoke in Bonn. She said: ‹We stand with Ukraine as long as it takes.›", want: [["Lena Brandt", "We stand with Ukraine as long as it takes."]] },
  { shape: "quote ending with question", text: "Minister Pavlo Hrytsenko spoke in Lviv. “Who will pay for the reconstruction?” Hrytsenko asked.", want: [["Pavlo Hrytsenko", "Who will pay for the reconstruction?"]] },
  { shape: "en dash Polish", text: "The talks went on.\n\n– We will not give up the corridor – Prime Minister Adam Nowicki said. – This is our land.", want: [["Adam Nowicki", "We will not give up the corridor"]] },
  { shape: "quote with nested single", text: "Ihor Terekhov spoke on Tuesday. “They call it a ‘ceasefire’, but the shelling never stopped,” Terekhov said.", want: [["Ihor Terekhov", "They call it a ‘ceasefire’, but the shelling never stopped,"]] },
  { shape: "quote with nested straight single", text: "Ihor Terekhov spoke on Tuesday. \"They call it a 'ceasefire', but the shelling never stopped,\" Terekhov said.", want: [["Ihor Terekhov", "They call it a 'ceasefire', but the shelling never stopped,"]] },
  { shape: "single quotes, plural possessive", text: "Ihor Terekhov spoke on Tuesday. 'The workers' wages have not been paid since May,' Terekhov said.", want: [["Ihor Terekhov", "The workers' wages have not been paid since May,"]] },
  { shape: "single quotes, elided start", text: "Ihor Terekhov spoke on Tuesday. 'Nobody's coming to help us, 'cause the road is mined,' Terekhov said.", want: [["Ihor Terekhov", "Nobody's coming to help us, 'cause the road is mined,"]] },
  { shape: "quote then 'he said' pronoun", text: "Mayor Ihor Terekhov toured the metro. “The trains run every ten minutes even during alerts,” he said.", want: [["Ihor Terekhov", "The trains run every ten minutes even during alerts,"]] },
  { shape: "quote then 'said X' with title", text: "“The trains run every ten minutes even during alerts,” said Kharkiv Mayor Ihor Terekhov.", want: [["Ihor Terekhov", "The trains run every ten minutes even during alerts,"]] },
  { shape: "speaker, colon, quote in next paragraph", text: "Andrii Sybiha wrote on Telegram:\n\n“Russia answered our proposal with a massive strike on energy facilities.”", want: [["Andrii Sybiha", "Russia answered our proposal with a massive strike on energy facilities."]] },
  { shape: "quote with ellipsis mid", text: "Andrii Sybiha spoke on Monday. “Russia answered our proposal… with a massive strike on energy,” Sybiha said.", want: [["Andrii Sybiha", "Russia answered our proposal… with a massive strike on energy,"]] },
  { shape: "quote with bracket insertion", text: "Andrii Sybiha spoke on Monday. “They [the Russians] answered with a massive strike on energy,” Sybiha said.", want: [["Andrii Sybiha", "They [the Russians] answered with a massive strike on energy,"]] },
  { shape: "double prime ″…″", text: "Anders Lund spoke in Oslo. ″We are ready to send more ships to the Baltic,″ Lund said.", want: [["Anders Lund", "We are ready to send more ships to the Baltic,"]] },
  { shape: "low double with straight close", text: "Economy Minister Katrin Vogel spoke in Kyiv. „We will insure the investments against war risk\", Vogel said.", want: [["Katrin Vogel", "We will insure the investments against war risk"]] },
  { shape: "German reopened quote", text: "Economy Minister Katrin Vogel spoke in Kyiv. „Wir versichern die Investitionen“, sagte Vogel. „We will insure the investments against war risk“, she added in English.", want: [["Katrin Vogel", "We will insure the investments against war risk"]] },
  { shape: "said-colon, lower-case quote", text: "Andrii Sybiha said: “the terms of peace will be set in Kyiv, not in Moscow.”", want: [["Andrii Sybiha", "the terms of peace will be set in Kyiv, not in Moscow."]] },
  { shape: "multi-paragraph with guillemets reopened", text: "Defence Minister Rasa Kairytė said: «We will double the number of air defence batteries by the end of next year.\n\n«We will also build shelters in every school near the border.»", want: [["Rasa Kairytė", "We will double the number of air defence batteries by the end of next year."], ["Rasa Kairytė", "We will also build shelters in every school near the border."]] },
  { shape: "multi-paragraph with straight reopened", text: "Defence Minister Rasa Kairytė said: \"We will double the number of air defence batteries by the end of next year.\n\n\"We will also build shelters in every school near the border.\"", want: [["Rasa Kairytė", "We will double the number of air defence batteries by the end of next year."], ["Rasa Kairytė", "We will also build shelters in every school near the border."]] },
  { shape: "curly single colon", text: "Volodymyr Zelensky wrote on X: ‘We need air defence now, not in six months.’", want: [["Volodymyr Zelensky", "We need air defence now, not in six months."]] },
  { shape: "in a statement, colon", text: "The Ukrainian Foreign Ministry said in a statement: “The strike on the dam is a war crime.”", want: [["Ukrainian Foreign Ministry", "The strike on the dam is a war crime."]] },
  { shape: "guillemets, comma-dash attribution", text: "Kremlin spokesman Dmitry Peskov spoke on Monday. «We are not planning any new talks this week», – said Peskov.", want: [["Dmitry Peskov", "We are not planning any new talks this week"]] },
  { shape: "curly, comma-dash attribution", text: "President Volodymyr Zelensky spoke on Monday. “We are preparing new steps with our partners,” – Zelensky wrote.", want: [["Volodymyr Zelensky", "We are preparing new steps with our partners,"]] },
  { shape: "According to him, quote", text: "Mayor Ihor Terekhov spoke to reporters on Tuesday. According to him, “the city has enough fuel for the generators until March.”", want: [["Ihor Terekhov", "the city has enough fuel for the generators until March."]] },
  { shape: "In his words, quote", text: "Mayor Ihor Terekhov spoke to reporters on Tuesday. In his words, “the city has enough fuel for the generators until March.”", want: [["Ihor Terekhov", "the city has enough fuel for the generators until March."]] },
  { shape: "As X noted, quote", text: "As Mayor Ihor Terekhov noted, “the city has enough fuel for the generators until March.”", want: [["Ihor Terekhov", "the city has enough fuel for the generators until March."]] },
  { shape: "X emphasized: quote", text: "Mayor Ihor Terekhov emphasized: “The city has enough fuel for the generators until March.”", want: [["Ihor Terekhov", "The city has enough fuel for the generators until March."]] },
  { shape: "Quote: label (UP style)", text: "Mayor Ihor Terekhov spoke about the strike on Telegram.\n\nQuote: \"The enemy hit a boiler house in the Saltivka district. There are no casualties.\"", want: [["Ihor Terekhov", "The enemy hit a boiler house in the Saltivka district. There are no casualties."]] },
  { shape: "said that + full quote", text: "President Recep Tayyip Erdoğan spoke in Ankara. Erdoğan said that “Türkiye will continue its efforts for a just peace.”", want: [["Recep Tayyip Erdoğan", "Türkiye will continue its efforts for a just peace."]] },
  { shape: "the statement reads", text: "The Ukrainian Foreign Ministry issued a statement on Monday. “The strike on the dam is a war crime,” the statement reads.", want: [["Ukrainian Foreign Ministry", "The strike on the dam is a war crime,"]] },
  { shape: "posted a video saying:", text: "Governor Oleh Syniehubov posted a video on Telegram saying: “Two people were injured in the strike on the market.”", want: [["Oleh Syniehubov", "Two people were injured in the strike on the market."]] },
  { shape: "quote, new paragraph, he said", text: "Governor Oleh Syniehubov visited the market on Sunday.\n\n“Two people were injured. The roof collapsed over the stalls,” he said.", want: [["Oleh Syniehubov", "Two people were injured. The roof collapsed over the stalls,"]] },
  { shape: "quote with inner attribution sentence", text: "Governor Oleh Syniehubov visited the market on Sunday. “Two people were injured,” he said. “The roof collapsed over the stalls. We will rebuild it.”", want: [["Oleh Syniehubov", "Two people were injured,"], ["Oleh Syniehubov", "The roof collapsed over the stalls. We will rebuild it."]] },
  { shape: "title-case wire headline quote", text: "Talks resumed in Geneva on Monday.\n\n“We Will Not Trade Territory For Peace”: Sybiha Tells Reporters\n\nForeign Minister Andrii Sybiha spoke to reporters.", want: [["Andrii Sybiha", "We Will Not Trade Territory For Peace"]] },
  { shape: "quote, paragraph, more quote (continuation)", text: "“Two people were injured in the strike,” Governor Oleh Syniehubov said on Sunday.\n\n“The roof collapsed over the stalls and the fire spread quickly.”", want: [["Oleh Syniehubov", "Two people were injured in the strike,"], ["Oleh Syniehubov", "The roof collapsed over the stalls and the fire spread quickly."]] },
  { shape: "she recalls (present, first name)", text: "Halyna Marchenko, 71, left Mariupol in 2022. “We walked for two days to reach the checkpoint,” she recalls.", want: [["Halyna Marchenko", "We walked for two days to reach the checkpoint,"]] },
  { shape: "single-quoted British with 'he said'", text: "Mayor Ihor Terekhov toured the metro. 'The trains run every ten minutes even during alerts,' he said. 'Nobody's been hurt down here.'", want: [["Ihor Terekhov", "The trains run every ten minutes even during alerts,"], ["Ihor Terekhov", "Nobody's been hurt down here."]] },
  { shape: "nested reported speech", text: "Halyna Marchenko, 71, rents a room in Batumi. “I told the landlord: ‘I have nowhere else to go.’ He said the price would stay,” she recalls.", want: [["Halyna Marchenko", "I told the landlord: ‘I have nowhere else to go.’ He said the price would stay,"]] },
  { shape: "guillemet open, curly close", text: "Kremlin spokesman Dmitry Peskov spoke on Monday. «We are not planning any new talks this week”, Peskov said.", want: [["Dmitry Peskov", "We are not planning any new talks this week"]] },
  { shape: "curly open, guillemet close", text: "Kremlin spokesman Dmitry Peskov spoke on Monday. “We are not planning any new talks this week», Peskov said.", want: [["Dmitry Peskov", "We are not planning any new talks this week"]] },
  { shape: "embedded post with dash credit", text: "President Volodymyr Zelensky spoke on Monday.\n\n“We have agreed on the next steps with our partners in Europe.” — Volodymyr Zelensky (@ZelenskyyUa) November 5, 2026", want: [["Volodymyr Zelensky", "We have agreed on the next steps with our partners in Europe."]] },
  { shape: "dialogue em dash, verb first, named", text: "Residents gathered at the school on Monday.\n\n— We will not leave our homes, — said Mykola Hrytsenko, the village head.", want: [["Mykola Hrytsenko", "We will not leave our homes,"]] },
  { shape: "dialogue em dash, two sentences then verb", text: "Mayor Vitali Kovalenko met the rescuers.\n\n— The shelter is full. We need another one, — Kovalenko said.", want: [["Vitali Kovalenko", "The shelter is full. We need another one,"]] },
  { shape: "dialogue em dash, quote resumes after attribution", text: "Mayor Vitali Kovalenko met the rescuers.\n\n— The shelter is full, — Kovalenko said. — We need another one before the frost.", want: [["Vitali Kovalenko", "The shelter is full,"], ["Vitali Kovalenko", "We need another one before the frost."]] },
  { shape: "dialogue en dash, Russian style, noted", text: "Kremlin spokesman Dmitry Peskov spoke on Tuesday.\n\n– There are no plans for a new meeting yet, – Peskov noted.", want: [["Dmitry Peskov", "There are no plans for a new meeting yet,"]] },
  { shape: "dash paragraph after 'said:'", text: "Mayor Vitali Kovalenko spoke to residents on Monday. He said:\n\n— The water supply will be restored by Friday. Every district will have heat.", want: [["Vitali Kovalenko", "The water supply will be restored by Friday. Every district will have heat."]] },
  { shape: "British single with double inside", text: "Ambassador Helen Crossley spoke in London. 'The minister told me \"there will be no deal\", and I believed him,' Crossley said.", want: [["Helen Crossley", "The minister told me \"there will be no deal\", and I believed him,"]] },
  { shape: "British single, said first", text: "Ambassador Helen Crossley spoke in London on Monday. Crossley said: 'Britain will stand by Ukraine for as long as it takes.'", want: [["Helen Crossley", "Britain will stand by Ukraine for as long as it takes."]] },
  { shape: "British single, headline-free body two quotes", text: "The defence secretary, John Harwood, visited the base on Friday. 'Our troops are ready,' he said. 'We will send another battalion to Estonia in the spring.'", want: [["John Harwood", "Our troops are ready,"], ["John Harwood", "We will send another battalion to Estonia in the spring."]] },
  { shape: "low-high „…” (Polish)", text: "Prime Minister Adam Nowicki spoke in Warsaw. „Poland will not open the border to this grain”, Nowicki said.", want: [["Adam Nowicki", "Poland will not open the border to this grain"]] },
  { shape: "low-high „…“ with he added", text: "Prime Minister Adam Nowicki spoke in Warsaw. „Poland will not open the border“, Nowicki said. He added: „Our farmers come first, and the EU must understand that.“", want: [["Adam Nowicki", "Poland will not open the border"], ["Adam Nowicki", "Our farmers come first, and the EU must understand that."]] },
  { shape: "he added: quote running into next paragraph", text: "Foreign Minister Andrii Sybiha spoke in Vienna. He added: “Russia must withdraw its troops.\n\n“Only then can we talk about a ceasefire.”", want: [["Andrii Sybiha", "Russia must withdraw its troops."], ["Andrii Sybiha", "Only then can we talk about a ceasefire."]] },
  { shape: "colon quote without verb (X on Y:)", text: "Talks in Geneva ended without a deal.\n\nZelensky on the talks: “We will not trade our land for a pause in the war.”", want: [["Zelensky", "We will not trade our land for a pause in the war."]] },
  { shape: "colon quote without verb, full name", text: "Talks in Geneva ended without a deal. Foreign Minister Andrii Sybiha on the prisoner swap: “Every one of our people will come home.”", want: [["Andrii Sybiha", "Every one of our people will come home."]] },
  { shape: "live blog Name: “quote” line", text: "Live updates from the summit.\n\n10:45 Volodymyr Zelensky: “We expect a decision on the air defence package today.”\n\n11:02 The leaders moved to the second session.", want: [["Volodymyr Zelensky", "We expect a decision on the air defence package today."]] },
  { shape: "live blog Name: “quote” no time", text: "Reactions from the capitals.\n\nKaja Kallas: “Europe must keep the pressure on Moscow until the troops leave.”\n\nDonald Tusk: “Poland is ready to host the next round.”", want: [["Kaja Kallas", "Europe must keep the pressure on Moscow until the troops leave."], ["Donald Tusk", "Poland is ready to host the next round."]] },
  { shape: "quote inside quote (inner speaker)", text: "Halyna Marchenko, 71, left Mariupol in 2022. “My son called and said, ‘Mama, pack one bag and go to the church,’ so I went,” Marchenko said.", want: [["Halyna Marchenko", "My son called and said, ‘Mama, pack one bag and go to the church,’ so I went,"]] },
  { shape: "guillemets with inner „…“", text: "Claire Moreau spoke on Monday. «The minister said „no” three times, and we left», Moreau said.", want: [["Claire Moreau", "The minister said „no” three times, and we left"]] },
  { shape: "guillemets, colon, no verb, next sentence", text: "Claire Moreau spoke on Monday in Paris. Her message: «France will deliver the jets before summer.»", want: [["Claire Moreau", "France will deliver the jets before summer."]] },
  { shape: "split quote, first paragraph unclosed, said in middle", text: "“The enemy is massing troops near Kupiansk,” Colonel Nazar Voloshyn said. “They have brought up armour and artillery.\n\n“We are ready for them.”", want: [["Nazar Voloshyn", "The enemy is massing troops near Kupiansk,"], ["Nazar Voloshyn", "They have brought up armour and artillery."], ["Nazar Voloshyn", "We are ready for them."]] },
  { shape: "standfirst quote", text: "Kyiv vows to rebuild the dam\n\n“Every village will have water by autumn,” says Deputy Minister Iryna Holub.\n\nWorks on the dam began on Monday.", want: [["Iryna Holub", "Every village will have water by autumn,"]] },
  { shape: "quote, dash, name (attribution after dash)", text: "Talks in Geneva ended without a deal. “We will not trade our land for a pause in the war” — Foreign Minister Andrii Sybiha.", want: [["Andrii Sybiha", "We will not trade our land for a pause in the war"]] },
  { shape: "said, according to X, guillemets", text: "The commander of the brigade, Colonel Nazar Voloshyn, visited the front. «The enemy has lost two battalions near Pokrovsk», Voloshyn told reporters.", want: [["Nazar Voloshyn", "The enemy has lost two battalions near Pokrovsk"]] },
  { shape: "reversed guillemets German with sagte", text: "Chancellor Friedrich Weber spoke in Berlin. »Germany will deliver more Patriot systems this year«, Weber said.", want: [["Friedrich Weber", "Germany will deliver more Patriot systems this year"]] },
  { shape: "question dash (translated interview answer)", text: "We asked Deputy Minister Iryna Holub about the grid.\n\n— Will there be blackouts in Kyiv this winter?\n\n— Short ones, yes. But the capital will have heat in every home.\n\n— How many substations were hit?\n\n— Eleven since October. All of them are working again.\n\n— What do you need from the partners?\n\n— More air defence for the power plants.", want: [["Iryna Holub", "Short ones, yes. But the capital will have heat in every home."]] },
  { shape: "quote then according to", text: "Residents of Kherson spent the night in shelters. “Three drones hit the port,” according to Governor Oleksandr Prokudin.", want: [["Oleksandr Prokudin", "Three drones hit the port,"]] },
  { shape: "colon after title+name without verb, single quotes", text: "Talks in Geneva ended without a deal.\n\nSybiha on the talks: 'Nobody will dictate the terms of peace to Ukraine.'", want: [["Sybiha", "Nobody will dictate the terms of peace to Ukraine."]] },
];

const all = process.argv.includes("--all");
const close = (a: string, b: string) => dice(tokens(a), tokens(b)) >= 0.8;
const sameName = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase().split(" ").pop()!) || b.toLowerCase().includes(a.toLowerCase().split(" ").pop()!);

let missed = 0;
for (const c of CASES) {
  const p = extractArticle({ text: c.text, publishedOn: "2026-11-06", title: "T" });
  const direct = p.statements.filter((s) => s.direct);
  const problems: string[] = [];
  for (const [speaker, quote] of c.want) {
    const hit = direct.find((s) => close(s.quote, quote));
    if (!hit) problems.push(`MISS  ${speaker}: ${quote}`);
    else if (!sameName(hit.speaker, speaker)) problems.push(`SPKR  ${hit.speaker} ≠ ${speaker}: ${quote}`);
    else if (hit.quote.trim() !== quote) problems.push(`SPAN  ${hit.quote} ≠ ${quote}`);
  }
  for (const words of c.none ?? []) if (p.statements.some((s) => close(s.quote, words))) problems.push(`EXTRA ${words}`);
  if (problems.length) missed++;
  if (!problems.length && !all) continue;
  console.log(`${problems.length ? "✗" : "✓"} ${c.shape}`);
  for (const x of problems) console.log(`    ${x}`);
  if (problems.length) for (const s of p.statements) console.log(`    got ${s.direct ? "D" : "I"} ${s.speaker}: ${s.quote}`);
}
console.log(`${CASES.length - missed}/${CASES.length} shapes read`);
