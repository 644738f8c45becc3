// Closed-class word lists the extractor needs on top of compromise's lexicon. They describe
// how English news text talks about people and institutions, never particular names.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles and roles that precede or replace a name: never part of a person's name. */
export const ROLE_WORDS = set(`
  president vice prime minister deputy secretary director chairman chairwoman chair chief head
  general lieutenant colonel major captain sergeant admiral marshal commander commander-in-chief
  supreme foreign defence defense interior finance justice health education economy trade
  king queen prince princess emperor sultan emir sheikh shah pope cardinal archbishop bishop
  father sister brother saint imam rabbi ayatollah patriarch
  senator governor mayor ambassador envoy spokesman spokeswoman spokesperson minister-president
  speaker chancellor premier ceo founder leader chair-man mr mrs ms miss dr prof professor sir dame lord lady
  judge justice attorney prosecutor coach manager striker midfielder defender goalkeeper captain
  state security national first acting former late then ex-president ex-prime mp
  congressman congresswoman representative rep sen gov lt gen col maj capt sgt adm
  premier-elect president-elect elect assistant adviser advisor aide officer inspector commissioner
  ombudsman presidential executive economist analyst researcher scientist lawyer journalist
  reporter author singer actor actress writer artist player forward cardinal
  councillor councilor alderman alderwoman selectman assemblyman assemblywoman assemblymember mep msp
  magistrate coroner sheriff constable detective superintendent commissioner-general
  treasurer comptroller auditor registrar ombudsperson mayor-elect governor-general
  brigadier corporal commodore field-marshal air-marshal major-general lieutenant-general lieutenant-colonel
  archdeacon deacon reverend rev vicar pastor priest chaplain mufti mullah grand-mufti
  lecturer provost rector vice-chancellor
  baron baroness countess viscount marquess duchess lady-in-waiting mx
  correspondent editor columnist presenter anchor forecaster managing
  senior junior empress tsar czar tsarina kaiser oba maharaja taoiseach tánaiste tanaiste
  det insp supt dci dsi cllr administrator
  catholicos
  spinner seamer paceman bowler batter batsman batswoman wicketkeeper winger skipper fly-half scrum-half
  flanker quarterback pitcher shortstop drummer guitarist bassist keyboardist frontman frontwoman
  rapper vocalist pianist violinist cellist conductor soprano tenor baritone
  principal headteacher headmaster headmistress advocate barrister solicitor counsel
  financial operating technology information marketing investment medical scientific legal commercial creative digital
  cathaoirleach cpl cllr regent playmaker promoter democrat republican mpp mla mna mha
  trustee maître maitre atty showrunner lock prop hooker volcanologist seismologist epidemiologist
  wing khun datuk dato datin seri tun
`);

/**
 * Posts tied to a place: a capitalised word right before one names the place ("Florence Mayor",
 * "Istanbul mayor", "Texas governor"), and "the MP for X" is a constituency.
 */
export const JURISDICTION_TITLES = set(`mayor mayor-elect governor councillor councilor mp msp mep senator congressman congresswoman sheriff premier assemblyman assemblywoman alderman`);

/** Words that close an organisation's name ("... Ministry", "... Group"), beyond compromise's own list. */
export const ORG_CUES = set(`
  ministry council service services group army party bank university agency committee union
  kremlin commission court foundation institute association corporation company inc ltd plc llc
  club fc parliament assembly congress senate department office bureau police forces force navy
  guard guards organisation organization alliance front movement network times news post fund
  authority board league federation church airlines airways motors holdings press television radio
  centre center school college hospital coalition cabinet directorate brigade brigades battalion
  regiment division corps commission tribunal secretariat treasury reserve exchange museum library gallery
  foundation trust institution academy observatory federation bloc caucus
  philharmonic philharmonia symphony sinfonia orchestra ballet opera chorus choir ensemble quartet team
  white-house pentagon politburo duma knesset bundestag majlis rada
  legislature riverkeeper waterkeeper consortium cooperative co-op collective
`);

/**
 * Words that end a company's name ("Alameda Research", "Labrador Hydro", "Live Nation"). Unlike
 * ORG_CUES they also name portfolios ("Energy Minister"), so before a post they are not a body.
 */
export const COMPANY_ENDINGS = set(`
  research hydro energy electric partners ventures labs technologies systems solutions pharmaceuticals therapeutics
  biotech aerospace mining minerals resources petroleum foods brands entertainment studios pictures records media
  telecom telecommunications logistics investments securities insurance realty properties hotels resorts nation
  space sciences features events transit companies bar pub inn tavern brewery bakery restaurant
  lithium copper gold silver steel cement metals biotherapeutics semiconductor semiconductors robotics software
  shipping tobacco bancorp berhad bhd tbk gmbh karya sdn stores promotions cinemas devices ferries railways foodbank
`);

/** Single words that name an institution on their own ("the Kremlin said"). */
export const STANDALONE_ORGS = set(`kremlin pentagon politburo duma knesset bundestag majlis rada interpol europol`);

/** Words that end a place name ("... Province", "... Sea"). */
export const PLACE_CUES = set(`
  province region republic island islands mountains mountain sea river lake valley street avenue
  square district county city bay gulf ocean coast peninsula strait desert oblast governorate
  state territory canton prefecture village town airport port highway bridge border caucasus
  strip bank heights plain plains basin delta road lane boulevard
  hill hills creek shoals park baths crescent plaza terminal station stadium arena palace
  cathedral abbey castle tower harbour harbor beach falls springs forest heath green
  canyon gorge glen dunes reef lagoon atoll oasis platz strasse straße allee plein gracht
  stream hall theatre theater auditorium gardens field fields wood woods walk crater plateau ridge trench zone manor
  freeway expressway parkway sur norte este oeste nord sud est ouest
  gate docks wharf pier quay canal channel estuary reservoir dam glacier volcano cape marsh
  pool downs jail prison europort junction lodge
`);

/**
 * Words that open a name in French, Spanish, Italian, Portuguese or German and say what it names:
 * "Banco Central de la República Argentina", "Musée du Louvre", "Salar de Atacama".
 */
export const FOREIGN_ORG_HEADS = set(`
  banco banca banque grupo groupe gruppo sociedad société societa società compagnie compañía companhia
  fundación fondation fondazione fundação instituto institut istituto universidad université università universidade universität
  partido parti partito partei frente front movimiento mouvement movimento unión union unione
  ministerio ministère ministero consejo conseil consiglio conselho comisión commission commissione
  tribunal tribunale corte cour asamblea assemblée assemblea congreso senado cámara chambre camera
  museo musée musées museu teatro théâtre orquesta orchestre biennale brigade policía polizia polícia
  ejército armée esercito agencia agence agenzia autoridad autorité autorità éditions editions deutsche
  hospital hôpital ospedale clínica clinica
  école escuela scuola defensoría defensor fiscalía procuraduría borsa bolsa bourse fuerza
`);

/** Foreign words that open a place's name: "Plaza de Mayo", "Quai François-Mitterrand", "Palazzo del Cinema". */
export const FOREIGN_PLACE_HEADS = set(`
  plaza piazza praça place rue quai calle avenida avenue paseo via viale corso largo
  palazzo palacio palais castello castillo château puerta porta pont ponte puente
  salar barranco sierra cerro río lago laguna isla ilha île playa praia costa casa
  galerie galleria jardin jardín giardino parc parque estadio stade stadio gare estación stazione promenade complexo
  autódromo autodromo hôtel hotel bois villa
  rua estrada basílica basilica igreja iglesia catedral mosteiro convento capela morro serra vale córrego
  foz baía bahía aterro cidade ciudad barrio colonia jirón carretera torre fortaleza vila quebrada valle
  boulevard allée faubourg ulica plac aleja przedmieście wadi jebel jabal djebel ras ain aïn
`);

/** Capitalised abbreviations of things, not of bodies: "AI", "GDP", "Covid". */
export const NON_ENTITY_ACRONYMS = set(`
  ai agi gdp gnp cpi ceo cfo coo cto cio covid hiv aids dna rna mrna ev evs ipo ipos vat lng lpg gmt utc bst est pst
  tv pc ok phd mba ngo ngos sms suv suvs atm atms usb wifi ufo ufos cctv gps api apis cpu gpu faq diy esg cfa
  ct mri icu ivf adhd ptsd rsvp asap aka eta etf etfs rpm mph kph
`);

/** Facilities and streets: a name they close is a place even with an organisation's word inside ("Miami International Airport"). */
export const FACILITY_CUES = set(`airport stadium arena station terminal square plaza bridge street avenue road lane boulevard highway park beach harbour harbor pier quay wharf canal tower palace cathedral abbey castle`);

/** Words a number follows in a name: "Interstate 35", "Highway 21", "District 837". */
export const NUMBERED_NAME_WORDS = set(`interstate highway route motorway district terminal pier gate platform`);

/** A company's legal form, written after its name in lowercase: "Rio Tinto plc". */
export const LEGAL_FORMS = set(`plc ltd llc inc ag nv spa asa oyj`);

/** Storms are named like people: "Hurricane Melissa" is an event. */
export const STORM_WORDS = set(`hurricane storm typhoon cyclone tropical`);

/** Letters after a name that are no part of it: "Philippa Heywood KC", "Jane Doe MP". */
export const POST_NOMINALS = set(`kc qc mp msp ms mla mep td obe cbe mbe kbe dbe frs san`);

/** Place words that are also common surnames ("Damon Hill", "Sarah Green"): after a first name, a person. */
export const SURNAME_PLACE_CUES = set(`street hall hill hills park green cross gate marsh banks bank forest heath castle tower field fields wood woods brook brooks ford lane abbey`);

/**
 * AP-style abbreviations of US states after a city ("Lincoln, Neb.", "Portland, Ore."): the
 * city is the name; the abbreviation is no separate one.
 */
export const STATE_ABBREVIATIONS = set(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo`);

/** Compass and similar words that start a place name ("South Caucasus", "North Africa"). */
export const PLACE_PREFIXES = set(`north south east west northern southern eastern western central upper lower greater new river lake mount port fort cape isle san santa monte santo puerto porto`);

/** Words after a name that make it a thing, not the person/place ("the Pashinyan government"). */
export const NON_ENTITY_FOLLOWERS = set(`
  government administration cabinet camp era doctrine plan regime team family foundation
  style-era years presidency
`);

/** Words after a capitalised run that make it an event, which becomes a topic, not a name. */
export const EVENT_CUES = set(`war wars conflict crisis summit election elections agreement treaty accord accords talks
  revolution protests games cup championship olympics festival award prize act accords open tour prize award d'or contest
  trophy olympiad series marathon derby classic grand-prix prix market fair final finals semifinal semi-final quarterfinal sevens`);

/** Prepositions after which a capitalised name is usually a place. */
export const PLACE_PREPOSITIONS = set(`in to from near into via across towards toward outside inside around throughout within at through northern southern eastern western central nearby neighbouring neighboring`);

/** Verbs of saying after a name: a person or an institution speaks, a place does not. */
export const SPEECH_VERBS = set(`said says told added stated wrote argued claimed insisted noted warned asked replied explained announced admitted denied tweeted`);

/** Name particles that stay lowercase inside a name ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES = set(`de del della der den di da dos das du la le van von ter ten bin ibn bint al el abu y st wa arap des do ap`);

/** Labels over a story ("Analysis:", "Live"): not names where they open a line, but they may end one ("Ampere Analysis"). */
export const HEADLINE_LABELS = set(`breaking update live exclusive analysis opinion editorial comment photo video read more`);

/** Months written short: "Jan 5", but also given names ("Jan Egeland", "Jun Young-hyun"). */
export const MONTH_ABBREVIATIONS = set(`jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Capitalised words that are never names by themselves, wherever they stand. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([...HEADLINE_LABELS, ...set(`
  i the a an this that these those it its he she they we you his her their our my your
  nobody somebody everybody anybody everyone someone anyone nothing something everything
  today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  however meanwhile but and or so yet also although though while when where what who why how
  after before during since until if as at by for from in of on to with without about
  there here then now according despite because unlike like following
  last next
  god ok yes no not nor all some many most every each both either neither any
  internet web online covid covid-19 i've i'm i'd i'll
`)]);

/** Generic nouns too broad to be an article's topic on their own. */
export const GENERIC_TOPIC_WORDS = set(`
  meeting meetings issue issues problem problems report reports statement document documents people
  government official officials year years day days time times way fact part point points country
  countries side sides number thing things week weeks month months today news information case
  president minister leader leaders state world region area place end result reason kind lot
  course matter question questions order role need level interest interests situation support
  basis plan action actions process development developments subject opportunity presence return
  members member party parties group groups percent per cent source sources office media website
  life work use set form term terms line men women man woman person account effort efforts view
  future past history today's others other new first second third main certain several
`);

/** Lowercase nouns after a name that say what kind of organisation it is ("the Solidarity union", "the MoDem party"). */
export const ORG_KIND_FOLLOWERS = set(`
  union unions party label airline carrier broadcaster newspaper agency firm company movement charity bloc
  retailer chain supermarket lender bank insurer carmaker chipmaker maker manufacturer brand owner subsidiary
  conglomerate distributor streamer publisher broker startup start-up operator club orchestra ensemble choir
  band studio group brewer drugmaker automaker miner distiller telecoms
`);

/** Number words: what follows one is counted, so it is a kind of thing rather than one named entity. */
export const CARDINALS = set(`two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands several`);

/** Lowercase nouns after a name that make the name a modifier of a made thing ("the Euclid space telescope"). */
export const MADE_THINGS = set(`telescope spacecraft satellite probe rover rocket lander mission vaccine drug pill app software console`);

/** Lowercase events named after the place they are held in ("the Henley regatta", "the Davos summit"). */
export const PLACE_EVENTS = set(`regatta marathon summit carnival festival fair`);

/** Lowercase words after a name that make it a place: "the Hexham area", "Lucca-based". */
export const PLACE_FOLLOWERS = set(`area region district constituency suburbs outskirts residents`);

/** Nouns after "Name's" that only an organisation has ("UniCredit's shareholders", "Primark's stores"). */
export const ORG_POSSESSIONS = set(`shareholders profits profit revenue revenues earnings stores shops subscribers subsidiary headquarters owners executives`);

/** Posts held at a company or institution: "chief executive of X", "analyst at X", "X chief executive". */
export const CORPORATE_ROLES = set(`executive executives financial operating technology investment economist economists analyst analysts strategist strategists officer chairman chairwoman founder shareholders investors employees workers staff customers subscribers clients`);

/** Passive verbs whose agent is a business: "distributed by X", "owned by X". */
export const CORPORATE_PASSIVES = set(`owned acquired bought distributed published sponsored operated manufactured issued listed`);

/** What shares do: "X shares rose" names a listed company. */
export const MARKET_MOVES = set(`rose fell jumped slumped dropped climbed gained closed surged tumbled slid rallied sank plunged soared`);

/** Verbs of going somewhere: what follows is usually a place ("leaving Karabakh", "visited Guwahati"). */
export const MOTION_VERBS = set(`left leave leaving leaves fled flee fleeing entered entering reached visited visiting toured`);

/** Nouns after "Name, the ..." that make it a place ("Paiporta, a town near Valencia"). */
export const APPOSITIVE_PLACE_KINDS = set(`capital city town village region province port island district suburb neighbourhood neighborhood country`);

/** Words that only reports of matches use; two of them make the country names in an article teams. */
export const SPORT_WORDS = set(`
  match goal goals scored scoring scorer wickets wicket innings penalty referee coach striker midfielder goalkeeper league fixture
  tournament semi-final quarter-final stadium squad half-time batsman bowler
  tries scrum lineout fly-half hooker podium laps grand-prix teammate championship title-race
  touchdown quarterback innings playoffs playoff rebounds three-pointers
`);

/** Verbs after a side in a match report ("India won the final Test"). */
export const RESULT_VERBS = set(`won lost drew win wins lose loses beat beats thrashed edged`);

/** Words before "with"/"to"/"over" that make what follows the other side ("drew with Valencia", "lost to Spain"). */
export const TEAM_RESULT_NOUNS = set(`drew draw drawn lost lose losing defeat defeated victory win won`);

/** Sun, moon and planets: capitalised, but not places on the news map. */
export const CELESTIAL_BODIES = set(`earth moon sun mercury venus mars jupiter saturn uranus neptune pluto`);

/**
 * Words around a name that only a sports team takes: "Liverpool beat Chelsea", "Chelsea captain
 * Reece James". A club named after its city is an organisation there, not a place.
 */
export const TEAM_FOLLOWERS = set(`beat beats drew draws thrashed edged captain coach manager striker midfielder defender goalkeeper winger fans supporters boss squad bowlers batters batsmen players forwards backs replacements skipper`);
export const TEAM_PRECEDERS = set(`beat beats thrashed edged vs v`);

/** Role words that also open an institution's name when a plain word follows ("National Rally", "Federal Reserve"). */
export const INSTITUTION_OPENERS = set(`national federal state supreme`);
