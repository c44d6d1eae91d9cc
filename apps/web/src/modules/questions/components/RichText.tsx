import { renderInlineMarkdown, renderMarkdown } from '../utils/markdown';
import '../questions.css';

/** Rubric text as Markdown: paragraphs, lists, tables, code blocks and inline code (raw HTML stays text). */
export function RichText({ text }: { text: string }) {
  // renderMarkdown escapes HTML and drops unsafe links (utils/markdown.ts).
  return <div className="rich-text" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}

/** A single line of rubric text, e.g. a Look-for point, with its inline code and emphasis. */
export function InlineText({ text }: { text: string }) {
  return <span dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(text) }} />;
}
