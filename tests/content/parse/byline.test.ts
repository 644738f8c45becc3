import { readByline } from '../../../src/content/parse/byline';
import { DEFAULT_SECTION_WORDS } from '../../../src/content/section-words';

const read = (line: string) => readByline(line, DEFAULT_SECTION_WORDS);

describe('readByline', () => {
  it('reads author, section and date', () => {
    expect(read('Fuad Muxtarlı Feature 11 January 2021')).toEqual({
      author: 'Fuad Muxtarlı',
      section: 'Feature',
      date: { kind: 'valid', iso: '2021-01-11', text: '11 January 2021' },
    });
  });

  it('prefers the longest section match', () => {
    expect(read('Leyla Mammadova South Caucasus 11.01.2021')).toMatchObject({ author: 'Leyla Mammadova', section: 'South Caucasus' });
    expect(read('Ann Lee Breaking News 11.01.2021')).toMatchObject({ author: 'Ann Lee', section: 'Breaking News' });
  });

  it('uses only the given section words', () => {
    expect(readByline('Ann Lee Feature 11 January 2021', ['Politics'])).toMatchObject({ author: 'Ann Lee Feature', section: null });
    expect(readByline('Ann Lee Long Reads 11 January 2021', ['Long Reads', 'Reads'])).toMatchObject({ author: 'Ann Lee', section: 'Long Reads' });
  });

  it('allows an author alone, "By", separators and a date alone', () => {
    expect(read('By Ann Lee, 2021-01-11')).toMatchObject({ author: 'Ann Lee', section: null });
    expect(read('Ann Lee | Politics | 2021-01-11')).toMatchObject({ author: 'Ann Lee', section: 'Politics' });
    expect(read('11 January 2021')).toMatchObject({ author: null, section: null });
    expect(read('Feature 11 January 2021')).toMatchObject({ author: null, section: 'Feature' });
  });

  it('reads an undated "By" line as the author and their desk', () => {
    expect(read('By Marcus Hale, Resources Correspondent')).toEqual({ author: 'Marcus Hale', section: null, date: null });
    expect(read('By Siân Morgan, Politics')).toEqual({ author: 'Siân Morgan', section: 'Politics', date: null });
    expect(read('By Ursula von der Leyen')).toEqual({ author: 'Ursula von der Leyen', section: null, date: null });
  });

  it.each(['By Tuesday, the talks had collapsed.', 'By noon the roads were closed', 'By Ann', 'Marcus Hale, Resources Correspondent'])(
    'does not read "%s" as an undated byline',
    (line) => {
      expect(read(line)).toBeNull();
    },
  );

  it('keeps an unreadable date so it can be reported', () => {
    expect(read('Ann Lee Feature 01/02/2021')).toEqual({ author: 'Ann Lee', section: 'Feature', date: { kind: 'unrecognised', text: '01/02/2021' } });
  });

  it.each([
    'Fuad Muxtarlı Feature',
    'The summit was held on 11 January 2021',
    'It was signed in Moscow on 11 January 2021.',
    'One two three four five six seven eight nine ten eleven 11 January 2021',
  ])('%s is not a byline', (line) => {
    expect(read(line)).toBeNull();
  });
});
