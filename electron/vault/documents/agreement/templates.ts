import type { SupportOffer } from '../../../../shared/domain/vocabulary';
import type { Localised } from '../common/document-language';

/**
 * Default wording of the agreement's standard texts. The organisation may replace them in
 * settings (the builder's `standardTexts`). Written to the person who came forward
 * ("du"), in plain words, as the policy asks.
 */
export interface AgreementTemplates {
  /** The right to withdraw consent and to bring a person of one's own choice (bisidder). */
  rights: string;
  confidentiality: string;
  /** What each kind of support means, shown after its name. */
  supportOffers: Readonly<Record<SupportOffer, string>>;
}

export const AGREEMENT_TEMPLATES: Localised<AgreementTemplates> = {
  da: {
    rights: [
      'Det er dig, der bestemmer, hvad der skal ske. Du kan til enhver tid trække et samtykke tilbage, helt eller delvist, uden at give en grund. Sig det til din kontaktperson, mundtligt eller skriftligt. Så stopper vi det, samtykket dækkede, så langt det stadig er muligt. Det, der allerede er fortalt, kan vi ikke gøre ufortalt, men vi fortæller ikke mere.',
      'Du kan til enhver tid tage en person efter eget valg med i forløbet som bisidder, for eksempel en ven, et familiemedlem eller en tillidsrepræsentant. Bisidderen kan være med til samtaler og møder, hvis du ønsker det.',
    ].join('\n\n'),
    confidentiality: [
      'Det, du fortæller, behandles fortroligt. Kun din kontaktperson kender din sag. Den anden kontaktperson og andre inddrages kun, hvis du har givet samtykke til det, og kun i det omfang, du selv har bestemt, som beskrevet i denne aftale.',
      'Dine oplysninger opbevares krypteret og slettes, når organisationens opbevaringsperiode udløber. Aftalen er fortrolig. Opbevar dit eget eksemplar et sikkert sted.',
    ].join('\n\n'),
    supportOffers: {
      conversation_series: 'Du tilbydes en række samtaler med din kontaktperson, så længe du har brug for det.',
      external_psychologist: 'Du tilbydes samtaler med en ekstern psykolog. Organisationen betaler.',
      rape_victims_centre: 'Hvis du ønsker det, hjælper vi dig i kontakt med Center for Voldtægtsofre.',
      police_report_guidance: 'Hvis du vil anmelde til politiet, vejleder vi dig i, hvordan det foregår.',
      support_person: 'Du har en bisidder med i forløbet.',
    },
  },
  en: {
    rights: [
      'You decide what happens. You can withdraw a consent at any time, fully or in part, without giving a reason. Tell your contact person, orally or in writing. We will then stop what the consent covered, as far as that is still possible. What has already been told cannot be untold, but we will not tell any more.',
      'You can at any time bring a person of your own choice into the process as a support person, for example a friend, a family member or a union representative. The support person can join conversations and meetings if you wish.',
    ].join('\n\n'),
    confidentiality: [
      'What you tell us is treated confidentially. Only your contact person knows about your case. The other contact person and anyone else are involved only if you have consented, and only as far as you have decided, as described in this agreement.',
      "Your information is stored encrypted and deleted when the organisation's retention period ends. This agreement is confidential. Keep your own copy somewhere safe.",
    ].join('\n\n'),
    supportOffers: {
      conversation_series: 'You are offered a series of conversations with your contact person for as long as you need.',
      external_psychologist: 'You are offered conversations with an external psychologist, paid for by the organisation.',
      rape_victims_centre: 'If you wish, we will help you get in touch with the Centre for Rape Victims (Center for Voldtægtsofre).',
      police_report_guidance: 'If you want to report to the police, we will guide you through how it works.',
      support_person: 'You have a support person with you in the process.',
    },
  },
};
