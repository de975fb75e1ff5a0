import type { TextSegment } from '../../../../shared/domain/schemas/search';

/*
 * snippet() marks matches with two private-use characters, which the vault's text does
 * not use, and the excerpt is then cut into plain-text segments. The UI renders segments
 * as text, so stored text can never become markup.
 */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export function toSegments(snippet: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const previous = segments.at(-1);
    if (previous !== undefined && previous.match === match) previous.text += text;
    else segments.push({ text, match });
    text = '';
  };
  for (const character of snippet) {
    if (character === MATCH_START || character === MATCH_END) {
      flush();
      match = character === MATCH_START;
    } else {
      text += character;
    }
  }
  flush();
  return segments;
}
