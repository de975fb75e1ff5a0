/**
 * Passphrase strength, judged by zxcvbn-ts with the common and English dictionaries plus
 * Danish words people reach for first and the words of this app and its setting. The same
 * rule runs in the UI (live feedback) and in the engine (which refuses a weak passphrase),
 * so both must call this one function.
 *
 * `warning` and `suggestions` are zxcvbn-ts feedback keys (e.g. `common`, `anotherWord`),
 * not sentences: the renderer turns them into Danish or English text.
 */
import { ZxcvbnFactory, type Score } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';

export const MIN_PASSPHRASE_SCORE = 3;

export interface PassphraseAssessment {
  score: Score;
  acceptable: boolean;
  warning?: string;
  suggestions: string[];
}

/** Words a Danish user, or an attacker who knows where the laptop belongs, tries early. */
const DANISH_AND_CONTEXT_WORDS = [
  'adgangskode', 'adgangssætning', 'kodeord', 'password', 'hemmelig', 'hemmeligt',
  'fortrolig', 'fortroligt', 'boks', 'nøgle', 'gendannelsesnøgle', 'sikkerhed',
  'kontaktperson', 'kontaktinstans', 'tillidsperson', 'sekretariat', 'sekretariatschef',
  'hovedbestyrelsen', 'hovedbestyrelse', 'landsmøde', 'partiet', 'parti', 'formand',
  'samværspolitik', 'handlingsplan', 'krænkelse', 'sexisme', 'sexchikane', 'henvendelse',
  'sag', 'sager', 'aftale', 'samtykke', 'danmark', 'københavn', 'kobenhavn', 'aarhus',
  'odense', 'aalborg', 'sommer', 'vinter', 'forår', 'efterår', 'kærlighed', 'elsker',
  'hej', 'hejsa', 'velkommen', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag',
  'lørdag', 'søndag', 'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli',
  'august', 'september', 'oktober', 'november', 'december', 'hund', 'kat', 'hest',
  'mor', 'far', 'familie', 'fodbold', 'brøndby', 'kaffe', 'hygge', 'skole', 'arbejde',
];

let zxcvbn: ZxcvbnFactory | undefined;

/** Building the ranked dictionaries takes ~150 ms, so do it once, on first use. */
function checker(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: {
      ...commonDictionary,
      ...englishDictionary,
      'danish-and-context': DANISH_AND_CONTEXT_WORDS,
    },
    // useLevenshteinDistance stays off: it makes each check ~250 ms, too slow to run per
    // keystroke in the UI.
    graphs: adjacencyGraphs,
  });
  return zxcvbn;
}

export function assessPassphrase(passphrase: string, userInputs: string[] = []): PassphraseAssessment {
  const result = checker().check(passphrase, userInputs);
  const assessment: PassphraseAssessment = {
    score: result.score,
    acceptable: result.score >= MIN_PASSPHRASE_SCORE,
    suggestions: result.feedback.suggestions,
  };
  if (result.feedback.warning) assessment.warning = result.feedback.warning;
  return assessment;
}
