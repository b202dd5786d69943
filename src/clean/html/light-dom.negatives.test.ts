import { describe, expect, it } from 'vitest';
import { parseLight } from './light-dom.js';

describe('parseLight: inputs that yield no body text', () => {
  it.each([
    ['empty string', ''],
    ['only a comment', '<!-- nothing here -->'],
    ['only a doctype', '<!DOCTYPE html>'],
    ['empty tags', '<div><span></span></div>'],
    ['head only', '<html><head><title>Title only</title></head></html>'],
    ['unterminated tag', '<div class="x'],
  ])('%s', (_name, html) => {
    const doc = parseLight(html);
    expect(doc.body.textContent).toBe('');
  });
});
