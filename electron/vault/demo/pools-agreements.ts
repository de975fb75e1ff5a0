/** Sections of written agreements, in the affected person's words as a contact person writes them down. */

export const AGREEMENT_WISHES = [
  'Jeg ønsker, at {accused} får at vide, at adfærden skal stoppe, uden at mit navn nævnes.',
  'Jeg vil gerne have et samtaleforløb og selv bestemme, om der skal ske mere bagefter.',
  'Jeg ønsker mægling i Dialogrådet, hvor jeg kan have min bisidder med.',
  'Jeg ønsker ikke, at der sker noget over for {accused} nu, men vil have sagen noteret.',
  'Jeg vil gerne have hjælp til en politianmeldelse og kontakt til Center for Voldtægtsofre.',
  'Jeg ønsker, at {accused} ikke deltager i de samme arrangementer som mig resten af året.',
] as const;

export const AGREEMENT_INVOLVEMENT = [
  'Den påklagede inddrages ikke, før den berørte har godkendt det.',
  'Den påklagede orienteres skriftligt om, at der er en sag, og tilbydes en samtale.',
  'Dialogrådet inddrages med henblik på mægling mellem parterne.',
  'Den påklagede inddrages ikke i denne sag.',
] as const;
