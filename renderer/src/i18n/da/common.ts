export const common = {
  app: {
    name: 'Fortrolig',
    tagline: 'Et sikkert sted til sager om krænkelser',
  },
  language: {
    label: 'Sprog',
    da: 'Dansk',
    en: 'English',
  },
  nav: {
    main: 'Hovedmenu',
    home: 'Sager',
    settings: 'Indstillinger',
    lock: 'Lås boksen',
    back: 'Tilbage',
  },
  folder: {
    default: 'Fortroligs egen mappe på denne computer',
    named: 'Mappen “{{name}}”',
    showPath: 'Vis hele placeringen',
  },
  actions: {
    continue: 'Fortsæt',
    cancel: 'Annullér',
    save: 'Gem',
    saved: 'Gemt.',
    print: 'Udskriv',
    working: 'Arbejder …',
    edit: 'Ret',
    remove: 'Fjern',
    close: 'Luk',
  },
  welcome: {
    title: 'Velkommen til Fortrolig',
    intro:
      'Fortrolig er din krypterede sagsmappe som kontaktperson. Her noterer du henvendelser om sexisme, sexchikane og anden krænkende adfærd, skriver aftaler med den berørte og laver det årlige, anonymiserede læringsdokument.',
    privacy: 'Alt bliver på denne computer. Intet sendes over nettet, og boksen kan kun åbnes med din adgangssætning.',
    create: 'Opret en ny boks',
    open: 'Åbn en eksisterende boks',
  },
  home: {
    title: 'Sager',
  },
};
