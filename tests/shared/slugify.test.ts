import { slugify } from '../../src/shared/slugify';

describe('slugify', () => {
  it.each([
    ['Azeri, Armenian Leaders In Moscow For Crucial Post-Karabakh Meeting', 'azeri-armenian-leaders-in-moscow-for-crucial-post-karabakh-meeting'],
    ['Azerbaijani military police in the Lachin corridor?', 'azerbaijani-military-police-in-the-lachin-corridor'],
    ['Fuad Muxtarlı', 'fuad-muxtarli'],
    ['Jean-Paul  Sartre', 'jean-paul-sartre'],
    ['Əliyev və Paşinyan', 'eliyev-ve-pasinyan'],
    ['İstanbul Şişli Ağaç', 'istanbul-sisli-agac'],
    ['Straße', 'strasse'],
    ['Søren Łódź Đorđe', 'soren-lodz-dorde'],
    ['Crème brûlée à la façon', 'creme-brulee-a-la-facon'],
    ['Putin’s inner circle', 'putins-inner-circle'],
    ["Putin's plan", 'putins-plan'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['ﬁnal ² Ｆｕｌｌ', 'final-2-full'],
    ['Æther & Œuvre', 'aether-oeuvre'],
    ['10 November 2020', '10-november-2020'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('keeps non-Latin scripts as letters, with their own marks', () => {
    expect(slugify('Путин и Макрон обсудили')).toBe('путин-и-макрон-обсудили');
    expect(slugify('Новый закон: «Йошкар-Ола»')).toBe('новый-закон-йошкар-ола');
    expect(slugify('Αθήνα 2021')).toBe('αθήνα-2021');
    expect(slugify('مرحبا بالعالم')).toBe('مرحبا-بالعالم');
    expect(slugify('東京 ニュース')).toBe('東京-ニュース');
    expect(slugify('हिन्दी समाचार')).toBe('हिन्दी-समाचार');
    expect(slugify('한국 뉴스')).toBe('한국-뉴스');
  });

  it('returns an empty string when nothing is left', () => {
    expect(slugify('')).toBe('');
    expect(slugify('?! — …')).toBe('');
    expect(slugify('’')).toBe('');
  });

  it('is idempotent', () => {
    for (const text of ['Fuad Muxtarlı', 'Путин и Макрон', 'Straße 5', 'a--b']) expect(slugify(slugify(text))).toBe(slugify(text));
  });
});
