import type { DefaultCategoryKey } from '../../../shared/domain/vocabulary';

/** Short case summaries per default category, as a contact person would write them. */
export const CASE_SUMMARIES: Readonly<Record<DefaultCategoryKey, readonly string[]>> = {
  sexism: [
    'Gentagne nedsættende kommentarer om køn i en intern chatgruppe.',
    'Kommentarer om udseende og køn under {event}.',
    'Oplevelse af at blive forbigået til opgaver på grund af køn i {unit}.',
    'Sjofle bemærkninger om kvinder i politik ved et møde i {place}.',
    'Nedsættende opslag om en frivilligs køn på sociale medier.',
    'Udelukkelse fra et arrangement med henvisning til seksuel orientering.',
  ],
  harassment: [
    'Uønskede berøringer under {event}.',
    'Gentagne uønskede beskeder med seksuelle undertoner efter {event}.',
    'Vedvarende kontaktforsøg trods tydelig afvisning.',
    'Uønsket seksuel opmærksomhed fra en person med en ledende rolle i {unit}.',
    'Seksuelle kommentarer og blikke ved en stand i {place}.',
    'Uønskede invitationer og tilnærmelser under valgkampen.',
  ],
  assault: [
    'Ikke-fysisk seksuelt overgreb: blotteri efter {event}.',
    'Pres for seksuelle tjenester med løfte om en bedre opstillingsplads.',
    'Seksuelt overgreb i forbindelse med {event}; politianmeldelse er drøftet.',
    'Tvang til at se pornografisk materiale under en kampagneweekend.',
    'Forsøg på seksuelt overgreb efter en fest i {place}.',
  ],
  other: [
    'Råb og nedladende tone over for en frivillig i {unit}.',
    'Udstilling af et medlems private forhold i en lukket gruppe på nettet.',
    'Intimiderende adfærd over for et ungdomsmedlem ved {event}.',
    'Gentagen latterliggørelse på møder i {unit}.',
    'En truende privat besked efter en uenighed om opstilling.',
  ],
};

/** "Hvem må vide hvad", in the person's own words. */
export const CONSENT_SCOPES = [
  'Du må gerne fortælle Dialogrådet, hvad der skete, men ikke mit navn.',
  'Du må gerne tale med den anden kontaktperson om det, men kun om det, der skete til festen.',
  'Du må fortælle {accused}, at der er kommet en klage, men ikke hvem den er fra.',
  'Politiet må få hele min forklaring og mine skærmbilleder.',
  'Psykologen må gerne vide, at det skete i foreningen, men ikke hvem der var involveret.',
  'Min chef må vide, at jeg har en sag, men ikke hvad den handler om.',
  'I må fortælle lokalbestyrelsen, at der har været en episode, men ingen navne og ikke hvilken aften.',
  'Center for Voldtægtsofre må ringe direkte til mig, men ikke skrive på mail.',
  'Du må ikke sige noget til nogen endnu. Jeg vender tilbage, når jeg har tænkt over det.',
  'Dialogrådet må få at vide, hvad der blev sagt, men jeg vil selv fortælle det på mødet.',
  'Du må gerne fortælle {accused} præcis det, der står i aftalen, og intet andet.',
  'Min bisidder må vide alt, men ingen andre uden at spørge mig først.',
] as const;

/** Læringspunkter: general lessons, never about a person, a place or a date. */
export const LEARNING_POINTS = [
  'Henvendelser kommer ofte sent. Det kan hjælpe at nævne kontaktpersonerne ved åbningen af større arrangementer.',
  'Aftal tidligt og skriftligt, hvem den berørte ønsker inddraget, og bekræft det ved hver samtale.',
  'Alkohol gik igen i flere sager. Politikken siger tydeligt, at det aldrig er en undskyldning.',
  'Flere henvendelser handlede om beskeder efter arrangementer. Digitale kanaler bør have plads på kurset.',
  'Magtforholdet mellem valgte og frivillige i valgkampe bør fylde mere, når nye frivillige bydes velkommen.',
  'Et samtaleforløb blev oftest taget imod, når det blev tilbudt tidligt.',
  'Det tog for lang tid at finde en ekstern psykolog. En aftale på forhånd vil gøre det hurtigere.',
  'Vidner var usikre på, om de måtte henvende sig. Det bør stå tydeligt, at vidner altid kan tage kontakt.',
  'Mægling i Dialogrådet fungerede bedst, når begge parter havde haft en forberedende samtale.',
  'Nyvalgte tillidsvalgte kendte ikke altid politikken. Kurset bør ligge kort efter valget.',
  'Unge medlemmer efterspurgte en mere uformel vej til kontaktpersonerne.',
  'Skriftlige aftaler blev oftere underskrevet, når udkastet først var gennemgået mundtligt.',
] as const;

export const TASK_TITLES = [
  'Ring til den berørte og følg op',
  'Send udkast til skriftlig aftale',
  'Find et roligt lokale til næste samtale',
  'Følg op på samtaleforløbet',
  'Aftal tid hos ekstern psykolog',
  'Indhent den underskrevne aftale',
  'Tjek samtykke før kontakt til Dialogrådet',
  'Vurder alvorlighedsgraden efter næste samtale',
  'Skriv læringspunkt til læringsdokumentet',
  'Opfølgende samtale om tre måneder',
  'Scan og gem den underskrevne aftale',
  'Svar på mail fra den berørte',
  'Gennemgå aftalen med bisidderen',
  'Overvej med den berørte, om sagen kan afsluttes',
] as const;
