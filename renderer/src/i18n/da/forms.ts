/** What is wrong with a field, in plain words, whatever schema rule it broke. */
export const forms = {
  required: 'Skriv noget her.',
  tooLong: 'Teksten er for lang.',
  invalid: {
    text: 'Tjek teksten.',
    date: 'Skriv en gyldig dato.',
    choice: 'Vælg en af mulighederne.',
    number: 'Skriv et gyldigt tal.',
    email: 'Det ligner ikke en e-mailadresse.',
    phone: 'Det ligner ikke et telefonnummer.',
  },
};
