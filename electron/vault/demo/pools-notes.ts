import type { NoteKind } from '../../../shared/domain/vocabulary';

/**
 * Journal note templates per note kind, in the calm, plain tone of a contact person's
 * own notes. Slots in braces are filled by `fillTemplate` (see pools.ts). Names are never
 * put in the genitive, so any name fits ("Mads" and "Mads'" need different endings).
 */
export const NOTE_TEMPLATES: Readonly<Record<NoteKind, readonly string[]>> = {
  conversation: [
    'Første samtale med {affected}, som henvendte sig efter {event}. {affected} beskrev flere uønskede tilnærmelser fra {accused} over en længere periode. Jeg forklarede, hvordan en henvendelse behandles, og at det er {affected}, der bestemmer, hvad der skal ske. {affected} ved, at en bisidder altid kan være med.',
    'Samtale med {affected} i dag. {affected} fortalte om en episode under {event} i {place}, hvor {accused} kom med kommentarer om udseende og køn foran andre. {affected} fortalte roligt og sammenhængende, men var tydeligt påvirket. {affected} vil tænke over, hvad der skal ske, og ønsker ikke, at {accused} kontaktes endnu.',
    'Opfølgende samtale med {affected}. Vi gennemgik aftalen fra sidst, og {affected} bekræftede, at den stadig passer. Perioden har været hård, og {affected} tager imod tilbuddet om et samtaleforløb. Næste samtale er aftalt til {date}.',
    'Samtale med {witness}, som selv tog kontakt som vidne til episoden i {place}. {witness} beskrev forløbet i store træk, som {affected} har gjort. Jeg har ikke fortalt {witness} noget ud over det, {witness} selv bragte op, og har forklaret, at den berørte bestemmer, hvad der videre sker.',
    'Samtale med {affected} og bisidderen. Vi talte om muligheden for mægling i Dialogrådet. {affected} er positiv, men vil først se et udkast til, hvad Dialogrådet må få at vide. Jeg sender udkastet inden {date}.',
    'Samtale med {affected} om, hvad der er sket siden {event}. Der har ikke været nye episoder, og {affected} oplever, at aftalen bliver overholdt. Vi aftalte en sidste opfølgning {date}, hvorefter sagen kan afsluttes, hvis {affected} ønsker det.',
  ],
  phone: [
    'Kort telefonsamtale med {affected}, som ringede for at høre, hvordan sagen går. Der er ikke sket noget nyt siden sidst, og intet er delt uden samtykke. Vi aftalte at tale sammen igen {date}.',
    '{affected} ringede og fortalte, at {accused} har skrevet igen efter {event}. Beskederne er ikke truende, men uønskede. {affected} gemmer dem og sender skærmbilleder, hvis det bliver relevant. Jeg tilbød et møde i denne uge.',
    'Telefonsamtale med {affected} om den skriftlige aftale. {affected} har læst udkastet og ønsker en ændring i afsnittet om, hvem der må vide hvad. Jeg retter udkastet og sender det til gennemlæsning.',
    'Opringning fra {witness}, som ville vide, om der var kommet en henvendelse om episoden i {place}. Jeg kan hverken bekræfte eller afkræfte noget over for andre end den berørte og forklarede det roligt. {witness} kan altid selv henvende sig, hvis der er noget at fortælle.',
  ],
  email: [
    'Mail fra {affected} modtaget {date}. {affected} beskriver kort episoden under {event} og spørger, om kontaktpersonerne kan hjælpe. Jeg har svaret, tilbudt en samtale personligt eller på telefon og skrevet, at henvendelsen behandles fortroligt.',
    'Mail sendt til {affected} med udkastet til den skriftlige aftale. Der står i mailen, at aftalen kan ændres, og at et samtykke altid kan trækkes tilbage. Emnefeltet indeholder ingen navne.',
    '{affected} skriver, at {accused} alligevel ikke skal inddrages. Samtykket er registreret som trukket tilbage. Jeg har kvitteret og bekræftet, at der ikke sker mere på det punkt.',
    'Mail fra {unit} med et generelt spørgsmål om retningslinjer ved arrangementer. Mailen nævner ikke sagen. Jeg har svaret generelt og henvist til samværspolitikken uden at omtale sagen.',
  ],
  observation: [
    'Jeg deltog i {event} i {place}. Stemningen var god, og der var ingen episoder. {accused} deltog og holdt afstand til {affected}, som aftalt.',
    'Ved et møde i {unit} lagde jeg mærke til en tone i debatten, som flere kunne opleve som nedsættende. Det gælder ikke nogen bestemt person. Jeg tager det med som et generelt læringspunkt.',
    '{affected} virkede mere rolig ved dagens samtale end sidst og fortalte selv, at samtaleforløbet hjælper. Der er ikke behov for at ændre aftalen nu. Vi ses igen {date} som planlagt.',
    'Der er ikke kommet svar fra {affected} på de to seneste henvendelser. Det kan være et ønske om ro, og det respekterer jeg. Jeg skriver igen {date}, og sagen holdes åben indtil da.',
  ],
  decision: [
    'Efter aftale med {affected} inddrages Dialogrådet med henblik på mægling. Dialogrådet får kun at vide, hvad der står i aftalen om, hvem der må vide hvad. Navnet på {affected} nævnes ikke, før {affected} selv har godkendt det.',
    '{affected} ønsker ingen yderligere handling. Sagen afsluttes med udfaldet ingen videre handling efter den berørtes ønske. {affected} ved, at sagen kan genåbnes, hvis der bliver brug for det.',
    'Ud fra alvorlighedsgraden og omfanget indstilles sagen til en påtale. {accused} orienteres med samtykke fra {affected} og kun om det, aftalen tillader. Orienteringen sker ved et møde {date}.',
    'Et forløb hos en ekstern psykolog er bevilget og betales af organisationen. {affected} kontakter selv psykologen. Der udveksles ingen oplysninger om sagen med psykologen uden samtykke.',
    'Sagen genåbnes, fordi {affected} har oplevet en ny episode med {accused} {date}. Den tidligere aftale gennemgås igen ved næste samtale. Indtil da deles intet ud over det, aftalen allerede tillader.',
  ],
};
