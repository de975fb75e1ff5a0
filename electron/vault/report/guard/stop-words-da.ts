import { foldWord } from './normalise';

/**
 * Common Danish words, and the words learning points are made of, that never match an
 * identifier fuzzily, and match one exactly only when capitalised as a name would be:
 * "hans bil" (his car) is not Hans, "Per" may be Per but "per person" is not. Parts of
 * places, units and addresses that are such words ("Store", "Lokalforeningen") are not
 * matched on their own at all.
 */
const WORDS = `
af al alle allerede alligevel alt altid anden andet andre at bag bare begge bedre bedst begyndte
behov bare blandt blev blive bliver blot bo bor da dag dage dagen dagens dags de dem den denne dens der
deres derfor derefter dermed des det dets dette dig din dine disse dit du efter eftersom egen egne
egentlig eller ellers en end endda endnu ene eneste enhver er et ethvert fandt fik flere fleste for
fordi foreløbig forhold forskel forskellige fra frem fremover fri fuld fælles få fået gang gange gav
gennem gerne gik give giver god gode godt gør gøre gjorde går gå ham han hans har havde have hele
helt hende hendes her hinanden hos hun hurtigt hvad hvem hver hverandre hvilke hvilken hvis hvor
hvordan hvorfor hvornår i igen ikke ind inden indtil ingen intet ja jeg jer jeres jo kan kender
kom komme kommer kun kunne kort land landet lang langt lav lave lidt lige ligesom lille læse man
mange med meget mellem men mener mens mere mest mig min mine mindre mindst mit mod modsat må måde
måske måtte ned nej nemlig noget nogen nogle nok nu ny nye nyt nær når og også om omkring op os
over per plads på rigtig rigtigt samme samt sammen se selv ser sidst siden sig sige siger sin sine
sit skal skulle slet snart som stadig stor store stort større største så sådan sådanne tage tager
tid tiden til tidligt tit to tog tre ud uden udenfor under ved vi vil ville vores være været væsentlig
sten storm lund skov holm bjørn ravn due dam vang krog rose sommer vinter bach berg line
nord syd øst vest nørre søndre vester øster store lille gammel gamle nye sankt by byen centrum
kommune kommunen region regionen kreds midt øvre nedre
hotel hotellet café cafe caféen restaurant restauranten bar baren kro kroen hal hallen skole skolen
center centret hus huset

aftale aftalen aftaler adfærd adfærden aktiv aktive alkohol alkoholen alder ansat ansatte ansvar
ansvaret arbejde arbejdet arbejdsplads arbejdspladsen arrangement arrangementer arrangementet
bestyrelse bestyrelsen bestyrelser besked beskeder bisidder chikane dialog dialogen dialogrådet
deltager deltagere e-mail email erfaring erfaringer fest festen fester forening foreningen
foreninger forebyggelse forløb forløbet fortrolig fortroligt fortrolighed frivillig frivillige
gruppe gruppen grupper grænse grænsen grænser henvendelse henvendelsen henvendelser hovedbestyrelse
hovedbestyrelsen håndtering håndteringen kampagne kampagnen kampagner kommentar kommentarer
kontaktperson kontaktpersonen kontaktpersoner kontaktinstans kreds kredse kredsen krænkelse
krænkelsen krænkelser krænket krænkende kultur kulturen kursus kurset landsmøde landsmødet
landsmøder leder lederen ledere linje lokalforening lokalforeningen lokalforeninger læring
læringspunkt læringspunkter magt magten magtforhold magtposition medie medier medlem medlemmer
medlemmet mægling møde mødet møder mødested morgen nat natten online opslag organisation
organisationen parti partiet part parten parter politik politikken politiker politikere
samtale samtalen samtaler samtykke sag sagen sager sekretariat sekretariatet sexchikane sexisme
sikkerhed sociale storkreds storkredse storkredsen støtte trygge tryg tryghed tillid tillidsperson
tillidsvalgt tillidsvalgte ung unge ungdom ungdommen valg valget valgkamp valgkampen vidne vidner
voksen voksne ydmyghed åbenhed
`;

const wordsIn = (text: string): string[] => text.split(/[\s-]+/u).filter((word) => word !== '').map(foldWord);

const STOP_WORDS: ReadonlySet<string> = new Set(wordsIn(WORDS));

/** Tells whether a folded word is common: listed, or a listed word with a genitive -s ("sagens", "Alternativets"). */
export type CommonWordTest = (foldedWord: string) => boolean;

/**
 * The list above plus the caller's own common words, typically the organisation's name,
 * which its learning points mention freely and which must not count as part of a unit.
 */
export function commonWordTest(extraWords: readonly string[] = []): CommonWordTest {
  const words = new Set([...STOP_WORDS, ...extraWords.flatMap(wordsIn)]);
  return (foldedWord) => words.has(foldedWord) || (foldedWord.endsWith('s') && words.has(foldedWord.slice(0, -1)));
}
