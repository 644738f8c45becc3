import { typed } from './helpers';

describe('what the words around a name say about its type', () => {
  it('reads company context: shares in, chief executive, possessions, apposition, passive agent, analyst at', () => {
    const found = typed(
      'Shares in Zorvex rose 4 percent. Kelbrand chief executive Mira Oduya said the deal was fair.',
      'Talvina’s shareholders approved it. Brontel, the retailer, closed stores. The film was distributed by Quillo.',
      'Analyst Jonah Prell at Fennick said little.',
    );
    expect(found).toMatchObject({ Zorvex: 'organization', Kelbrand: 'organization', Talvina: 'organization', Brontel: 'organization', Quillo: 'organization', Fennick: 'organization' });
    expect(found).toMatchObject({ 'Mira Oduya': 'person', 'Jonah Prell': 'person' });
  });

  it('keeps a person a person after an ownership word, and a known country a place', () => {
    expect(typed('Its owner Roman Abramovich left. Shares in Germany’s banks fell.')).toMatchObject({ 'Roman Abramovich': 'person', Germany: 'place' });
  });

  it('makes countries teams only in match reports', () => {
    expect(typed('India won the final match by six wickets, with the referee unhappy.')).toMatchObject({ India: 'organization' });
    expect(typed('India won praise for its vaccine programme.')).toMatchObject({ India: 'place' });
    expect(typed('Barcelona drew with Valencia on Sunday.')).toMatchObject({ Barcelona: 'organization', Valencia: 'organization' });
  });

  it('types ensembles, legislatures and national bodies as organisations', () => {
    const found = typed('The Vienna Philharmonic played. The bill went to Congress and then the Senate. Cricket Australia agreed.');
    expect(found).toMatchObject({ 'Vienna Philharmonic': 'organization', Congress: 'organization', Senate: 'organization', 'Cricket Australia': 'organization' });
    expect(Object.values(found)).not.toContain('person');
  });

  it('reads "de" before a city as part of an institution or event, not a surname', () => {
    const found = typed('The Banque de France warned on Tuesday. Riders reached the Tour de France finish. Charles de Gaulle spoke.');
    expect(found).toMatchObject({ 'Banque de France': 'organization', 'Charles de Gaulle': 'person' });
    expect(found).not.toHaveProperty('Tour de France');
  });

  it('joins "from" inside a name the text has just called an organisation', () => {
    expect(typed('Lawyers for the charity Freedom from Torture appealed.')).toEqual({ 'Freedom from Torture': 'organization' });
    expect(typed('Harry Kane moved from Tottenham.')).not.toHaveProperty('Kane from Tottenham');
  });

  it('reads a name after "City," as where the city is, and the Earth as no place', () => {
    expect(typed('He travelled to Amman, Jordan. The probe returned to Earth.')).toEqual({ Amman: 'place', Jordan: 'place' });
  });

  it('reads a post written in lowercase before a name as its holder', () => {
    expect(typed('The bank hired senior advocate Harish Salve, who argued the case.')).toMatchObject({ 'Harish Salve': 'person' });
    expect(typed('Inspectors praised Principal Yasmin Qureshi at the academy.')).toEqual({ 'Yasmin Qureshi': 'person' });
  });

  it('strips a job word that opens a sentence before a name', () => {
    expect(typed('Spinner Shoaib Bashir took four wickets.')).toEqual({ 'Shoaib Bashir': 'person' });
    expect(typed('Frontman Jarvis Cocker thanked the crowd.')).toEqual({ 'Jarvis Cocker': 'person' });
  });

  it('reads a made thing after the name only when nothing but nouns stands between them', () => {
    expect(typed('Sean Duffy said the mission would go ahead.')).toEqual({ 'Sean Duffy': 'person' });
    expect(typed('Fujitsu supplied the Horizon accounting software.')).not.toHaveProperty('Horizon');
  });

  it('reads initials alone as the acronym they spell', () => {
    expect(typed('Traders watched the threat of U.S. tariffs. The U.N. envoy arrived.')).toEqual({ 'U.S.': 'place', 'U.N.': 'organization' });
  });

  it('reads corporate posts whole, one plural noun as nobody, and trophies and olympiads as events', () => {
    expect(typed('Chief Financial Officer Yoshimitsu Goto spoke. The Financial Times reported it.')).toEqual({ 'Yoshimitsu Goto': 'person', 'Financial Times': 'organization' });
    expect(typed('Moody’s Ratings said the outlook was stable. Jones said so.')).toEqual({ 'Moody’s': 'organization', Jones: 'person' });
    expect(typed('India prepared for the Champions Trophy. He won gold at the Chess Olympiad.')).toEqual({ India: 'place' });
  });

  it('reads posts held by the name next to them: after a body’s possessive, a second title, a party label', () => {
    expect(typed('Ma Yongsheng, Sinopec’s chairman, joined by video link.')).toMatchObject({ 'Ma Yongsheng': 'person', Sinopec: 'organization' });
    expect(typed('He met Emirati President Sheikh Mohamed bin Zayed Al Nahyan. Amit Shah spoke.')).toEqual({ 'Mohamed bin Zayed Al Nahyan': 'person', 'Amit Shah': 'person' });
    expect(typed('Local MPP Terence Kernaghan called on NBA Commissioner Adam Silver.')).toMatchObject({ 'Terence Kernaghan': 'person', 'Adam Silver': 'person' });
    expect(typed('COCOBOD chief executive Randy Abbey said so.')).toMatchObject({ 'Randy Abbey': 'person' });
  });
});

