import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/content/summarize';

describe('summarize', () => {
  it('uses the first paragraph, skipping headings', () => {
    expect(summarize([{ kind: 'heading', id: 'h', text: 'Heading' }, { kind: 'paragraph', text: 'Short first paragraph.' }])).toBe('Short first paragraph.');
  });
  it('keeps whole opening sentences within the limit', () => {
    const sentence = 'This sentence has exactly enough words to matter here. ';
    const summary = summarize([{ kind: 'paragraph', text: sentence.repeat(10) }]);
    expect(summary.length).toBeLessThanOrEqual(220);
    expect(summary.endsWith('matter here.')).toBe(true);
  });
  it('cuts a single very long sentence at a word, with an ellipsis', () => {
    const summary = summarize([{ kind: 'paragraph', text: 'word '.repeat(100) }]);
    expect(summary.endsWith('word…')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(221);
  });
  it('is empty when there is no paragraph', () => {
    expect(summarize([])).toBe('');
  });
});
