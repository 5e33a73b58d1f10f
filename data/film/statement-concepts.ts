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
  String.raw`(?<!(?!${first}|${titles}(?:Actress|Actor|Star|Director|Filmmaker|Producer|Writer|Creator|Singer|Musician|Frau|Herr|Madame|Mrs|Ms|Mr|Oscar|Winner)\b)\b[A-Z][a-z]+\s)${name}(?!\s+(?:Road|Square|Street|Avenue|Place))`;

export const STATEMENT_CONCEPTS: readonly ConceptSpec[] = [
  // ── People and their epithets (they mask: naming someone says nothing of what names them)
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
  { id: 'DUNHAM_SURNAME', masks: true, cased: true, spellings: [surname('Dunham', 'Lena')] },
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
  { id: 'JONES_SURNAME', masks: true, cased: true, spellings: [surname('Jones', 'Rashida')] },
  {
    id: 'MEG',
    masks: true,
    spellings: lines`
      meg ryan
      (?:the\s+)?when harry met sally(?: star| icon| actress)?
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
      (?:the\s+)?(?:severance|ruptura|scissione|dissociation)\s+(?:star|actor|alum)
      tillman
    `,
  },
  { id: 'COHEN', masks: true, spellings: lines`michael cohen` },
  { id: 'SOPHIE_MAS', masks: true, spellings: lines`sophie mas` },
  { id: 'STALTER', masks: true, spellings: lines`megan stalter` },
  { id: 'SWIFT', masks: true, spellings: lines`taylor swift${'\n'}swift's` },
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
    id: 'TITLE',
    masks: true,
    cased: true,
    spellings: lines`
      Good Sex
      GOOD SEX
      "Good sex"
    `,
  },
  { id: 'TOO_MUCH', masks: true, cased: true, spellings: lines`Too Much${'\n'}TOO MUCH` },
  { id: 'TINY_FURNITURE', masks: true, spellings: lines`tiny furniture` },
  { id: 'MAY_DECEMBER', masks: true, cased: true, spellings: lines`May December` },
  { id: 'GIRLS', masks: true, cased: true, spellings: [String.raw`(?:HBO's\s+|HBO\s+)?Girls(?:\s+on\s+HBO)?`] },
  { id: 'TASK', masks: true, cased: true, spellings: [String.raw`(?:HBO's\s+)?Task`] },
  { id: 'TREASURE', masks: true, cased: true, spellings: lines`Treasure` },
  { id: 'GALLERIST', masks: true, spellings: lines`the gallerist${'\n'}gallerist` },
  { id: 'FOUNTAIN', masks: true, spellings: lines`fountain of youth` },
  { id: 'TALE_DARKNESS', masks: true, spellings: lines`a tale of love and darkness${'\n'}sippur al ahava ve choshech` },
  { id: 'BIRDY', masks: true, spellings: lines`catherine called birdy` },
  { id: 'SHARP_STICK', masks: true, spellings: lines`sharp stick` },
  { id: 'STAR_WARS', masks: true, spellings: lines`star wars(?: prequels?)?${'\n'}naboo${'\n'}episode i{1,3}` },
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
    `,
  },

  // ── The film, said without its title
  {
    id: 'FILM_WORD',
    spellings: lines`
      (?:the|this|that|her|his|their|its|dunham's|portman's|netflix's|lena's|natalie's)\s+(?:new\s+|upcoming\s+|forthcoming\s+|next\s+|latest\s+|steamy\s+|untitled\s+)?(?:film|movie|project|picture|feature|flick|rom-?com|romcom|romantic comedy|comedy)
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
      (?:dunhams?|portmans?)\s+(?:film|filme|films|komodie)
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
    spellings: lines`european film market${'\n'}efm${'\n'}berlin(?:ale)?(?:'s)?(?: film)?(?: market)?${'\n'}berlino${'\n'}berlim`,
  },
  {
    id: 'NYC',
    spellings: lines`new york(?: city)?${'\n'}nyc${'\n'}nueva york${'\n'}nova york${'\n'}new-york${'\n'}big apple${'\n'}new yorker?`,
  },
  { id: 'BROOKLYN', spellings: lines`brooklyn` },
  { id: 'MANHATTAN', spellings: lines`manhattan(?:ite)?` },
  { id: 'NEW_JERSEY', spellings: lines`new jersey${'\n'}jersey` },
  { id: 'LONDON', spellings: lines`london${'\n'}londra${'\n'}londres${'\n'}wembley` },
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
    `,
  },
  {
    id: 'THERAPIST',
    spellings: lines`
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
    spellings: lines`(?:turn(?:s|ing)?|about to turn|nearing|hitting|approaching) (?:40|forty)${'\n'}40th${'\n'}40-year-old${'\n'}forty-year-old${'\n'}quarant'?anni${'\n'}cumpl\w* 40${'\n'}cuarenta${'\n'}quarantaine${'\n'}40 (?:ans|anos|anni|jahre)${'\n'}quarentona${'\n'}vierzig`,
  },
  {
    id: 'DECADE',
    spellings: lines`(?:ten|10) years${'\n'}a decade(?:-long)?${'\n'}decade-long${'\n'}dieci anni${'\n'}diez anos${'\n'}dix ans${'\n'}zehn jahre\w*${'\n'}dez anos`,
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
    `,
  },
  {
    id: 'SUCCESSFUL',
    spellings: lines`successful${'\n'}affermat[oa]${'\n'}exitos[oa]${'\n'}de exito${'\n'}a succes${'\n'}erfolgreich\w*${'\n'}bem-sucedid[oa]`,
  },
  {
    id: 'CONVENTIONAL',
    spellings: lines`conventional${'\n'}stable${'\n'}steady${'\n'}serious${'\n'}traditional${'\n'}grown-up${'\n'}more mature${'\n'}convenzionale${'\n'}convencional${'\n'}classique${'\n'}konventionell\w*`,
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
    spellings: lines`(?:keep|keeping|kept) (?:\w+ ){0,3}(?:apart|separate)${'\n'}separate${'\n'}apart${'\n'}(?:risk\w* )?(?:losing|lose) (?:them )?(?:both|everything)${'\n'}perder\w*${'\n'}perdre${'\n'}verlieren${'\n'}separat\w*`,
  },
  {
    id: 'AGE_GAP',
    spellings: lines`age[- ]gap${'\n'}age difference${'\n'}may-december${'\n'}older woman${'\n'}divario d'eta${'\n'}differenza d'eta${'\n'}diferencia de edad${'\n'}difference d'age${'\n'}ecart d'age${'\n'}altersunterschied${'\n'}diferenca de idade`,
  },
  {
    id: 'FORMULA',
    masks: true,
    spellings: lines`(?:there(?:'s| is) )?no (?:single |set |one |magic |right )?(?:formula|recipe|rulebook)${'\n'}(?:non c'e |nessuna )(?:una )?(?:formula|ricetta)${'\n'}no (?:hay|existe) (?:una )?(?:formula|receta)${'\n'}(?:il n'y a )?pas de (?:formule|recette)${'\n'}(?:es gibt )?kein(?:e)? (?:formel|rezept)${'\n'}(?:nao (?:ha|existe) )?(?:nenhuma )?(?:formula|receita)${'\n'}formula${'\n'}no (?:single |one )?(?:right )?way${'\n'}recipe${'\n'}ricetta${'\n'}receta${'\n'}recette${'\n'}rezept${'\n'}formule${'\n'}formel`,
  },
  { id: 'NEUROTIC', spellings: lines`neurotic${'\n'}nevrotic[ao]${'\n'}neurotic[ao]${'\n'}nevrose${'\n'}neurotisch\w*` },
  { id: 'ALLEN_EPHRON', spellings: lines`woody allen${'\n'}nora ephron${'\n'}ephron${'\n'}allen` },
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
    spellings: lines`pivotal${'\n'}key${'\n'}crucial${'\n'}central${'\n'}important${'\n'}vital${'\n'}fondamentale${'\n'}chiave${'\n'}clave${'\n'}cle${'\n'}zentral\w*${'\n'}entscheidend\w*${'\n'}fundamental`,
  },
  {
    id: 'JOURNEY',
    spellings: lines`journey${'\n'}arc${'\n'}story${'\n'}percorso${'\n'}viaje${'\n'}parcours${'\n'}reise${'\n'}jornada${'\n'}cammino`,
  },
  {
    id: 'RETURN',
    spellings: lines`returns?${'\n'}returning${'\n'}comeback${'\n'}back to${'\n'}back in${'\n'}ritorno${'\n'}torna${'\n'}regreso${'\n'}regresa${'\n'}vuelta${'\n'}vuelve${'\n'}retour${'\n'}revient${'\n'}ruckkehr${'\n'}zuruck${'\n'}volta${'\n'}retorno`,
  },
  { id: 'GENRE', spellings: lines`genre${'\n'}genere${'\n'}genero${'\n'}gattung` },
  {
    id: 'SET_PHOTOS',
    spellings: lines`set photos${'\n'}on set${'\n'}on the set${'\n'}photographed${'\n'}spotted${'\n'}pictured${'\n'}paparazzi${'\n'}snapped${'\n'}foto dal set${'\n'}fotos del rodaje${'\n'}photos de tournage${'\n'}set-fotos${'\n'}fotos dos bastidores${'\n'}fotos do set`,
  },
  { id: 'BENCH', spellings: lines`(?:park )?bench${'\n'}panchina${'\n'}banco${'\n'}banc${'\n'}parkbank` },
  {
    id: 'LAUGH_EAT',
    spellings: lines`(?:can't|cannot|couldn't) stop laughing${'\n'}laugh\w*${'\n'}eat\w*${'\n'}hot dogs?${'\n'}snack\w*${'\n'}lunch${'\n'}ridono${'\n'}mangiano${'\n'}rien${'\n'}comen${'\n'}rient${'\n'}mangent${'\n'}lachen${'\n'}essen${'\n'}riem${'\n'}comem`,
  },
  {
    id: 'PRODUCE',
    spellings: lines`
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
  { id: 'PARTNER', spellings: lines`(?:producing )?partner${'\n'}socia${'\n'}associee${'\n'}partnerin${'\n'}parceira` },
  {
    id: 'BUYERS',
    spellings: lines`buyers${'\n'}sold${'\n'}sale${'\n'}shopp?(?:ed|ing)${'\n'}pitched${'\n'}presented${'\n'}took (?:it|the project|the film)${'\n'}package${'\n'}compratori${'\n'}compradores${'\n'}acheteurs${'\n'}kaufer${'\n'}venduto${'\n'}vendid[oa]${'\n'}vendu${'\n'}verkauft${'\n'}presentad[oa]${'\n'}presente${'\n'}vorgestellt${'\n'}apresentad[oa]`,
  },
  {
    id: 'BIDDING_WAR',
    spellings: lines`bidding(?: war| frenzy| battle)?${'\n'}auction${'\n'}bidders${'\n'}guerra (?:di offerte|de ofertas|de lances)${'\n'}asta${'\n'}subasta${'\n'}guerre des encheres${'\n'}encheres${'\n'}bieter\w*${'\n'}leilao${'\n'}disputa`,
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
    `,
  },
  {
    id: 'PRICE_55',
    spellings: lines`\$ ?55(?:\s*(?:million|m|mil|mln))?${'\n'}55 ?(?:million|m|milioni|millones|millions|millionen|milhoes|mio)(?: (?:dollars|dollari|dolares|de dolares|dollar|de dolares))?${'\n'}us\$ ?55(?: milhoes)?${'\n'}fifty-five million`,
  },
  {
    id: 'PAID',
    spellings: lines`paid${'\n'}pay(?:ing)?${'\n'}spent${'\n'}shell(?:ed)? out${'\n'}forked out${'\n'}price(?: tag)?${'\n'}pagat[oa]${'\n'}pago${'\n'}pagando${'\n'}paye${'\n'}zahlte${'\n'}gezahlt${'\n'}bezahlt${'\n'}pagou${'\n'}desembolsou${'\n'}deal`,
  },
  {
    id: 'WORLDWIDE',
    spellings: lines`worldwide${'\n'}global(?:ly)?${'\n'}world(?:wide)? rights${'\n'}mondial[ei]${'\n'}mundial(?:es)?${'\n'}mondiaux${'\n'}weltweit\w*${'\n'}mundiais`,
  },
  { id: 'RIGHTS', spellings: lines`rights${'\n'}diritti${'\n'}derechos${'\n'}droits${'\n'}rechte${'\n'}direitos` },
  {
    id: 'SLOW_MARKET',
    spellings: lines`slow${'\n'}sluggish${'\n'}quiet${'\n'}tepid${'\n'}lacklustr?e${'\n'}muted${'\n'}sleepy${'\n'}lent[ao]${'\n'}tiepid[ao]${'\n'}flojo${'\n'}morose${'\n'}schleppend${'\n'}ruhig\w*${'\n'}fraco`,
  },
  {
    id: 'BIGGEST',
    spellings: lines`biggest${'\n'}largest${'\n'}top deals?${'\n'}splashiest${'\n'}priciest${'\n'}piu grandi${'\n'}mayores${'\n'}plus gros${'\n'}grosste\w*${'\n'}maiores`,
  },
  { id: 'DEAL', spellings: lines`deals?${'\n'}sales?${'\n'}accordo${'\n'}acuerdo${'\n'}accord${'\n'}deals${'\n'}negocio${'\n'}affare` },
  {
    id: 'ANNOUNCED',
    spellings: lines`announc\w*${'\n'}unveil\w*${'\n'}revealed${'\n'}reveal${'\n'}first reported${'\n'}broke the news${'\n'}confirmed${'\n'}made official${'\n'}annunciat\w*${'\n'}anunciad[oa]${'\n'}annonce\w*${'\n'}bekannt\w*${'\n'}angekundigt${'\n'}revelad[oa]${'\n'}rivelat[oa]${'\n'}dévoilé${'\n'}devoile`,
  },
  {
    id: 'EARLY_2025',
    masks: true,
    spellings: lines`(?:early|start of|beginning of|first weeks of) 2025${'\n'}(?:january|february|jan\.?|feb\.?) 2025${'\n'}febbraio 2025${'\n'}inizio (?:del )?2025${'\n'}(?:principios|comienzos|inicios) de 2025${'\n'}febrero (?:de )?2025${'\n'}debut 2025${'\n'}fevrier 2025${'\n'}anfang 2025${'\n'}februar 2025${'\n'}inicio de 2025${'\n'}fevereiro de 2025`,
  },
  {
    id: 'FEB_2025',
    spellings: lines`february 2025${'\n'}feb\.? 2025${'\n'}febbraio 2025${'\n'}febrero (?:de )?2025${'\n'}fevrier 2025${'\n'}februar 2025${'\n'}fevereiro de 2025`,
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
    spellings: lines`began${'\n'}begins?${'\n'}started${'\n'}starts?${'\n'}starting${'\n'}kicked off${'\n'}got underway${'\n'}underway${'\n'}iniziat[oa]${'\n'}iniziate${'\n'}comenzo${'\n'}empezo${'\n'}commence${'\n'}debute${'\n'}begonnen${'\n'}begannen${'\n'}comecaram${'\n'}comecou${'\n'}ab`,
  },
  {
    id: 'WRAP',
    spellings: lines`
      wrap(?:ped|s|ping)?
      (?:finish(?:ed|es)?|complet(?:ed|es)|done|ended|over|concluded|finali[sz]ed)(?: (?:filming|shooting|production|its shoot|the shoot|his part|his scenes))?
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
    spellings: lines`(?:late|end of|the end of|fall|autumn|winter|december|november|october) 2025${'\n'}late in (?:the year|2025)${'\n'}(?:by )?(?:the )?end of the year${'\n'}fine (?:del )?2025${'\n'}(?:finales|fines|final) de 2025${'\n'}fin 2025${'\n'}fin de l'annee${'\n'}ende 2025${'\n'}final de 2025${'\n'}fim de 2025`,
  },
  {
    id: 'LATE_SUMMER',
    masks: true,
    spellings: lines`(?:late|end of the|the end of) summer(?: 2025)?${'\n'}summer 2025${'\n'}august(?: 2025)?${'\n'}(?:fine|tarda) estate(?: 2025)?${'\n'}agosto(?: (?:de )?2025)?${'\n'}(?:finales|fin|final) del verano${'\n'}fin de l'ete${'\n'}fin aout${'\n'}aout 2025${'\n'}spatsommer${'\n'}ende des sommers${'\n'}(?:fim|final) do verao${'\n'}few weeks before${'\n'}weeks before`,
  },
  {
    id: 'SEPTEMBER_2025',
    masks: true,
    spellings: lines`september(?: 7)?,? 2025${'\n'}sept?\.? 7${'\n'}7 settembre${'\n'}7 de septiembre${'\n'}7 septembre${'\n'}7\. september${'\n'}7 de setembro${'\n'}settembre 2025`,
  },
  { id: 'PREMIERE', spellings: lines`premiere[ds]?${'\n'}debut(?:ed|s)?${'\n'}debutto${'\n'}estreno${'\n'}estreia${'\n'}premiere` },
  {
    id: 'POST_PRODUCTION',
    spellings: lines`post-?production${'\n'}in post${'\n'}editing${'\n'}edit suite${'\n'}in the edit${'\n'}post-?produzione${'\n'}pos-?produccion${'\n'}postproduktion${'\n'}pos-?producao`,
  },
  {
    id: 'RELEASE',
    spellings: lines`releas\w*${'\n'}premier\w*${'\n'}debut\w*${'\n'}hits? (?:netflix|screens|streaming)${'\n'}arriv\w*${'\n'}drops?${'\n'}comes? out${'\n'}out on${'\n'}streaming on${'\n'}stream\w*${'\n'}uscita${'\n'}esce${'\n'}uscira${'\n'}estreno${'\n'}estrena\w*${'\n'}lanzamiento${'\n'}sortie${'\n'}sort${'\n'}sortira${'\n'}erscheint${'\n'}startet${'\n'}kommt${'\n'}veroffentlich\w*${'\n'}lancamento${'\n'}estreia${'\n'}chega\w*${'\n'}lancad[oa]`,
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
    `,
  },
  {
    id: 'RELEASE_DATE',
    masks: true,
    spellings: lines`release date${'\n'}premiere date${'\n'}launch date${'\n'}street date${'\n'}data di uscita${'\n'}fecha de estreno${'\n'}date de sortie${'\n'}starttermin${'\n'}erscheinungsdatum${'\n'}data de estreia${'\n'}data de lancamento${'\n'}when (?:does|will) (?:\w+ ){1,4}(?:come out|release|premiere|arrive|hit)${'\n'}cuando se estrena${'\n'}quando (?:esce|estreia)${'\n'}wann (?:kommt|erscheint|startet)`,
  },
  {
    id: 'DATE_SET',
    spellings: lines`(?:officially )?dated${'\n'}set (?:a|the) (?:release )?date${'\n'}set for (?:a )?(?:january|february|march|april|may|june|july|august|september|october|november|december)${'\n'}(?:will )?(?:premiere|stream|arrive|drop)s? on (?:january|february|march|april|may|june|july|august|september|october|november|december) \d+${'\n'}locked in (?:a|its) (?:release )?date`,
  },
  {
    id: 'TRAILER',
    spellings: lines`trailers?${'\n'}teasers?${'\n'}first look${'\n'}first footage${'\n'}avance${'\n'}bande-annonce${'\n'}anteprima${'\n'}vorschau`,
  },
  {
    id: 'H1_2026',
    masks: true,
    spellings: lines`(?:the )?first half of 2026${'\n'}mid-?2026${'\n'}(?:by |in )?(?:the )?(?:spring|summer|early) 2026${'\n'}early next year${'\n'}(?:by|in) (?:june|may|april|march) 2026${'\n'}(?:a )?meta (?:del )?2026${'\n'}primo semestre(?: del)? 2026${'\n'}primavera 2026${'\n'}(?:a )?mediados de 2026${'\n'}primer semestre de 2026${'\n'}mi-2026${'\n'}premier semestre 2026${'\n'}mitte 2026${'\n'}ersten halbjahr 2026${'\n'}meados de 2026${'\n'}primeiro semestre de 2026`,
  },
  {
    id: 'MARKETING',
    spellings: lines`marketing${'\n'}campaign${'\n'}promo(?:tion|tional)?${'\n'}publicity${'\n'}blitz${'\n'}push${'\n'}ad spend${'\n'}campagna${'\n'}campana${'\n'}campagne${'\n'}kampagne${'\n'}werbe\w*${'\n'}campanha${'\n'}publicidad${'\n'}pubblicita`,
  },
  {
    id: 'MASSIVE',
    spellings: lines`massive${'\n'}huge${'\n'}big${'\n'}major${'\n'}all-?out${'\n'}enormous${'\n'}splashy${'\n'}aggressive${'\n'}enorme${'\n'}massicci?[ao]${'\n'}masiva${'\n'}gigantesque${'\n'}massiv\w*${'\n'}grande${'\n'}gigante${'\n'}grosse`,
  },
  { id: 'OSCAR', spellings: lines`oscars?${'\n'}academy awards?` },
  {
    id: 'WON_AWARD',
    spellings: lines`won${'\n'}wins?${'\n'}winner${'\n'}winning${'\n'}vinto${'\n'}vincitrice${'\n'}gano${'\n'}ganadora${'\n'}remporte${'\n'}gewonnen${'\n'}ganhou${'\n'}vencedora${'\n'}preistragerin${'\n'}laureata`,
  },
  {
    id: 'GRADUATE',
    spellings: lines`graduat\w*${'\n'}alum(?:na)?${'\n'}degree${'\n'}studied at${'\n'}laureat[oa]${'\n'}se graduo${'\n'}licenciada${'\n'}diplomee${'\n'}abschluss${'\n'}formad[oa]${'\n'}formou-se${'\n'}diploma`,
  },
  { id: 'AMIDALA', spellings: lines`(?:queen )?amidala${'\n'}padme` },
  { id: 'DIOR', spellings: lines`(?:miss )?dior` },
  { id: 'SNL', spellings: lines`snl${'\n'}saturday night live${'\n'}lonely island${'\n'}rap(?:s|ped|ping)?` },
  {
    id: 'DIRECTORIAL_DEBUT',
    masks: true,
    spellings: lines`directorial debut${'\n'}directing debut${'\n'}debut as (?:a )?director${'\n'}debutto (?:alla|come) regista${'\n'}opera prima${'\n'}debut como directora${'\n'}premier film (?:en tant que|comme) realisatrice${'\n'}regiedebut${'\n'}estreia como diretora`,
  },
  {
    id: 'VANITY',
    spellings: lines`vanity(?: project)?${'\n'}progetto di vanita${'\n'}proyecto de vanidad${'\n'}projet de vanite${'\n'}eitelkeitsprojekt${'\n'}projeto de vaidade`,
  },
  { id: 'INSPIRATION', spellings: lines`inspir\w*${'\n'}role model for her${'\n'}example${'\n'}kept her going` },
  { id: 'VOGUE', spellings: lines`vogue` },
  {
    id: 'SUBJECT_OBJECT',
    spellings: lines`(?:the )?subject,? not the object${'\n'}soggetto${'\n'}sujeto${'\n'}sujet${'\n'}subjekt${'\n'}sujeito`,
  },
  { id: 'EW', spellings: lines`entertainment weekly${'\n'}ew` },
  {
    id: 'CRIED',
    spellings: lines`cried${'\n'}cry(?:ing)?${'\n'}tears${'\n'}wept${'\n'}sobbed${'\n'}pianto${'\n'}piangere${'\n'}llore${'\n'}lloro${'\n'}pleure${'\n'}geweint${'\n'}chorou${'\n'}chorei`,
  },
  {
    id: 'AGE_23',
    spellings: lines`23${'\n'}twenty-three${'\n'}ventitre${'\n'}veintitres${'\n'}vingt-trois${'\n'}dreiundzwanzig${'\n'}vinte e tres`,
  },
  {
    id: 'CREATED',
    spellings: lines`creat(?:ed|or|ing)${'\n'}cread[oa]${'\n'}creo${'\n'}creat[oa]${'\n'}creatrice${'\n'}creadora${'\n'}cree${'\n'}createur${'\n'}erschaffen${'\n'}schopferin${'\n'}criou${'\n'}criadora${'\n'}ideat[oa]`,
  },
  { id: 'GOLDEN_GLOBE', spellings: lines`golden globes?${'\n'}globo d'oro${'\n'}globo de oro${'\n'}globos de oro${'\n'}globo de ouro` },
  { id: 'SERIES', spellings: lines`series${'\n'}show${'\n'}serie${'\n'}sitcom${'\n'}dramedy` },
  { id: 'STARS_IN', spellings: lines`stars?${'\n'}starring${'\n'}lead${'\n'}protagonista${'\n'}spielt${'\n'}estrela${'\n'}with` },
  {
    id: 'LAST_SEEN',
    spellings: lines`last seen${'\n'}last appeared${'\n'}most recent(?:ly)?(?: screen)?(?: role| appearance)?${'\n'}latest (?:screen )?(?:role|appearance)${'\n'}ultima apparizione${'\n'}ultima aparicion${'\n'}derniere apparition${'\n'}zuletzt${'\n'}ultima aparicao`,
  },
  { id: 'ERAS_TOUR', spellings: lines`eras tour${'\n'}eras` },
  {
    id: 'RECRUITED',
    spellings: lines`recruit\w*${'\n'}cast her${'\n'}met${'\n'}meeting${'\n'}approached${'\n'}asked her${'\n'}reclut\w*${'\n'}conosciuta${'\n'}conocio${'\n'}rencontre\w*${'\n'}getroffen${'\n'}conheceu${'\n'}chiamata${'\n'}convenc\w*`,
  },
  { id: 'TIKTOK', spellings: lines`tiktok${'\n'}shadow (?:tiktok )?account${'\n'}burner account${'\n'}finsta` },
  {
    id: 'FIRST_LOOK',
    spellings: lines`first-?look(?: deal| pact| agreement)?${'\n'}overall deal${'\n'}creative partnership${'\n'}partnership${'\n'}(?:multi-year |exclusive )?pact`,
  },
  {
    id: 'REPRESENTED',
    spellings: lines`co-?represent\w*${'\n'}represent\w*${'\n'}repped${'\n'}co-repped${'\n'}handled (?:the )?(?:sale|package)${'\n'}rappresentat\w*${'\n'}representad[oa]${'\n'}represente${'\n'}vertreten`,
  },
  {
    id: 'OFFERS_45',
    spellings: lines`\$ ?45(?:\s*(?:million|m|mil))?${'\n'}45 ?(?:million|m|milioni|millones|millions|millionen|milhoes)${'\n'}forty-five million`,
  },
  {
    id: 'OFFERS',
    spellings: lines`offers?${'\n'}bids?${'\n'}offerte${'\n'}ofertas${'\n'}offres${'\n'}angebote${'\n'}propostas${'\n'}lances`,
  },
  {
    id: 'DOUBLE_BUDGET',
    spellings: lines`(?:more than )?double${'\n'}twice${'\n'}doubled${'\n'}il doppio${'\n'}el doble${'\n'}le double${'\n'}doppelt${'\n'}o dobro`,
  },
  { id: 'BUDGET', spellings: lines`budget${'\n'}cost${'\n'}presupuesto${'\n'}orcamento` },
  {
    id: 'TAX',
    spellings: lines`tax(?: breaks?| credits?| incentives?| rebates?)?${'\n'}incentivi fiscali${'\n'}incentivos fiscales${'\n'}credits d'impot${'\n'}steuer\w*${'\n'}incentivos fiscais`,
  },
  {
    id: 'MALE_LEADS',
    masks: true,
    spellings: lines`(?:two |both )?(?:male leads|leading men|male roles|men|love interests|suitors)${'\n'}protagonisti maschili${'\n'}protagonistas masculinos${'\n'}roles masculins${'\n'}mannlichen hauptrollen${'\n'}protagonistas masculinos`,
  },
  {
    id: 'NOT_YET_CAST',
    masks: true,
    spellings: lines`(?:not|n't|neither|nor)(?: \w+){0,8} (?:been|be|yet) (?:cast|chosen|found|filled|attached)${'\n'}(?:yet|still) to be (?:cast|chosen|found|filled)${'\n'}not yet cast${'\n'}uncast${'\n'}still (?:casting|being cast|looking)${'\n'}non (?:erano|ancora)(?: \w+){0,2} (?:scelti|stati scelti)${'\n'}sin elegir${'\n'}pas encore (?:choisi|trouve)s?${'\n'}noch nicht besetzt${'\n'}ainda nao (?:escalados|definidos)`,
  },
  {
    id: 'MARCH_2025',
    masks: true,
    spellings: lines`march 2025${'\n'}marzo (?:de )?2025${'\n'}mars 2025${'\n'}marz 2025${'\n'}marco de 2025${'\n'}sold in march${'\n'}at the (?:time of the )?sale`,
  },
  {
    id: 'EARLY_JULY',
    masks: true,
    spellings: lines`(?:early|start of|beginning of|in) july(?: 2025)?${'\n'}july 2025${'\n'}(?:inizio|primi di) luglio(?: 2025)?${'\n'}luglio 2025${'\n'}(?:principios|comienzos|inicios) de julio${'\n'}julio de 2025${'\n'}(?:debut|en) juillet(?: 2025)?${'\n'}(?:anfang|im) juli(?: 2025)?${'\n'}(?:inicio|comeco) de julho${'\n'}julho de 2025`,
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
    `,
  },
  {
    id: 'THEATRICAL',
    spellings: lines`theat(?:er|re)s?${'\n'}theatrical(?:ly)?${'\n'}cinemas?${'\n'}big screen${'\n'}box office${'\n'}(?:nelle |in )?sala${'\n'}sale${'\n'}cines?${'\n'}salles?${'\n'}kinos?${'\n'}cinemas${'\n'}salas`,
  },
  {
    id: 'TEN_YEARS_OLDER',
    masks: true,
    spellings: lines`(?:about |around |roughly |some )?(?:ten|10) years (?:older|her senior|more old|senior)${'\n'}a decade older${'\n'}decade (?:her )?senior${'\n'}dieci anni (?:piu grande|piu vecchio|in piu)${'\n'}diez anos mayor${'\n'}dix ans de plus${'\n'}zehn jahre alter${'\n'}dez anos mais velho`,
  },
  {
    id: 'MUSICIAN',
    spellings: lines`musician${'\n'}singer${'\n'}rocker${'\n'}guitarist${'\n'}band${'\n'}musicista${'\n'}musico${'\n'}musicien${'\n'}musiker${'\n'}cantante${'\n'}cantor`,
  },
  {
    id: 'NAMED',
    spellings: lines`named${'\n'}called${'\n'}name is${'\n'}goes by${'\n'}si chiam\w*${'\n'}se llama${'\n'}llamado${'\n'}s'appelle${'\n'}nomme${'\n'}heisst${'\n'}namens${'\n'}chamad[oa]${'\n'}se chama`,
  },
  {
    id: 'MAY_2025',
    masks: true,
    spellings: lines`may 2025${'\n'}(?:in|last|back in|early|mid-?) may${'\n'}maggio(?: 2025)?${'\n'}mayo(?: de 2025)?${'\n'}mai 2025${'\n'}im mai${'\n'}maio(?: de 2025)?`,
  },
  {
    id: 'SAME_TIME',
    spellings: lines`(?:at )?the same (?:time|day|week|moment|announcement)${'\n'}together${'\n'}simultaneous(?:ly)?${'\n'}alongside${'\n'}at once${'\n'}in one announcement${'\n'}as well as${'\n'}along with${'\n'}insieme${'\n'}contemporaneamente${'\n'}stesso momento${'\n'}al mismo tiempo${'\n'}junto (?:a|con)${'\n'}en meme temps${'\n'}gleichzeitig${'\n'}zusammen mit${'\n'}junto com${'\n'}ao mesmo tempo`,
  },
  {
    id: 'TWISTED_SEXY',
    spellings: lines`twisted${'\n'}(?:super[- ])?sexy${'\n'}genuinely romantic${'\n'}verdreht${'\n'}contorto${'\n'}retorcid[oa]${'\n'}tordu${'\n'}distorcido`,
  },
  {
    id: 'PRAISED',
    spellings: lines`prais\w*${'\n'}raved${'\n'}called${'\n'}described${'\n'}lobte${'\n'}nannte${'\n'}elogi\w*${'\n'}definito${'\n'}llamo${'\n'}qualifie`,
  },
  {
    id: 'ONE_SEASON',
    spellings: lines`(?:after )?one season${'\n'}single season${'\n'}limited series${'\n'}(?:a )?one-?(?:season|off)${'\n'}miniseries${'\n'}mini-?serie${'\n'}una (?:sola )?stagione${'\n'}una (?:sola )?temporada${'\n'}serie limitada${'\n'}une (?:seule )?saison${'\n'}eine(?:r)? (?:einzigen )?staffel${'\n'}uma (?:unica )?temporada${'\n'}always planned${'\n'}always meant${'\n'}won't be back${'\n'}won't return${'\n'}ended${'\n'}cancel\w*`,
  },
  {
    id: 'RENEWED',
    spellings: lines`renew\w*${'\n'}second season${'\n'}season (?:2|two)${'\n'}seconda stagione${'\n'}segunda temporada${'\n'}deuxieme saison${'\n'}zweite staffel${'\n'}rinnovat[oa]${'\n'}renovad[oa]${'\n'}verlangert`,
  },
  {
    id: 'ACTS',
    spellings: lines`acts?${'\n'}acting${'\n'}on (?:the )?screen${'\n'}in front of the camera${'\n'}on camera${'\n'}appears?${'\n'}cameo${'\n'}role${'\n'}recita${'\n'}actua${'\n'}joue${'\n'}spielt${'\n'}atua`,
  },
  {
    id: 'ACTING_DEBUT',
    spellings: lines`(?:acting|screen|film|feature|movie|big-screen) debut${'\n'}first (?:acting |film |screen |movie )?role${'\n'}debut (?:as an|as|on) (?:actor|screen)${'\n'}debutto (?:come attore|cinematografico|sul grande schermo|al cinema)${'\n'}debut (?:como actor|cinematografico|en el cine)${'\n'}debuta como actor${'\n'}premier role${'\n'}debuts? (?:d'acteur|au cinema)${'\n'}schauspieldebut${'\n'}leinwanddebut${'\n'}filmdebut${'\n'}estreia como ator${'\n'}estreia no cinema${'\n'}makes (?:his|her) debut${'\n'}debuts? as an actor${'\n'}debuta`,
  },
  // ── Bare years last: a date phrase above ("mid-2026", "late 2025") has taken its own.
  { id: 'HOW_MUCH', spellings: lines`how much${'\n'}quanto${'\n'}cuanto${'\n'}combien${'\n'}wie viel${'\n'}price tag` },
  { id: 'YEAR_2024', spellings: lines`2024` },
  { id: 'YEAR_2025', spellings: lines`2025` },
  { id: 'YEAR_2026', spellings: lines`2026` },
];
