import '../questions.css';
interface Segment {
  text: string;
  match: boolean;
}

/** The prompt with the search matches in <mark>; text is rendered as text, never as HTML. */
export function Highlight({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
