import { readDate, readTrailingDate } from '../../../src/content/parse/parse-date';

describe('readDate', () => {
  it.each([
    ['11 January 2021', '2021-01-11'],
    ['11 january 2021', '2021-01-11'],
    ['11th January 2021', '2021-01-11'],
    ['January 11, 2021', '2021-01-11'],
    ['January 11 2021', '2021-01-11'],
    ['11 Jan 2021', '2021-01-11'],
    ['11 Jan. 2021', '2021-01-11'],
    ['Jan. 11, 2021', '2021-01-11'],
    ['Sept 3, 2020', '2020-09-03'],
    ['2021-01-11', '2021-01-11'],
    ['2021-1-9', '2021-01-09'],
    ['11.01.2021', '2021-01-11'],
    ['Sunday, January 6, 2019', '2019-01-06'],
    ['Sunday, 6 January 2019', '2019-01-06'],
    ['Sun 6 Jan 2019', '2019-01-06'],
  ])('%s → %s', (text, iso) => {
    expect(readDate(text)).toEqual({ kind: 'valid', iso, text });
  });

  it.each([
    ['31 February 2021', 'February 2021 has 28 days'],
    ['2021-02-29', 'February 2021 has 28 days'],
    ['0 March 2021', 'March 2021 has 31 days'],
    ['2021-13-01', 'there is no month 13'],
    ['31.04.2021', 'April 2021 has 30 days'],
  ])('%s is impossible: %s', (text, reason) => {
    expect(readDate(text)).toEqual({ kind: 'impossible', text, reason });
  });

  it.each(['01/02/2021', '1/2/21', 'January 2021', 'soon', '', '11 Janury 2021', 'Janury 11, 2021', 'on 11 January 2021'])('%s is unrecognised', (text) => {
    expect(readDate(text).kind).toBe('unrecognised');
  });
});

describe('readTrailingDate', () => {
  it('finds the date at the end of a line and where it starts', () => {
    expect(readTrailingDate('Fuad Muxtarlı Feature 11 January 2021')).toEqual({
      reading: { kind: 'valid', iso: '2021-01-11', text: '11 January 2021' },
      start: 22,
    });
  });

  it.each(['Fuad Muxtarlı Feature', 'It happened in 2021', 'Chapter 11 2021', 'The 11 January 2021 meeting', 'x'.repeat(300) + ' 11 January 2021'])(
    'no date at the end of %s',
    (line) => {
      expect(readTrailingDate(line)).toBeNull();
    },
  );
});
