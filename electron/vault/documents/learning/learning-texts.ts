import type { Localised } from '../common/document-language';

export interface LearningTexts {
  kindTitle: string;
  preparedBy: string;
  headings: {
    method: string;
    figures: string;
    casesInPeriod: string;
    learningPoints: string;
    recommendations: string;
  };
  /** Why small counts are hidden, in plain words, for readers who are not statisticians. */
  methodIntro: (threshold: number) => string;
  bandedTotal: (band: string) => string;
  withheldTable: string;
}

export const LEARNING_TEXTS: Localised<LearningTexts> = {
  da: {
    kindTitle: 'Læringsdokument',
    preparedBy: 'Udarbejdet af den uafhængige kontaktinstans',
    headings: {
      method: 'Sådan er dokumentet lavet',
      figures: 'Tal for perioden',
      casesInPeriod: 'Sager i perioden',
      learningPoints: 'Læringspunkter',
      recommendations: 'Anbefalinger til revision af politikken',
    },
    methodIntro: (threshold) =>
      `Dokumentet bygger på periodens sager, men ingen person og ingen sag må kunne genkendes. Derfor vises tal under ${threshold} ikke. I stedet står der "færre end ${threshold}". Små tal kan pege på bestemte personer, især for den, der i forvejen kender en historie. Af samme grund er nogle andre tal også skjult, så et skjult tal ikke kan regnes ud fra en total eller fra sidste års dokument. Tallene vises kun én ting ad gangen og krydses aldrig med hinanden.`,
    bandedTotal: (band) =>
      `Der har været ${band} sager i perioden. Det er for få til at vise tal, så dokumentet indeholder kun læringspunkter og anbefalinger.`,
    withheldTable: 'Tabellen er udeladt, fordi dens tal ellers kunne pege på enkelte personer.',
  },
  en: {
    kindTitle: 'Learning document',
    preparedBy: 'Prepared by the independent contact body',
    headings: {
      method: 'How this document was made',
      figures: 'Figures for the period',
      casesInPeriod: 'Cases in the period',
      learningPoints: 'Learning points',
      recommendations: 'Recommendations for revising the policy',
    },
    methodIntro: (threshold) =>
      `This document is based on the cases of the period, but no person and no case may be recognisable. Counts below ${threshold} are therefore not shown. Instead it says "fewer than ${threshold}". Small numbers can point to particular people, especially for someone who already knows a story. For the same reason some other numbers are hidden too, so that a hidden number cannot be worked out from a total or from last year's document. Figures are shown one thing at a time and never crossed with each other.`,
    bandedTotal: (band) =>
      `There were ${band} cases in the period. That is too few to show figures, so this document holds only learning points and recommendations.`,
    withheldTable: 'This table is left out because its figures could otherwise point to individuals.',
  },
};
