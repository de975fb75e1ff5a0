import type { ErrorCode } from '../../../shared/errors';

/** Danish, the default language. English mirrors this shape exactly (see en.ts). */
export const da = {
  app: {
    name: 'Fortrolig',
    tagline: 'Et sikkert sted til sager om krænkelser',
  },
  language: {
    label: 'Sprog',
    da: 'Dansk',
    en: 'English',
  },
  welcome: {
    title: 'Velkommen til Fortrolig',
    intro:
      'Fortrolig er din krypterede sagsmappe som kontaktperson. Her noterer du henvendelser om sexisme, sexchikane og anden krænkende adfærd, skriver aftaler med den berørte og laver det årlige, anonymiserede læringsdokument.',
    privacy: 'Alt bliver på denne computer. Intet sendes over nettet, og boksen kan kun åbnes med din adgangssætning.',
    create: 'Opret en ny boks',
    open: 'Åbn en eksisterende boks',
    comingSoon: 'Denne del er ikke klar endnu.',
  },
  errors: {
    WRONG_PASSPHRASE: 'Adgangssætningen passer ikke. Prøv igen — eller brug din gendannelsesnøgle.',
    WRONG_RECOVERY_KEY: 'Gendannelsesnøglen passer ikke til denne boks. Tjek den for tastefejl.',
    WEAK_PASSPHRASE: 'Adgangssætningen er for let at gætte. Brug en længere sætning med flere ord.',
    VAULT_NOT_FOUND: 'Der er ingen boks i den valgte mappe.',
    VAULT_EXISTS: 'Der ligger allerede en boks i den mappe. Vælg en anden mappe.',
    KEYS_MISSING: 'Boksens nøglefil (keys.json) mangler. Gendan fra en sikkerhedskopi.',
    KEYS_CORRUPT: 'Boksens nøglefil er beskadiget. Gendan fra en sikkerhedskopi.',
    VAULT_CORRUPT: 'Boksen er beskadiget og kan ikke åbnes. Filen er ikke ændret. Gendan fra en sikkerhedskopi.',
    VAULT_TOO_NEW: 'Boksen er lavet med en nyere version af Fortrolig. Opdatér programmet for at åbne den.',
    VAULT_IN_USE: 'Boksen er allerede åben i et andet vindue eller program.',
    VAULT_LOCKED: 'Boksen er låst. Lås den op for at fortsætte.',
    TOO_MANY_ATTEMPTS: 'For mange forsøg. Vent lidt, og prøv igen.',
    BACKUP_INVALID: 'Sikkerhedskopien kunne ikke bekræftes og er ikke brugt. Din nuværende boks er uændret.',
    NOT_FOUND: 'Det, du leder efter, findes ikke længere.',
    INVALID_INPUT: 'Nogle felter er ikke udfyldt rigtigt. Ret dem, og prøv igen.',
    INVALID_TRANSITION: 'Sagen kan ikke skifte til den status herfra.',
    CONSENT_REQUIRED: 'Den berørte har ikke givet samtykke til dette. Registrér samtykket først, eller skriv hvorfor det alligevel sker.',
    REPORT_BLOCKED: 'Læringsdokumentet indeholder noget, der kan pege på en person. Ret de markerede steder først.',
    FILE_TOO_LARGE: 'Filen er for stor.',
    FILE_TYPE_NOT_ALLOWED: 'Den filtype kan ikke bruges her.',
    DISK_FULL: 'Disken er fuld. Intet er gemt. Frigør plads, og prøv igen.',
    IO_ERROR: 'Filen kunne ikke læses eller skrives. Intet er ændret.',
    CANCELLED: 'Handlingen blev afbrudt.',
    UNKNOWN_METHOD: 'Programmet kunne ikke udføre handlingen. Genstart Fortrolig.',
    FORBIDDEN: 'Handlingen blev afvist af sikkerhedshensyn.',
    INTERNAL: 'Der skete en uventet fejl. Intet er mistet; prøv igen.',
  } satisfies Record<ErrorCode, string>,
};

export type Messages = typeof da;
