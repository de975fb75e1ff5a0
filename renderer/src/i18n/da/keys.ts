/** Settings → Sikkerhed: changing the vault's database key (key rotation). */
export const keys = {
  rotate: {
    title: 'Skift nøglen til boksen',
    intro:
      'Boksen krypteres igen med en ny, tilfældig nøgle. Din adgangssætning og din gendannelsesnøgle virker som før. Brug det, hvis boksens nøgle har været vist (fx til IT-support), eller hvis du er i tvivl, om nogen har set den.',
    advised:
      'Boksens nøgle blev vist {{date}} og er ikke skiftet siden. Skift den, når den ikke længere skal bruges, så den, der har set den, ikke kan åbne boksen.',
    lastRotated: 'Nøglen blev sidst skiftet {{date}}.',
    backups:
      'Sikkerhedskopier taget før skiftet beholder den gamle nøgle og åbnes med den adgangssætning og gendannelsesnøgle, der gjaldt dengang. Slet gamle kopier, hvis den gamle nøgle kan være set af andre.',
    passphrase: 'Din adgangssætning',
    recoveryKey: 'Din gendannelsesnøgle',
    recoveryKeyHint: 'Skriv den som på papiret. Har du den ikke længere, så sæt kryds nedenfor.',
    noRecoveryKey: 'Jeg har ikke gendannelsesnøglen: lav en ny (den gamle holder op med at virke)',
    button: 'Skift nøglen',
    working: 'Boksen krypteres med den nye nøgle …',
    done: 'Nøglen er skiftet. Boksen er krypteret med den nye nøgle, og den gamle kan ikke længere åbne den.',
    newRecoveryKeyIntro: 'Din nye gendannelsesnøgle. Den gamle virker ikke længere.',
  },
};
