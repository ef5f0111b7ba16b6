/** The pieces the Excel desktop pane sends the Board pack dialog (messageChild): reassembled, they are the pack exactly. */
import { describe, expect, it } from 'vitest';
import { dialogMessages } from '../../src/excel/save-document';

function reassemble(messages: ReadonlyArray<string>): string {
  const parts: string[] = [];
  for (const m of messages) {
    const piece = JSON.parse(m) as { i: number; n: number; text: string };
    expect(piece.n).toBe(messages.length);
    parts[piece.i] = piece.text;
  }
  return parts.join('');
}

describe('dialogMessages', () => {
  it('splits the HTML into numbered pieces that put it back together exactly', () => {
    const html = '<!DOCTYPE html><p>' + 'é"\\<>\u202E'.repeat(20_000) + '</p>';
    const messages = dialogMessages(html, 30_000);
    expect(messages.length).toBe(Math.ceil(html.length / 30_000));
    expect(reassemble(messages)).toBe(html);
    for (const m of messages) expect((JSON.parse(m) as { text: string }).text.length).toBeLessThanOrEqual(30_000);
  });

  it('sends an empty document as one piece', () => {
    expect(dialogMessages('')).toEqual(['{"i":0,"n":1,"text":""}']);
  });
});
