/**
 * What a sentence about this film can speak of, in English, Italian, Spanish, French, German and
 * Portuguese: the film's people (with the epithets pages use for them), its titles and other
 * works, and the details of the ledger's claims. One spelling per line, folded (no accents: see
 * data/core/statements/fold.ts), matched as whole words. Names and titles come first and mask
 * their words: "the Oscar winner" names Portman, it does not speak of an Oscar.
 */
import type { ConceptSpec } from '../core/statements/concepts';

/** One spelling per line; blank lines and lines starting with "#" are skipped. */
const lines = (strings: TemplateStringsArray, ...parts: string[]): string[] =>
  String.raw({ raw: strings.raw }, ...parts)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

/** A surname alone, unless another first name comes before it ("Rachel Portman", "Bridget Jones") or a place name after it. */
const surname = (name: string, first: string, titles = '') =>
  String.raw`(?<!(?!${first}|${titles}(?:Actress|Actor|Star|Director|Filmmaker|Producer|Writer|Creator|Singer|Musician|Frau|Herr|Madame|Mrs|Ms|Mr|Oscar|Winner|For|As|And|But|With|When|While|After|Before|Then|Now|So|Also|Even|Only|Meanwhile|Yet|Per|Like)\b)\b[A-Z][a-z]+\s)${name}(?!\s+(?:Road|Square|Street|Avenue|Place))`;

export const STATEMENT_CONCEPTS: readonly ConceptSpec[] = [
  // ── People and their epithets (they mask: naming someone says nothing of what names them)
  {
    // An apposition that says who someone is ("Lena Dunham, known for HBO's Girls,"): it names
    // no work the sentence is about.
    id: 'KNOWN_FOR',
    masks: true,
    spellings: lines`
      (?:best |widely |also )?(?:known|famous|familiar|remembered) (?:for|from|as) [^,;.()]{1,60}
      (?:noto|nota|conosciuto|conosciuta) (?:per|da) [^,;.()]{1,60}
      (?:conocido|conocida) (?:por) [^,;.()]{1,60}
      (?:connu|connue) (?:pour) [^,;.()]{1,60}
      bekannt (?:aus|durch|fur) [^,;.()]{1,60}
      (?:conhecido|conhecida) (?:por) [^,;.()]{1,60}
      (?:of|from|in) (?:the )?(?:apple |hbo |netflix |nbc |abc )?(?:series|show|sitcom|drama|tv series) [^,;.()]{1,40}
    `,
  },
  {
    id: 'PORTMAN',
    masks: true,
    spellings: lines`
      natalie portman
      (?:the\s+)?(?:black swan|jackie|star wars|thor|may december)\s+(?:star|actress|alum)
      (?:the\s+)?oscar[- ]winn(?:er|ing (?:actress|star))
      (?:the\s+)?academy award[- ]winn(?:er|ing (?:actress|star))
      (?:the\s+)?two-time oscar nominee
      (?:la\s+)?(?:ganadora|vencedora|vincitrice|laureate|gagnante) (?:del |do |dell'|de l')?oscar
      (?:die\s+)?oscar-?preistragerin
      (?:la\s+)?(?:star|protagonista|estrella|estrela|diva) (?:di|de|du) (?:black swan|il cigno nero|cisne negro)
    `,
  },
  { id: 'PORTMAN_SURNAME', masks: true, cased: true, spellings: [surname('Portman', 'Natalie')] },
  {
    // "Lena Dunham's Good Sex" names the film by its maker: it says nothing of her acting in it.
    id: 'DUNHAMS',
    masks: true,
    spellings: lines`
      lena dunham's
      (?:the\s+)?girls creator's
    `,
  },
  {
    id: 'DUNHAM',
    masks: true,
    spellings: lines`
      lena dunham
      (?:the\s+)?girls (?:creator|showrunner|star|auteur|mastermind|alum)
      (?:the\s+)?creator of girls
      (?:la\s+)?(?:creadora|creatrice|criadora) (?:de|di) girls
      girls-schopferin
      (?:the\s+)?writer-director
      (?:the\s+)?filmmaker
      (?:the\s+)?director
      (?:la\s+)?(?:regista|directora|realisatrice|cineasta|diretora)
      (?:die\s+)?regisseurin
    `,
  },
  {
    id: 'DUNHAM_SURNAME',
    masks: true,
    cased: true,
    // "Lena" alone, as an interviewer or a fan calls her ("Lena's behind the camera"); not another Lena Someone.
    spellings: [surname('Dunham', 'Lena'), String.raw`Lena(?![\s\u00a0]+[A-Z])`],
  },
  {
    id: 'RUFFALO',
    masks: true,
    spellings: lines`
      mark ruffalo
      (?:the\s+)?(?:hulk|avengers|spotlight|poor things|task|marvel)\s+(?:star|actor|alum)
      ruffalo
    `,
  },
  {
    id: 'PILLSBURY',
    masks: true,
    spellings: lines`
      tucker pillsbury
      pillsbury
    `,
  },
  {
    id: 'ROLE_MODEL',
    masks: true,
    cased: true,
    spellings: lines`
      (?:the\s+)?(?:musician|singer|artist|pop star|singer-songwriter|rapper|cantante|musicista|musico|chanteur|musicien|sanger|musiker|cantor)\s+(?:known\s+as\s+|aka\s+|alias\s+|conocido como\s+|noto come\s+|connu sous le nom de\s+)?Role Model
      (?<!a\s|an\s|the\s)Role Model(?!s)
    `,
  },
  {
    id: 'RASHIDA',
    masks: true,
    spellings: lines`
      rashida jones
      (?:the\s+)?(?:parks and rec(?:reation)?|the office|angie tribeca)\s+(?:star|alum|actress)
    `,
  },
  {
    id: 'JONES_SURNAME',
    masks: true,
    cased: true,
    // "Rashida" alone, as an interview calls her; not another Rashida Someone.
    spellings: [surname('Jones', 'Rashida'), String.raw`Rashida(?![\s\u00a0]+[A-Z])`],
  },
  {
    id: 'MEG',
    masks: true,
    spellings: lines`
      meg ryan
      (?:the\s+)?when harry met sally (?:star|icon|actress|alum)
      (?:the\s+)?(?:rom-?com|romcom) (?:queen|icon|legend|sweetheart)
      (?:america's|americas) sweetheart
      (?:la\s+)?(?:reina|regina|reine) (?:de la|della|de la) (?:comedia romantica|commedia romantica|comedie romantique)
    `,
  },
  { id: 'RYAN_SURNAME', masks: true, cased: true, spellings: [surname('Ryan', 'Meg')] },
  {
    id: 'TILLMAN',
    masks: true,
    spellings: lines`
      tramell tillman
      (?:the\s+)?(?:severance|ruptura|scissione|dissociation)\s+(?:star|actor|alum|scene-?stealer|standout)
      tillman
    `,
  },
  { id: 'COHEN', masks: true, spellings: lines`michael cohen` },
  { id: 'SOPHIE_MAS', masks: true, spellings: lines`sophie mas` },
  { id: 'STALTER', masks: true, spellings: lines`megan stalter` },
  {
    id: 'SWIFT',
    masks: true,
    spellings: lines`
      taylor swift
      swift's
    `,
  },
  { id: 'BRAD_PITT', masks: true, spellings: lines`brad pitt` },
  { id: 'CATHY_YAN', masks: true, spellings: lines`cathy yan` },
  { id: 'ORTEGA', masks: true, spellings: lines`jenna ortega` },
  { id: 'RITCHIE', masks: true, spellings: lines`guy ritchie` },

  // ── Characters
  { id: 'ALLY', masks: true, cased: true, spellings: [String.raw`Ally(?!\s+(?:McBeal|Sheedy|Brooke|Condie|Pally|Love)\b)(?:'s)?`] },
  { id: 'ALAN', masks: true, cased: true, spellings: [String.raw`Alan(?!\s+(?:[A-Z]\w+))(?:'s)?`] },
  { id: 'CALEB', masks: true, cased: true, spellings: [String.raw`Caleb(?!\s+(?:[A-Z]\w+))`] },

  // ── Titles: the film, and other works (masking, so a title's words are not read as details)
  {
    // Being in the film is what a cast claim says: a negation before it denies the claim ("is not in Good Sex").
    id: 'IN_FILM',
    masks: true,
    cased: true,
    spellings: lines`
      (?:(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Bb]e)\s+)?in (?:Good Sex|GOOD SEX|the (?:film|movie|cast)|it)
    `,
  },
  {
    id: 'TITLE',
    masks: true,
    cased: true,
    spellings: lines`
      Good Sex
      GOOD SEX
      "Good sex"
    `,
  },
  {
    id: 'TOO_MUCH',
    masks: true,
    cased: true,
    spellings: lines`
      Too Much
      TOO MUCH
    `,
  },
  { id: 'TINY_FURNITURE', masks: true, spellings: lines`tiny furniture` },
  { id: 'MAY_DECEMBER', masks: true, cased: true, spellings: lines`May December` },
  { id: 'GIRLS', masks: true, cased: true, spellings: [String.raw`(?:HBO's\s+|HBO\s+)?Girls(?:\s+on\s+HBO)?`] },
  { id: 'TASK', masks: true, cased: true, spellings: [String.raw`(?:HBO's\s+)?Task`] },
  { id: 'TREASURE', masks: true, cased: true, spellings: lines`Treasure` },
  {
    id: 'GALLERIST',
    masks: true,
    spellings: lines`
      the gallerist
      gallerist
    `,
  },
  { id: 'FOUNTAIN', masks: true, spellings: lines`fountain of youth` },
  {
    id: 'TALE_DARKNESS',
    masks: true,
    spellings: lines`
      a tale of love and darkness
      sippur al ahava ve choshech
    `,
  },
  { id: 'BIRDY', masks: true, spellings: lines`catherine called birdy` },
  { id: 'SHARP_STICK', masks: true, spellings: lines`sharp stick` },
  {
    id: 'STAR_WARS',
    masks: true,
    spellings: lines`
      star wars(?: prequels?)?
      naboo
      episode i{1,3}
    `,
  },
  { id: 'THOR', masks: true, cased: true, spellings: lines`Thor(?:: [A-Z][\w ]+)?` },
  {
    id: 'OTHER_WORK',
    masks: true,
    cased: true,
    spellings: lines`
      Black Swan
      Jackie
      Severance
      Ruptura
      Scissione
      Spotlight
      Poor Things
      Avengers(?:: \w+)?
      Hulk
      When Harry Met Sally
      Sleepless in Seattle
      You've Got Mail
      What Happens Later
      Parks and Rec(?:reation)?
      The Office
      Babygirl
      The Idea of You
      La La Land
      Bridget Jones(?:: [\w ]+)?
      Role Models
      13 Going on 30
      Leon(?: - Der Profi|: The Professional)?
      Hacks
      Not That Kind of Girl
      Annihilation
      Closer
      Vox Lux
      Lady in the Lake
      Apple TV\+? (?:hit|series|show|drama)
    `,
  },

  // ── The film, said without its title
  {
    id: 'SEQUEL',
    masks: true,
    spellings: lines`
      sequel
      prequel
      spin-?off
      remake
      follow-up
      seguito
      secuela
      fortsetzung
      sequencia
      continuacao
      (?:new|next|second|third|final|returning) seasons?
      returning stars
    `,
  },

  // ── Questions: the word for what is asked stands for it ("Who plays...?" for the person)
  {
    id: 'Q_WHO',
    inQuestions: true,
    spellings: lines`
      who
      whom
      which actress
      chi
      quien
      qui
      wer
      quem
    `,
  },
  {
    id: 'Q_WHEN',
    inQuestions: true,
    spellings: lines`
      when
      what date
      quando
      cuando
      quand
      wann
    `,
  },
  {
    id: 'Q_WHERE',
    inQuestions: true,
    spellings: lines`
      where
      dove
      donde
      ou
      wo
      onde
    `,
  },
  {
    id: 'Q_NAME',
    inQuestions: true,
    spellings: lines`
      what(?:'s| is) (?:the )?name
      what(?:'s| is) (?:he|she|his character|her character) called
      come si chiama
      como se llama
      comment s'appelle
      wie heisst
      como se chama
    `,
  },
  {
    id: 'Q_HOW_MUCH',
    inQuestions: true,
    spellings: lines`
      how much
      quanto
      cuanto
      combien
      wie viel
      what price
    `,
  },

  {
    id: 'FILM_WORD',
    spellings: lines`
      (?:the|this|her|his|their|its|_+'s|lena's|natalie's|netflix's)\s+(?:new\s+|upcoming\s+|forthcoming\s+|next\s+|latest\s+|steamy\s+|untitled\s+)?(?:film|movie|project|picture|feature|flick|rom-?com|romcom|romantic comedy|comedy)
      (?:the|a)\s+(?:dunham|portman|netflix|dunham-portman|portman-dunham)\s+(?:film|movie|project|rom-?com|romcom|comedy|feature|package)
      (?:il|nel|del|al|dal|questo|nuovo)\s+(?:nuovo\s+)?film
      la\s+(?:nuova\s+)?commedia(?: romantica)?
      la\s+(?:nueva\s+)?(?:pelicula|cinta|peli|comedia romantica|comedia)
      (?:le|du|au|ce)\s+(?:nouveau\s+)?film
      la\s+(?:nouvelle\s+)?comedie(?: romantique)?
      (?:der|den|dem|des|im|diesen|dieser)\s+(?:neuen?\s+)?films?
      die\s+(?:neue\s+)?(?:komodie|romcom|liebeskomodie)
      (?:o|no|do|esse|este|novo)\s+(?:novo\s+)?filme
      a\s+(?:nova\s+)?comedia(?: romantica)?
      (?:dunhams?|portmans?|_+s?)\s+(?:film|filme|films|komodie)
    `,
  },

  // ── Companies and places
  {
    id: 'NETFLIX',
    masks: true,
    spellings: lines`
      netflix
      the streamer
      (?:the\s+)?streaming (?:giant|service|platform|behemoth)
      (?:il\s+)?colosso dello streaming
      (?:la\s+)?piattaforma
      (?:la\s+)?plataforma
      (?:le\s+)?geant du streaming
      (?:der\s+)?(?:streamer|streamingdienst|streaming-riese|streaming-gigant)
      (?:a\s+)?gigante do streaming
    `,
  },
  { id: 'MOUNTAINA', spellings: lines`mountain ?a` },
  { id: 'GOOD_THING_GOING', spellings: lines`good thing going` },
  { id: 'FILMNATION', spellings: lines`filmnation(?: entertainment)?` },
  { id: 'CAA', spellings: lines`caa(?: media finance)?` },
  { id: 'WARNER', spellings: lines`warner(?: bros\.?| brothers)?` },
  { id: 'AMAZON', spellings: lines`amazon(?: mgm)?` },
  { id: 'APPLE', spellings: lines`apple(?: tv\+?| studios)?` },
  { id: 'HBO', spellings: lines`hbo` },
  {
    id: 'EFM',
    spellings: lines`
      european film market
      efm
      berlin(?:ale)?(?:'s)?(?: film)?(?: market)?
      berlino
      berlim
    `,
  },
  {
    id: 'NYC',
    spellings: lines`
      new york(?: city)?
      nyc
      nueva york
      nova york
      new-york
      big apple
      new yorker?
    `,
  },
  { id: 'BROOKLYN', spellings: lines`brooklyn` },
  { id: 'MANHATTAN', spellings: lines`manhattan(?:ite)?` },
  {
    id: 'NEW_JERSEY',
    spellings: lines`
      new jersey
      jersey
    `,
  },
  {
    id: 'LONDON',
    spellings: lines`
      london
      londra
      londres
      wembley
    `,
  },
  { id: 'HARVARD', spellings: lines`harvard` },

  // ── What the claims say
  {
    id: 'ROMCOM',
    spellings: lines`
      romantic comed(?:y|ies)
      rom-?coms?
      romcoms?
      commedia romantica
      comedia romantica
      comedie romantique
      romantische komodie
      liebeskomodie
    `,
  },
  {
    id: 'WRITE',
    spellings: lines`
      writ(?:es|ten|ing|er)
      wrote
      penned
      pens
      screenplay
      script(?:ed)?
      scritt[oa]
      sceneggiat\w*
      escrit[oa]
      escribe
      escribio
      guion
      ecrit
      scenario
      geschrieben
      schreibt
      drehbuch
      roteiro
      escreveu
    `,
  },
  {
    id: 'DIRECT',
    spellings: lines`
      direct(?:s|ed|ing|or)?
      helm(?:s|ed|ing|er)?
      behind the camera
      dirett[oa]
      dirige
      dirigid[oa]
      dirigida
      regia
      realise
      realisee
      inszeniert
      regie
      dirigiert
      inszenier\w*
    `,
  },
  {
    id: 'LEAD',
    spellings: lines`
      stars?
      starring
      leads?
      leading (?:role|lady)
      lead role
      headlines?
      headlining
      fronts?
      title role
      protagonist[ae]?
      protagoniza
      encabeza
      hauptrolle
      spielt die hauptrolle
      estrela
      interpreta la protagonista
      tient le role principal
      role principal
      papel principal
      ruolo principale
    `,
  },
  {
    id: 'PLAYS',
    spellings: lines`
      plays?
      playing
      played
      portray\w*
      cast as
      (?:will\s+)?play
      takes? on the role
      interpret\w*
      incarn\w*
      spielt
      verkorpert
      vive
      da vida
      joue
      role of
      as Ally
      veste i panni
      da vida a
      se mete en la piel
      prete ses traits
    `,
  },
  {
    id: 'THERAPIST',
    spellings: lines`
      psico-?terapeuta
      psychotherapeut\w*
      (?:couples?'?\s+|marriage\s+|sex\s+)?therap(?:ist|eut)s?
      psychotherapist
      counsel+or
      shrink
      terapeuta(?: de pareja| de casal| di coppia| de casais)?
      therapeute(?: de couple)?
      (?:paar)?therapeutin
      psicologa
      psychologue
    `,
  },
  {
    id: 'TURN_40',
    spellings: lines`
      (?:turn(?:s|ing)?|about to turn|nearing|hitting|approaching) (?:40|forty)
      40th
      40-year-old
      forty-year-old
      quarant'?anni
      cumpl\w* 40
      cuarenta
      quarantaine
      40 (?:ans|anos|anni|jahre)
      quarentona
      vierzig
    `,
  },
  {
    id: 'DECADE',
    spellings: lines`
      (?:ten|10) years
      a decade(?:-long)?
      decade-long
      dieci anni
      diez anos
      dix ans
      zehn jahre\w*
      dez anos
    `,
  },
  {
    id: 'BEST_FRIEND',
    spellings: lines`
      best (?:friend|pal|mate|girlfriend)s?
      bff
      closest friend
      migliore amica
      mejor amiga
      meilleure amie
      beste freundin
      melhor amiga
      (?:the |a |her )?(?:friend|pal|bestie|confidante) who (?:\w+ ){0,2}(?:push|shove|drag|nudge|coax|encourag|get|send|throw)\w*
    `,
  },
  {
    id: 'DATING',
    spellings: lines`
      dating(?: scene| world| pool| life| game)?
      dates?
      seeing
      back (?:out )?there
      mondo degli appuntamenti
      appuntamenti
      citas
      rencontres
      dating-welt
      encontros
      namoro
    `,
  },
  {
    id: 'AFFAIR',
    spellings: lines`
      affair
      fling
      tryst
      romance
      liaison
      falls? for
      hook(?:s|ing)? up
      relazione
      flirt
      aventura
      affaire
      romanze
      caso
    `,
  },
  { id: 'HIPSTER', spellings: lines`hipsters?` },
  {
    id: 'YOUNGER',
    spellings: lines`
      (?:in (?:his|their) )?(?:twenties|20s)
      20-something
      twenty-?something
      twentysomething
      younger (?:man|guy|lover|musician|love interest|suitor|boyfriend)
      much younger
      (?:young|younger) (?:man|musician|lover|hipster)
      ventenne
      veinteanero
      (?:la )?vingtaine
      twentysomething
      (?:mit )?zwanzig\w*
      vinte e poucos anos
      (?:mais|piu|mas|plus) (?:jovem|giovane|joven|jeune)
      jungeren?
      jungen musiker
    `,
  },
  {
    id: 'OLDER',
    spellings: lines`
      (?:in (?:his|their) )?fifties
      50s
      50-something
      fifty-something
      fiftysomething
      older (?:man|guy|love interest|suitor|lover|of (?:her|the) two)
      (?:the\s+)?'?safe'? (?:one|option|choice)
      cinquantenne
      cincuenton
      cincuentena
      cinquantaine
      funfziger\w*
      cinquentao
      cinquenta e poucos
      (?:mais|piu|mas|plus) (?:velho|grande|mayor|age)
      alteren?
      quinquagenaire
      quinquagenario
      quincuagenario
    `,
  },
  {
    id: 'SUCCESSFUL',
    spellings: lines`
      successful
      affermat[oa]
      exitos[oa]
      de exito
      a succes
      erfolgreich\w*
      bem-sucedid[oa]
    `,
  },
  {
    id: 'CONVENTIONAL',
    spellings: lines`
      conventional
      stable
      steady
      serious
      traditional
      grown-up
      more mature
      convenzionale
      convencional
      classique
      konventionell\w*
    `,
  },
  {
    id: 'TWO_MEN',
    spellings: lines`
      (?:the\s+|her\s+)?two (?:men|lovers|suitors|romances|relationships|guys)
      both (?:men|of them|relationships)
      (?:them\s+)?both
      juggl\w*
      i due uomini
      entrambi
      los dos(?: hombres)?
      les deux(?: hommes)?
      beide(?:n)?(?: manner)?
      os dois(?: homens)?
      ambos
    `,
  },
  {
    id: 'KEEP_APART',
    spellings: lines`
      (?:keep|keeping|kept) (?:\w+ ){0,3}(?:apart|separate)
      separate
      apart
      (?:risk\w* )?(?:losing|lose) (?:them )?(?:both|everything)
      perder\w*
      perdre
      verlieren
      separat\w*
    `,
  },
  {
    id: 'AGE_GAP',
    spellings: lines`
      age[- ]gap
      age difference
      may-december
      older woman
      divario d'eta
      differenza d'eta
      diferencia de edad
      difference d'age
      ecart d'age
      altersunterschied
      diferenca de idade
    `,
  },
  {
    id: 'FORMULA',
    masks: true,
    spellings: lines`
      (?:there(?:'s| is) )?no (?:single |set |one |magic |right )?(?:formula|recipe|rulebook)
      (?:non c'e |nessuna )(?:una )?(?:formula|ricetta)
      no (?:hay|existe) (?:una )?(?:formula|receta)
      (?:il n'y a )?pas de (?:formule|recette)
      (?:es gibt )?kein(?:e)? (?:formel|rezept)
      (?:nao (?:ha|existe) )?(?:nenhuma )?(?:formula|receita)
      formula
      no (?:single |one )?(?:right )?way (?:to|of)
      recipe
      ricetta
      receta
      recette
      rezept
      formule
      formel
    `,
  },
  {
    id: 'NEUROTIC',
    spellings: lines`
      neurotic
      nevrotic[ao]
      neurotic[ao]
      nevrose
      neurotisch\w*
    `,
  },
  {
    id: 'ALLEN_EPHRON',
    spellings: lines`
      woody allen
      nora ephron
      ephron
      allen
    `,
  },
  {
    id: 'CAST',
    spellings: lines`
      cast(?:ing|s)?
      joins?
      joined
      joining
      ensemble
      line-?up
      signed on
      boarded
      tapped
      rounds? out
      rounding out
      co-?stars?
      is in (?:it|the film|the movie)
      part of the (?:production|cast|ensemble|film|movie)
      nel cast
      fa parte
      reparto
      elenco
      se (?:suma|une)
      rejoint
      distribution
      besetzung
      mit dabei
      escalad[oa]
      escalacao
      integra
    `,
  },
  {
    id: 'PIVOTAL',
    spellings: lines`
      pivotal
      key
      crucial
      central
      important
      vital
      fondamentale
      chiave
      clave
      cle
      zentral\w*
      entscheidend\w*
      fundamental
      hinges? on
      rests? on
      (?:the )?heart of
      at the (?:centre|center) of
      revolves? around
      turns? on
    `,
  },
  {
    id: 'JOURNEY',
    spellings: lines`
      journey
      arc
      story
      percorso
      viaje
      parcours
      reise
      jornada
      cammino
    `,
  },
  {
    id: 'RETURN',
    spellings: lines`
      returns?
      returning
      comeback
      back to
      back in
      ritorno
      torna
      regreso
      regresa
      vuelta
      vuelve
      retour
      revient
      ruckkehr
      zuruck
      volta
      retorno
    `,
  },
  {
    id: 'GENRE',
    spellings: lines`
      genre
      genere
      genero
      gattung
    `,
  },
  {
    id: 'SET_PHOTOS',
    spellings: lines`
      set photos
      on set
      on the set
      photographed
      spotted
      pictured
      paparazzi
      snapped
      foto dal set
      fotos del rodaje
      photos de tournage
      set-fotos
      fotos dos bastidores
      fotos do set
    `,
  },
  {
    id: 'BENCH',
    spellings: lines`
      (?:park )?bench
      panchina
      banco
      banc
      parkbank
    `,
  },
  {
    id: 'LAUGH_EAT',
    spellings: lines`
      (?:can't|cannot|couldn't) stop laughing
      laugh\w*
      eat\w*
      hot dogs?
      snack\w*
      lunch
      ridono
      mangiano
      rien
      comen
      rient
      mangent
      lachen
      essen
      riem
      comem
    `,
  },
  {
    id: 'PRODUCE',
    spellings: lines`
      co-?produc\w*
      coprodu\w*
      produc(?:e|es|ed|ing|er|ers)
      production (?:company|banner|shingle|outfit)
      banner
      shingle
      prodott[oa]
      produce
      produttric[ei]
      produttore
      produzione
      producida
      produit
      productrice
      produziert
      produzentin
      produz
      produtora
      produzido
    `,
  },
  {
    id: 'PARTNER',
    spellings: lines`
      (?:producing )?partner
      socia
      associee
      partnerin
      parceira
    `,
  },
  {
    id: 'BUYERS',
    spellings: lines`
      buyers
      sold
      sale
      shopp?(?:ed|ing)
      pitched
      presented
      took (?:it|the project|the film)
      package
      compratori
      compradores
      acheteurs
      kaufer
      venduto
      vendid[oa]
      vendu
      verkauft
      presentad[oa]
      presente
      vorgestellt
      apresentad[oa]
    `,
  },
  {
    id: 'BIDDING_WAR',
    spellings: lines`
      bidding(?: war| frenzy| battle)?
      auction
      bidders
      guerra (?:di offerte|de ofertas|de lances)
      asta
      subasta
      guerre des encheres
      encheres
      bieter\w*
      leilao
      disputa
    `,
  },
  {
    id: 'ACQUIRED',
    spellings: lines`
      won
      wins?
      acquir\w*
      bought
      buys?
      landed
      lands?
      snapped up
      secured
      clinched
      nabbed
      picked up
      scooped up
      came out on top
      took home
      acquisit\w*
      aggiudicat\w*
      compro
      adquiri\w*
      se hizo con
      remporte
      rachete
      acquis
      gesichert
      erworben
      gekauft
      sicherte
      comprou
      arrematou
      levou
      venceu
      ficou com
      se quedo con
      a remporte
      gewann
    `,
  },
  {
    id: 'PRICE_55',
    spellings: lines`
      \$ ?55(?:\s*(?:million|m|mil|mln))?
      55 ?(?:million|m|milioni|millones|millions|millionen|milhoes|mio)(?: (?:dollars|dollari|dolares|de dolares|dollar|de dolares))?
      us\$ ?55(?: milhoes)?
      fifty-five million
    `,
  },
  {
    id: 'PAID',
    spellings: lines`
      paid
      pay(?:ing)?
      spent
      shell(?:ed)? out
      forked out
      price(?: tag)?
      pagat[oa]
      pago
      pagando
      paye
      zahlte
      gezahlt
      bezahlt
      pagou
      desembolsou
      deal
    `,
  },
  {
    id: 'WORLDWIDE',
    spellings: lines`
      worldwide
      global(?:ly)?
      world(?:wide)? rights
      mondial[ei]
      mundial(?:es)?
      mondiaux
      weltweit\w*
      mundiais
    `,
  },
  {
    id: 'RIGHTS',
    spellings: lines`
      rights
      diritti
      derechos
      droits
      rechte
      direitos
    `,
  },
  {
    id: 'SLOW_MARKET',
    spellings: lines`
      slow
      sluggish
      quiet
      tepid
      lacklustr?e
      muted
      sleepy
      lent[ao]
      tiepid[ao]
      flojo
      morose
      schleppend
      ruhig\w*
      fraco
    `,
  },
  {
    id: 'BIGGEST',
    spellings: lines`
      biggest
      largest
      top deals?
      splashiest
      priciest
      piu grandi
      mayores
      plus gros
      grosste\w*
      maiores
    `,
  },
  {
    id: 'DEAL',
    spellings: lines`
      deals?
      sales?
      accordo
      acuerdo
      accord
      deals
      negocio
      affare
    `,
  },
  {
    id: 'ANNOUNCED',
    spellings: lines`
      announc\w*
      unveil\w*
      revealed
      reveal
      first reported
      broke the news
      confirmed
      made official
      annunciat\w*
      anunciad[oa]
      annonce\w*
      bekannt\w*
      angekundigt
      revelad[oa]
      rivelat[oa]
      devoile
    `,
  },
  {
    id: 'EARLY_2025',
    masks: true,
    spellings: lines`
      (?:early|start of|beginning of|first weeks of) 2025
      (?:january|february|jan\.?|feb\.?) 2025
      febbraio 2025
      inizio (?:del )?2025
      (?:principios|comienzos|inicios) de 2025
      febrero (?:de )?2025
      debut 2025
      fevrier 2025
      anfang 2025
      februar 2025
      inicio de 2025
      fevereiro de 2025
    `,
  },
  {
    id: 'FEB_2025',
    spellings: lines`
      february 2025
      feb\.? 2025
      febbraio 2025
      febrero (?:de )?2025
      fevrier 2025
      februar 2025
      fevereiro de 2025
    `,
  },
  {
    id: 'FILMED',
    spellings: lines`
      film(?:ed|ing)
      shot
      shoot(?:ing)?
      lensed
      lensing
      cameras? (?:rolled|rolling)
      production (?:began|started|kicked off|got underway|is underway)
      principal photography
      riprese
      girat[oa]
      rodaje
      rodad[oa]
      rodo
      filmad[oa]
      tourn\w*
      gedreht
      dreh\w*
      filmagens?
      gravad[oa]
      gravacoes
    `,
  },
  {
    id: 'BEGAN',
    spellings: lines`
      began
      begins?
      started
      starts?
      starting
      kicked off
      got underway
      underway
      iniziat[oa]
      iniziate
      comenzo
      empezo
      commence
      debute
      begonnen
      begannen
      comecaram
      comecou
      ab
    `,
  },
  {
    // A shoot that ran to late 2025 ended then: "July to late 2025", "didn't run into late 2025".
    id: 'RAN_TO_LATE_2025',
    masks: true,
    spellings: lines`
      (?:ran|run|running|lasted|last|went|go|continued|stretched)? ?(?:to|until|through|till|into|-) (?:late|the end of|december|november) 2025
    `,
  },
  {
    id: 'WRAP',
    spellings: lines`
      wrap(?:ped|s|ping)?
      (?:finish(?:ed|es)?|complet(?:ed|es)|done|ended|concluded|finali[sz]ed)(?: (?:filming|shooting|production|its shoot|the shoot|his part|his scenes))?
      (?:is|was) over
      cameras? stopped rolling
      (?:the )?(?:final|last) (?:slate|clapperboard|take)
      stopped (?:filming|shooting)
      finit[oa] di girare
      termin\w* de (?:rodar|filmar)
      fini de tourner
      fertig gedreht
      terminou (?:de filmar|as filmagens)
      in the can
      conclus[eoi]
      terminat[eoi]
      chius[eoi]
      finalizo
      terminaron
      termino
      concluyo
      acabo
      boucle
      acheve
      termine
      abgeschlossen
      abgedreht
      beendet
      encerrad[oa]s?
      terminaram
      concluid[oa]s?
      finalizad[oa]s?
    `,
  },
  {
    id: 'LATE_2025',
    masks: true,
    spellings: lines`
      (?:late|end of|the end of|towards? the end of|fall|autumn|winter|december|november|october) 2025
      (?:(?:the )?late )?(?:autumn|fall) of 2025
      towards? the end of (?:the year|2025)
      (?:the )?(?:final|last|closing) (?:weeks|months|days) of 2025
      late in (?:the year|2025)
      (?:by )?(?:the )?end of the year
      fine (?:del )?2025
      (?:finales|fines|final) de 2025
      fin 2025
      fin de l'annee
      ende 2025
      final de 2025
      fim de 2025
    `,
  },
  {
    id: 'LATE_SUMMER',
    masks: true,
    spellings: lines`
      (?:late|end of the|the end of) summer(?: 2025)?
      summer 2025
      august(?: 2025)?
      (?:fine|tarda) estate(?: 2025)?
      agosto(?: (?:de )?2025)?
      (?:finales|fin|final) del verano
      fin de l'ete
      fin aout
      aout 2025
      spatsommer
      ende des sommers
      (?:fim|final) do verao
      (?:a )?few weeks (?:before|ahead of)
      qualche settimana prima
      (?:unas |pocas )?semanas antes
      quelques semaines avant
      wenige wochen vor
      (?:algumas|poucas) semanas antes
      weeks before
    `,
  },
  {
    id: 'SEPTEMBER_2025',
    masks: true,
    spellings: lines`
      september(?: 7)?,? 2025
      sept?\.? 7
      7 settembre
      7 de septiembre
      7 septembre
      7\. september
      7 de setembro
      settembre 2025
    `,
  },
  {
    id: 'PREMIERE',
    spellings: lines`
      premiere[ds]?
      debut(?:ed|s)?
      debutto
      estreno
      estreia
      premiere
    `,
  },
  {
    id: 'POST_PRODUCTION',
    spellings: lines`
      post-?production
      in post
      editing
      edit suite
      in the edit
      (?:in|into) the cutting room
      being (?:edited|cut together)
      post-?produzione
      pos-?produccion
      postproduktion
      pos-?producao
    `,
  },
  {
    // Now, as of a date: a state that holds at the time of writing ("still in the edit").
    id: 'STILL',
    spellings: lines`
      still
      currently
      as of
      by now
      at the moment
      right now
      ancora
      attualmente
      todavia
      actualmente
      encore
      actuellement
      noch
      derzeit
      aktuell
      ainda
      atualmente
    `,
  },
  {
    id: 'RELEASE',
    spellings: lines`
      out (?:in|on|by|yet)
      (?:be|is|will be) out
      releas\w*
      premier\w*
      debut\w*
      hits? (?:netflix|screens|streaming)
      # "hits Netflix" once the streamer's name is taken (blanked with "_")
      hits?(?= _)
      arriv\w*
      pencil+ed in
      slated for
      drops?
      comes? out
      out on
      streaming on
      stream(?:s|ing)? on
      uscita
      esce
      uscira
      estreno
      estrena\w*
      lanzamiento
      sortie
      sort
      sortira
      erscheint
      startet
      kommt
      veroffentlich\w*
      lancamento
      estreia
      chega\w*
      lancad[oa]
    `,
  },
  {
    id: 'NO_DATE',
    masks: true,
    spellings: lines`
      (?:no|not|hasn't|has not|have not|haven't|yet to|without)(?: \w+){0,4} (?:release date|premiere date|date|dated)
      (?:undated|no date yet|date tba|date tbd|tba|tbd|dateless)
      (?:senza|nessuna) (?:una )?data(?: di uscita)?
      non ha ancora (?:annunciato|fissato|comunicato) (?:una |la )?data
      sin fecha(?: de estreno)?
      (?:aun |todavia )?no (?:ha )?(?:anunciado|fijado|confirmado) (?:una |la )?fecha
      pas (?:encore )?de date
      (?:n'a )?(?:pas|toujours pas) (?:encore )?(?:annonce|fixe|communique) de date
      (?:noch )?kein(?:en)? (?:offiziellen )?(?:starttermin|termin|datum)
      sem data(?: de estreia)?
      (?:ainda )?nao (?:anunciou|definiu|confirmou) (?:uma |a )?data
      (?:hasn't|has not|haven't|have not|not yet|yet to|still hasn't|still has not)(?: \w+){0,2} (?:confirmed|announced|set|revealed|said) when
    `,
  },
  {
    id: 'RELEASE_DATE',
    masks: true,
    spellings: lines`
      release date
      premiere date
      launch date
      street date
      data di uscita
      fecha de estreno
      date de sortie
      starttermin
      erscheinungsdatum
      data de estreia
      data de lancamento
      when (?:does|will) (?:\w+ ){1,4}(?:come out|release|premiere|arrive|hit)
      cuando se estrena
      quando (?:esce|estreia)
      wann (?:kommt|erscheint|startet)
    `,
  },
  {
    id: 'DATE_SET',
    spellings: lines`
      (?:officially )?dated
      set (?:a|the) (?:release )?date
      set for (?:a )?(?:january|february|march|april|may|june|july|august|september|october|november|december)
      (?:will )?(?:premiere|stream|arrive|drop)s? on (?:january|february|march|april|may|june|july|august|september|october|november|december) \d+
      locked in (?:a|its) (?:release )?date
    `,
  },
  {
    id: 'TRAILER',
    spellings: lines`
      trailers?
      teasers?
      first look
      first footage
      avance
      bande-annonce
      anteprima
      vorschau
    `,
  },
  {
    id: 'H1_2026',
    masks: true,
    spellings: lines`
      (?:the )?first half of 2026
      mid-?2026
      (?:by |in )?(?:the )?(?:spring|summer|early) 2026
      early next year
      (?:by|in) (?:june|may|april|march) 2026
      (?:by|before) (?:june|(?:early |the )?summer)(?! (?:of )?\d)
      (?:a )?meta (?:del )?2026
      primo semestre(?: del)? 2026
      primavera 2026
      (?:a )?mediados de 2026
      primer semestre de 2026
      mi-2026
      premier semestre 2026
      mitte 2026
      ersten halbjahr 2026
      meados de 2026
      primeiro semestre de 2026
    `,
  },
  {
    id: 'MARKETING',
    spellings: lines`
      marketing
      campaign
      promo(?:tion|tional)?
      publicity
      blitz
      (?:marketing|promotional|awards|publicity) push
      carpet-?bomb\w*
      plaster\w* (?:\w+ )?everywhere
      ad spend
      campagna
      campana
      campagne
      kampagne
      werbe\w*
      campanha
      publicidad
      pubblicita
    `,
  },
  {
    id: 'MASSIVE',
    spellings: lines`
      massive
      huge
      big
      major
      all-?out
      enormous
      splashy
      aggressive
      spend(?:s|ing)? (?:big|much|heavily|a fortune|a lot)
      enorme
      massicci?[ao]
      masiva
      gigantesque
      massiv\w*
      grande
      gigante
      grosse
      wall-to-wall
      saturation
      heavy
      lavish
      extensive
      big-budget
    `,
  },
  {
    id: 'OSCAR',
    spellings: lines`
      oscars?
      academy awards?
    `,
  },
  {
    id: 'WON_AWARD',
    spellings: lines`
      won
      wins?
      winner
      winning
      vinto
      vincitrice
      gano
      ganadora
      remporte
      gewonnen
      ganhou
      vencedora
      preistragerin
      laureata
    `,
  },
  {
    id: 'GRADUATE',
    spellings: lines`
      graduat\w*
      alum(?:na)?
      degree
      studied at
      laureat[oa]
      se graduo
      licenciada
      diplomee
      abschluss
      formad[oa]
      formou-se
      diploma
    `,
  },
  {
    id: 'AMIDALA',
    spellings: lines`
      (?:queen )?amidala
      padme
    `,
  },
  { id: 'DIOR', spellings: lines`(?:miss )?dior` },
  {
    id: 'SNL',
    spellings: lines`
      snl
      saturday night live
      lonely island
      rap(?:s|ped|ping)?
    `,
  },
  {
    id: 'DIRECTORIAL_DEBUT',
    masks: true,
    spellings: lines`
      directorial debut
      directing debut
      debut as (?:a )?director
      debutto (?:alla|come) regista
      opera prima
      debut como directora
      premier film (?:en tant que|comme) realisatrice
      regiedebut
      estreia como diretora
    `,
  },
  {
    id: 'VANITY',
    spellings: lines`
      vanity(?: project)?
      progetto di vanita
      proyecto de vanidad
      projet de vanite
      eitelkeitsprojekt
      projeto de vaidade
    `,
  },
  {
    id: 'INSPIRATION',
    spellings: lines`
      inspir\w*
      role model for her
      example
      kept her going
    `,
  },
  { id: 'VOGUE', spellings: lines`vogue` },
  {
    id: 'SUBJECT_OBJECT',
    spellings: lines`
      (?:the )?subject,? not the object
      soggetto
      sujeto
      sujet
      subjekt
      sujeito
    `,
  },
  {
    id: 'EW',
    spellings: lines`
      entertainment weekly
      ew
    `,
  },
  {
    id: 'CRIED',
    spellings: lines`
      cried
      cry(?:ing)?
      tears
      wept
      sobbed
      pianto
      piangere
      llore
      lloro
      pleure
      geweint
      chorou
      chorei
    `,
  },
  {
    id: 'AGE_23',
    spellings: lines`
      23
      twenty-three
      ventitre
      veintitres
      vingt-trois
      dreiundzwanzig
      vinte e tres
    `,
  },
  {
    id: 'CREATED',
    spellings: lines`
      creat(?:ed|or|ing)
      cread[oa]
      creo
      creat[oa]
      creatrice
      creadora
      cree
      createur
      erschaffen
      schopferin
      criou
      criadora
      ideat[oa]
    `,
  },
  {
    id: 'GOLDEN_GLOBE',
    spellings: lines`
      golden globes?
      globo d'oro
      globo de oro
      globos de oro
      globo de ouro
    `,
  },
  {
    id: 'SERIES',
    spellings: lines`
      series
      show
      serie
      sitcom
      dramedy
    `,
  },
  {
    id: 'STARS_IN',
    spellings: lines`
      stars?
      starring
      lead
      protagonista
      spielt
      estrela
      with
    `,
  },
  {
    id: 'LAST_SEEN',
    spellings: lines`
      last seen
      last appeared
      most recent(?:ly)?(?: screen)?(?: role| appearance)?
      latest (?:screen )?(?:role|appearance)
      ultima apparizione
      ultima aparicion
      derniere apparition
      zuletzt
      ultima aparicao
    `,
  },
  {
    id: 'ERAS_TOUR',
    spellings: lines`
      eras tour
      eras
    `,
  },
  {
    id: 'RECRUITED',
    spellings: lines`
      recruit\w*
      cast her
      met
      meeting
      approached
      asked her
      reclut\w*
      conosciuta
      conocio
      rencontre\w*
      getroffen
      conheceu
      chiamata
      convenc\w*
    `,
  },
  {
    id: 'TIKTOK',
    spellings: lines`
      tiktok
      shadow (?:tiktok )?account
      burner account
      finsta
    `,
  },
  {
    id: 'FIRST_LOOK',
    spellings: lines`
      acuerdo de primera (?:opcion|mirada)
      accordo (?:di )?first[- ]look
      contrat de premier regard
      first-look-vertrag
      acordo de primeira (?:opcao|vista)
      first-?look(?: deal| pact| agreement)?
      overall deal
      creative partnership
      partnership
      (?:multi-year |exclusive )?pact
    `,
  },
  {
    id: 'REPRESENTED',
    spellings: lines`
      co-?represent\w*
      represent\w*
      repped
      co-repped
      handled (?:the )?(?:sale|package)
      rappresentat\w*
      representad[oa]
      represente
      vertreten
    `,
  },
  {
    id: 'OFFERS_45',
    spellings: lines`
      \$ ?45(?:\s*(?:million|m|mil))?
      45 ?(?:million|m|milioni|millones|millions|millionen|milhoes)
      forty-five million
    `,
  },
  {
    id: 'OFFERS',
    spellings: lines`
      offers?
      bids?
      offerte
      ofertas
      offres
      angebote
      propostas
      lances
    `,
  },
  {
    id: 'DOUBLE_BUDGET',
    spellings: lines`
      (?:more than )?double
      twice
      doubled
      il doppio
      el doble
      le double
      doppelt
      o dobro
    `,
  },
  {
    id: 'BUDGET',
    spellings: lines`
      budget
      cost
      presupuesto
      orcamento
    `,
  },
  {
    id: 'TAX',
    spellings: lines`
      tax(?: breaks?| credits?| incentives?| rebates?)?
      incentivi fiscali
      incentivos fiscales
      credits d'impot
      steuer\w*
      incentivos fiscais
    `,
  },
  {
    id: 'MALE_LEADS',
    masks: true,
    spellings: lines`
      (?:two |both )?(?:male leads|leading men|male roles|men|love interests|suitors)
      protagonisti maschili
      protagonistas masculinos
      roles masculins
      mannlichen hauptrollen
      protagonistas masculinos
    `,
  },
  {
    id: 'NOT_YET_CAST',
    masks: true,
    spellings: lines`
      (?:not|n't|neither|nor)(?: \w+){0,8} (?:been|be|yet) (?:cast|chosen|found|filled|attached)
      (?:yet|still) to be (?:cast|chosen|found|filled)
      not yet cast
      uncast
      still (?:casting|being cast|looking)
      non (?:erano|ancora)(?: \w+){0,2} (?:scelti|stati scelti)
      sin elegir
      pas encore (?:choisi|trouve)s?
      noch nicht besetzt
      ainda nao (?:escalados|definidos)
    `,
  },
  {
    id: 'ALREADY_CAST',
    masks: true,
    spellings: lines`
      (?:had|have|were|was) already (?:been )?(?:cast|attached|in place|signed)
      already cast
      erano gia stati scelti
      ya estaban elegidos
      deja choisis
      bereits besetzt
      ja estavam escalados
    `,
  },
  {
    id: 'MARCH_2025',
    masks: true,
    spellings: lines`
      march 2025
      marzo (?:de )?2025
      mars 2025
      marz 2025
      marco de 2025
      sold in march
      at the (?:time of the )?sale
    `,
  },
  {
    id: 'EARLY_JULY',
    masks: true,
    spellings: lines`
      (?:early|start of|beginning of|in) july(?: 2025)?
      july 2025
      (?:inizio|primi di) luglio(?: 2025)?
      luglio 2025
      (?:principios|comienzos|inicios) de julio
      julio de 2025
      (?:debut|en) juillet(?: 2025)?
      (?:anfang|im) juli(?: 2025)?
      (?:inicio|comeco) de julho
      julho de 2025
    `,
  },
  {
    id: 'LIVE_OR_DIE',
    spellings: lines`
      (?:won't|will not|wouldn't|doesn't|does not|not)?(?: \w+){0,3} '?live or die'?(?: by(?: a| its)? theatrical(?: release| run)?)?
      non (?:vivra|vivera) o (?:morira|morra)
      no (?:vivira|va a vivir) o (?:morira|morir)
    `,
  },
  {
    id: 'SKIP_THEATERS',
    spellings: lines`
      (?:skip|skips|skipping|skipped|bypass\w*|forgo\w*|forego\w*|pass\w* on|avoid\w*)(?: \w+){0,2} (?:theat(?:er|re)s|cinemas?|the big screen|theatrical(?: release| run| window)?|multiplexes)
      straight to (?:streaming|netflix)
      direct(?:ly)? to (?:streaming|netflix)
      (?:no|without a|won't get a|will not get a|won't have a|not getting a) theatrical(?: release| run| window)?
      netflix-only
      only on netflix
      (?:senza|saltera|saltare|saltando) (?:passare per |l'uscita in )?(?:le )?sale
      (?:sin|saltara|saltandose) (?:pasar por )?(?:los )?cines
      sans passer par (?:les )?salles
      (?:ohne|direkt)(?: \w+){0,2} kino\w*
      sem passar (?:pelos )?cinemas
      (?:direttamente|directamente|directement|direto|diretamente) (?:in|en|sur|no|na) (?:streaming|netflix)
    `,
  },
  {
    id: 'THEATRICAL_RUN',
    masks: true,
    spellings: lines`
      (?:get|gets|getting|have|has|with|receive|receives) an? (?:\w+ )?theatrical (?:release|run|window)
      (?:open|opens|play|plays|be released|released|debut|debuts) in (?:theat(?:er|re)s|cinemas) first
      in (?:theat(?:er|re)s|cinemas) (?:first|before)
      uscira (?:prima )?(?:al cinema|in sala|nelle sale)
      se estrenara (?:primero )?en (?:los )?cines
      sortira (?:d'abord )?en salles
      kommt (?:zuerst )?ins kino
      estreia (?:primeiro )?nos cinemas
      (?:a |an )?(?:[\w-]+ )?qualifying run
      limited (?:theatrical )?run
    `,
  },
  {
    id: 'THEATRICAL',
    spellings: lines`
      theat(?:er|re)s?
      theatrical(?:ly)?
      cinemas?
      big screen
      box office
      (?:nelle |in )?sala
      sale
      cines?
      salles?
      kinos?
      cinemas
      salas
    `,
  },
  {
    id: 'TEN_YEARS_OLDER',
    masks: true,
    spellings: lines`
      (?:about |around |roughly |some )?(?:ten|10) years (?:older|her senior|more old|senior)
      a decade older
      decade (?:her )?senior
      decade (?:\w+'s )?senior
      dieci anni (?:piu grande|piu vecchio|in piu)
      diez anos mayor
      dix ans de plus
      zehn jahre alter
      dez anos mais velho
    `,
  },
  {
    id: 'MUSICIAN',
    spellings: lines`
      musician
      singer
      rocker
      guitarist
      band
      musicista
      musico
      musicien
      musiker
      cantante
      cantor
    `,
  },
  {
    id: 'NAMED',
    spellings: lines`
      named
      called
      name is
      goes by
      si chiam\w*
      se llama
      llamado
      s'appelle
      nomme
      heisst
      namens
      chamad[oa]
      se chama
    `,
  },
  {
    id: 'MAY_2025',
    masks: true,
    spellings: lines`
      may 2025
      (?:in|last|back in|early|mid-?) may
      maggio(?: 2025)?
      mayo(?: de 2025)?
      mai 2025
      im mai
      maio(?: de 2025)?
    `,
  },
  {
    id: 'SAME_TIME',
    spellings: lines`
      (?:at )?the same (?:time|day|week|moment|announcement)
      together
      simultaneous(?:ly)?
      alongside
      at once
      in one announcement
      as well as
      along with
      insieme
      contemporaneamente
      stesso momento
      al mismo tiempo
      junto (?:a|con)
      en meme temps
      gleichzeitig
      zusammen mit
      junto com
      ao mesmo tempo
    `,
  },
  {
    id: 'TWISTED_SEXY',
    spellings: lines`
      twisted
      (?:super[- ])?sexy
      genuinely romantic
      verdreht
      contorto
      retorcid[oa]
      tordu
      distorcido
    `,
  },
  {
    id: 'PRAISED',
    spellings: lines`
      prais\w*
      raved
      called
      described
      lobte
      nannte
      elogi\w*
      definito
      llamo
      qualifie
    `,
  },
  {
    id: 'ONE_SEASON',
    spellings: lines`
      (?:after )?one season
      single season
      limited series
      (?:a )?one-?(?:season|off)
      miniseries
      mini-?serie
      una (?:sola )?stagione
      una (?:sola )?temporada
      serie limitada
      une (?:seule )?saison
      eine(?:r)? (?:einzigen )?staffel
      uma (?:unica )?temporada
      always planned
      always meant
      won't be back
      won't return
      ended
      cancel\w*
    `,
  },
  {
    id: 'RENEWED',
    spellings: lines`
      renew\w*
      second season
      season (?:2|two)
      seconda stagione
      segunda temporada
      deuxieme saison
      zweite staffel
      rinnovat[oa]
      renovad[oa]
      verlangert
    `,
  },
  {
    // Not acting: said of Dunham it denies that she plays the best friend (C20).
    id: 'NOT_ACTING',
    masks: true,
    spellings: lines`
      (?:stays?|staying|remains?|remaining|stick\w* to|keeps? to) behind the camera
      (?:won't|will not|doesn't|does not|isn't|is not|not)(?: \w+){0,2} (?:appear|act|acting|be seen|stand|on screen|on camera|in front of the camera)\w*(?: on (?:screen|camera))?
      only behind the camera
      resta dietro la macchina da presa
      se queda detras de la camara
      reste derriere la camera
      bleibt hinter der kamera
      fica atras das cameras
    `,
  },
  {
    id: 'ACTS',
    spellings: lines`
      acts?
      acting
      on (?:the )?screen
      in front of the camera
      on camera
      appears?
      cameo
      recita
      actua
      joue
      spielt
      atua
    `,
  },
  {
    id: 'ACTING_DEBUT',
    spellings: lines`
      (?:acting|screen|film|feature|movie|big-screen) debut
      first (?:acting |film |screen |movie )?role
      debut (?:as an|as|on) (?:actor|screen)
      debutto (?:come attore|cinematografico|sul grande schermo|al cinema)
      debut (?:como actor|cinematografico|en el cine)
      debuta como actor
      premier role
      debuts? (?:d'acteur|au cinema)
      schauspieldebut
      leinwanddebut
      filmdebut
      estreia como ator
      estreia no cinema
      makes (?:his|her) debut
      debuts? as an actor
      debuta
      debutto da attore
      debut d'acteur
      premiers pas (?:d'acteur|au cinema|devant la camera)
      primeros pasos como actor
      primi passi (?:come attore|da attore)
      ersten schritte als schauspieler
      primeiros passos como ator
      estreia(?: de \w+)? como ator
      debut(?: de \w+)? como actor
      debutto(?: di \w+)? come attore
    `,
  },
  {
    id: 'ALLYS_THERAPIST',
    spellings: lines`
      (?:Ally's|ally's|the heroine's|the protagonist's) (?:couples? )?therap(?:ist|eut)
      therap(?:ist|eut) (?:of|to) (?:Ally|ally|portman's character|_+'s character|the (?:heroine|protagonist|lead))
      (?:psico)?terapeuta (?:di|de|da|della|do) (?:Ally|ally|la protagonista|a protagonista)
      therapeute d'ally
      allys therapeutin
    `,
  },
  {
    id: 'EXPECTED',
    spellings: lines`
      expected
      expect(?:s|ing)?
      due
      slated
      set to (?:arrive|drop|debut|land)
      should (?:arrive|drop|be here|land|come)
      (?:will|to) (?:arrive|drop|land)
      coming
      atteso
      previsto
      prevista
      esperado
      esperada
      attendu
      attendue
      erwartet
    `,
  },
  // ── Bare years last: a date phrase above ("mid-2026", "late 2025") has taken its own.
  { id: 'YEAR_2024', spellings: lines`2024` },
  { id: 'YEAR_2025', spellings: lines`2025` },
  { id: 'YEAR_2026', spellings: lines`2026` },
];
