import MarkdownIt from 'markdown-it';

/**
 * Rubric text (reference answers, guidance, sample answers, kit notes) is Markdown as imported banks
 * write it. markdown-it renders it with raw HTML off, so "<script>" stays text, and with its link
 * check, so javascript:, vbscript:, file: and data: links are not links: the HTML it returns is safe
 * to insert. CommonMark plus GFM tables and strikethrough, the dialect the importer reads.
 */
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false }).enable(['table', 'strikethrough']);

// The app's own classes on code blocks and tables, so they look like the rest of the app.
markdown.core.ruler.push('panelist_classes', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'table_open') token.attrJoin('class', 'table table--compact');
  }
});
const renderFence = markdown.renderer.rules.fence;
const renderCodeBlock = markdown.renderer.rules.code_block;
markdown.renderer.rules.fence = (tokens, index, options, env, self) =>
  (renderFence?.(tokens, index, options, env, self) ?? '').replace(/^<pre>/, '<pre class="code-block">');
markdown.renderer.rules.code_block = (tokens, index, options, env, self) =>
  (renderCodeBlock?.(tokens, index, options, env, self) ?? '').replace(/^<pre>/, '<pre class="code-block">');
// Links in a rubric leave the interview open: a new tab, without handing it the opener.
markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index].attrSet('target', '_blank');
  tokens[index].attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, index, options);
};

/** Blocks: paragraphs, lists, code fences, tables, quotes. */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}

/** One line (a Look-for point): inline code, emphasis and links only. */
export function renderInlineMarkdown(text: string): string {
  return markdown.renderInline(text);
}
