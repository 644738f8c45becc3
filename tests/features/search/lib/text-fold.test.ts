import fc from 'fast-check';
import { foldText, foldWithOffsets, scanWords, tokenize } from '../../../../src/shared/text-fold';

describe('foldText', () => {
  it('folds dotless i, capitals and diacritics so spellings compare equal', () => {
    expect(foldText('Muxtarlı')).toBe('muxtarli');
    expect(foldText('MUXTARLI')).toBe(foldText('Muxtarlı'));
    expect(foldText('İlham Əliyev')).toBe('ilham eliyev');
    expect(foldText('Café Zürich Ñoño')).toBe('cafe zurich nono');
  });

  it('maps letters NFKD does not decompose', () => {
    expect(foldText('Søren Łódź Đorđe Straße Ærø Œuvre Þór')).toBe('soren lodz dorde strasse aero oeuvre thor');
  });

  it('straightens curly quotes and expands compatibility forms', () => {
    expect(foldText('Putin’s “plan”')).toBe('putin\'s "plan"');
    expect(foldText('ﬁnal ①')).toBe('final 1');
  });

  it('treats composed and decomposed input alike', () => {
    expect(foldText('e\u0301')).toBe(foldText('é'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldText(foldText(s)) === foldText(s)));
  });
});

describe('foldWithOffsets', () => {
  it('maps every folded unit back to the code point it came from', () => {
    const { folded, origin } = foldWithOffsets('Aß😀ı');
    expect(folded).toBe('ass😀i');
    expect(Array.from(origin)).toEqual([0, 1, 1, 2, 2, 4, 5]);
  });

  it('agrees with foldText on any input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldWithOffsets(s).folded === foldText(s)));
  });
});

describe('tokenize', () => {
  it('splits on non-letters, keeps digits and any script', () => {
    expect(tokenize('Putin met Aliyev, 11 January 2021 — Москва!')).toEqual(['putin', 'met', 'aliyev', '11', 'january', '2021', 'москва']);
  });

  it('keeps a hyphenated word whole and as parts', () => {
    expect(tokenize('Post-Karabakh talks')).toEqual(['post-karabakh', 'post', 'karabakh', 'talks']);
  });

  it('drops possessive s and inner apostrophes', () => {
    expect(tokenize('Putin’s O’Brien don\'t')).toEqual(['putin', 'obrien', 'dont']);
  });

  it('folds tokens', () => {
    expect(tokenize('Fuad Muxtarlı')).toEqual(['fuad', 'muxtarli']);
  });
});

describe('scanWords', () => {
  it('reports original offsets, excluding the possessive', () => {
    const text = 'Ask Putin’s aide';
    const spans = scanWords(text).flatMap((g) => g.parts);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Ask', 'Putin', 'aide']);
  });
});
