import { typed } from './helpers';

describe('phrase-level rules', () => {
  it('reads an apposition by its head noun, and a post set off by commas as its holder', () => {
    expect(typed('Marit Kvalsund, the union leader, spoke first.')).toEqual({ 'Marit Kvalsund': 'person' });
    expect(typed('Brontel, the union-backed retailer, closed stores.')).toEqual({ Brontel: 'organization' });
    expect(typed('The mayor sacked her deputy mayor, Christian Vollrath, on Friday.')).toEqual({ 'Christian Vollrath': 'person' });
    expect(typed('Doru Talpă, director general of the agency, resigned.')).toEqual({ 'Doru Talpă': 'person' });
  });

  it('keeps "and" inside an organisation name only where the name needs it', () => {
    const found = typed('The Seed and Soil Authority warned farmers. The Ministry of Fisheries and Oceans agreed.', 'Britain and France signed. The Ministry of Defence and Foreign Office objected.');
    expect(found).toMatchObject({ 'Seed and Soil Authority': 'organization', 'Ministry of Fisheries and Oceans': 'organization', 'Ministry of Defence': 'organization', 'Foreign Office': 'organization' });
    expect(found).toMatchObject({ Britain: 'place', France: 'place' });
  });

  it('strips civic, religious and academic titles, and reads the place a civic post belongs to', () => {
    expect(typed('Councillor Ruth Abernethy and Archdeacon Paul Okonjo met Vice-Chancellor Amira Saleh.')).toEqual({
      'Ruth Abernethy': 'person',
      'Paul Okonjo': 'person',
      'Amira Saleh': 'person',
    });
    expect(typed('Tarrowby Mayor Joan Pell opened the bridge. Lena Brisk, the MP for Kelvale, was there.')).toMatchObject({ Tarrowby: 'place', Kelvale: 'place', 'Joan Pell': 'person' });
  });

  it('gives a name with no evidence the kind of the names it is listed with', () => {
    expect(typed('Floods reached Paris and Quimbrey, and the bus between Velmor and Leeds stopped.')).toMatchObject({ Quimbrey: 'place', Velmor: 'place' });
    expect(typed('The firm has offices in villages such as Ashcombe.')).toMatchObject({ Ashcombe: 'place' });
    expect(typed('A Dunmere-based charity helped.')).toEqual({ Dunmere: 'place' });
  });

  it('reads a company from "The company" in the next sentence, and clubs in a ranked results line', () => {
    expect(typed('Trundle will close two depots. The company blamed rising costs.')).toEqual({ Trundle: 'organization' });
    expect(typed('1. Vaskarla (NOR) 6:01 2. Mira Tolstad (NOR) 6:04')).toEqual({ Vaskarla: 'organization', 'Mira Tolstad': 'person' });
  });

  it('does not read counted things, named instruments or institution members as names', () => {
    expect(typed('The museum returned four Kesra Masks to Ghana.')).toEqual({ Ghana: 'place' });
    expect(typed('Engineers using the Vantor space telescope saw it.')).toEqual({});
    expect(typed('Senate Republicans blocked the bill.')).toEqual({ Senate: 'organization' });
  });
});
