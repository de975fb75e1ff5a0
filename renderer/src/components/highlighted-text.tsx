import type { TextSegment } from '../../../shared/domain/schemas/search';

/** A search excerpt: every piece is rendered as text, matches inside <mark>, never as HTML. */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
