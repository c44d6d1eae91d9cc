import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;

/**
 * The block structure of a Markdown file, read by markdown-it (CommonMark + GFM tables and
 * strikethrough): headings, paragraphs, lists of items holding blocks, code, tables, raw HTML and
 * block quotes, each with the 1-based lines it spans.
 */
export type Block =
  | { kind: 'heading'; depth: number; text: string; line: number; end: number }
  | { kind: 'paragraph'; text: string; line: number; end: number }
  | { kind: 'list'; ordered: boolean; items: ListItem[]; line: number; end: number }
  | { kind: 'code'; lang: string; value: string; line: number; end: number }
  | { kind: 'table'; header: string[]; rows: string[][]; line: number; end: number }
  | { kind: 'html'; value: string; line: number; end: number }
  | { kind: 'quote'; children: Block[]; line: number; end: number }
  | { kind: 'hr'; line: number; end: number };

export interface ListItem {
  children: Block[];
  line: number;
  end: number;
}

// Only the block structure is used (inline content stays source text), so inline parsing is off.
const markdown = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
markdown.core.ruler.disable(['inline', 'text_join']);

/**
 * markdown-it's Token sets each of its fields with Object.defineProperty (a compiled class-field
 * helper), a tenth of the parse on a large bank. Block rules make their tokens with `state.push`:
 * on this parser only (not the module's shared classes), push makes the same Token (its prototype,
 * its fields in its order) by plain assignment.
 */
const TokenClass = new markdown.block.State('', markdown, {}, []).Token;

class LeanToken {
  declare type: string;
  declare tag: string;
  declare attrs: Token['attrs'];
  declare map: Token['map'];
  declare nesting: Token['nesting'];
  declare level: number;
  declare children: Token['children'];
  declare content: string;
  declare markup: string;
  declare info: string;
  declare meta: unknown;
  declare block: boolean;
  declare hidden: boolean;

  constructor(type: string, tag: string, nesting: Token['nesting']) {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
}
Object.setPrototypeOf(LeanToken.prototype, TokenClass.prototype);

class LeanStateBlock extends markdown.block.State {
  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = new LeanToken(type, tag, nesting) as unknown as Token;
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}
markdown.block.State = LeanStateBlock;

/** An HTML block that is one heading element and nothing else (its text may hold inline tags). */
const HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>((?:(?!<\/?h[1-6]\b)[\s\S])*?)<\/h\1>\s*$/i;

/** An HTML block opening with a heading element: the heading, then what follows it on the next lines. */
const HTML_HEADING_FIRST = /^\s*<h([1-6])(?:\s[^>]*)?>((?:(?!<\/?h[1-6]\b)[^\n])*)<\/h\1>[ \t]*\n/i;

function htmlBlocks(html: string, line: number, end: number): Block | Block[] {
  const whole = HTML_HEADING.exec(html);
  if (whole) return { kind: 'heading', depth: Number(whole[1]), text: whole[2].trim(), line, end };
  const first = HTML_HEADING_FIRST.exec(html);
  if (!first) return { kind: 'html', value: html, line, end };
  const heading: Block = { kind: 'heading', depth: Number(first[1]), text: first[2].trim(), line, end: line };
  const rest = htmlBlocks(html.slice(first[0].length), line + 1, end);
  return [heading, ...(Array.isArray(rest) ? rest : [rest])];
}

/** Lines per parse, about: large files are parsed in sections (see sections()). */
const SECTION_LINES = 2000;

export function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const section of sections(text)) {
    const tokens = markdown.parse(section.text, {});
    for (const block of new TokenReader(tokens, section.firstLine).blocks(null)) blocks.push(block);
  }
  return blocks;
}

/**
 * A large file cut before top-level headings into sections parsed one by one: the same blocks
 * (a `#` heading after a blank line, outside code fences and HTML comments or <pre>, ends every
 * list, quote, paragraph and HTML block), but markdown-it's tokens for one section at a time stay
 * young garbage. On a 5 MB bank this halves the parse's CPU time, most of which was collecting.
 */
function sections(text: string): { text: string; firstLine: number }[] {
  const out: { text: string; firstLine: number }[] = [];
  let from = 0; // offset of the section's first character
  let fromLine = 0;
  let fence: string | null = null;
  let rawHtml = false;
  let previousBlank = true;
  for (let start = 0, n = 0; start < text.length; n++) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    let at = start;
    while (text.charCodeAt(at) === 32 && at < stop) at++;
    const first = at < stop ? text[at] : '';
    const blank = at === stop || text.slice(at, stop).trim() === '';
    if (first === '`' || first === '~' || first === '<' || first === '#' || fence !== null || rawHtml) {
      const line = text.slice(start, stop);
      if (first === '`' || first === '~') {
        const open = /^ *(`{3,}|~{3,})/.exec(line);
        if (open && fence === null) fence = open[1];
        else if (open && open[1][0] === fence?.[0] && open[1].length >= fence.length) fence = null;
      } else if (fence === null) {
        if (rawHtml) {
          if (/-->|<\/(?:pre|script|style|textarea)>/i.test(line)) rawHtml = false;
        } else if (first === '<') {
          rawHtml = /^ {0,3}(?:<!--|<(?:pre|script|style|textarea)\b)/i.test(line) && !/-->|<\/(?:pre|script|style|textarea)>/i.test(line);
        } else if (at === start && n - fromLine >= SECTION_LINES && previousBlank && /^#{1,6}(?:\s|$)/.test(line)) {
          out.push({ text: text.slice(from, start - 1), firstLine: fromLine });
          from = start;
          fromLine = n;
        }
      }
    }
    previousBlank = blank;
    start = stop + 1;
  }
  out.push({ text: text.slice(from), firstLine: fromLine });
  return out;
}

class TokenReader {
  private i = 0;

  constructor(
    private readonly tokens: Token[],
    /** Lines before the section the tokens come from. */
    private readonly lineOffset: number,
  ) {}

  /** Blocks until the closing token `close` (or the end). */
  blocks(close: string | null): Block[] {
    const out: Block[] = [];
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i];
      if (close !== null && token.type === close) {
        this.i++;
        return out;
      }
      const block = this.block(token);
      if (Array.isArray(block)) out.push(...block);
      else if (block) out.push(block);
    }
    return out;
  }

  private block(token: Token): Block | Block[] | null {
    const [start, stop] = token.map ?? [0, 0];
    const line = start + 1 + this.lineOffset;
    const end = stop + this.lineOffset;
    switch (token.type) {
      case 'heading_open': {
        const inline = this.tokens[this.i + 1];
        this.i += 3;
        return { kind: 'heading', depth: Number(token.tag.slice(1)), text: inline?.content ?? '', line, end };
      }
      case 'paragraph_open': {
        const inline = this.tokens[this.i + 1];
        this.i += 3;
        return { kind: 'paragraph', text: inline?.content ?? '', line, end };
      }
      case 'fence':
      case 'code_block':
        this.i++;
        return { kind: 'code', lang: token.info.trim().split(/\s+/)[0] ?? '', value: token.content.replace(/\n$/, ''), line, end };
      case 'html_block': {
        this.i++;
        // `<h3 id="1">Alibaba</h3>`: a heading written in HTML is a heading, also when the HTML goes on below it.
        return htmlBlocks(token.content, line, end);
      }
      case 'hr':
        this.i++;
        return { kind: 'hr', line, end };
      case 'blockquote_open':
        this.i++;
        return { kind: 'quote', children: this.blocks('blockquote_close'), line, end };
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.list(token.type === 'ordered_list_open', line, end);
      case 'table_open':
        return this.table(line, end);
      default:
        this.i++;
        return null;
    }
  }

  private list(ordered: boolean, line: number, end: number): Block {
    const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
    this.i++;
    const items: ListItem[] = [];
    while (this.i < this.tokens.length && this.tokens[this.i].type !== close) {
      const token = this.tokens[this.i];
      if (token.type === 'list_item_open') {
        const [start, stop] = token.map ?? [0, 0];
        this.i++;
        items.push({ children: this.blocks('list_item_close'), line: start + 1 + this.lineOffset, end: stop + this.lineOffset });
      } else this.i++;
    }
    this.i++;
    return { kind: 'list', ordered, items, line, end };
  }

  private table(line: number, end: number): Block {
    const rows: string[][] = [];
    let row: string[] | null = null;
    this.i++;
    while (this.i < this.tokens.length && this.tokens[this.i].type !== 'table_close') {
      const token = this.tokens[this.i];
      if (token.type === 'tr_open') row = [];
      else if (token.type === 'tr_close' && row) rows.push(row);
      else if (token.type === 'inline' && row) row.push(token.content.trim());
      this.i++;
    }
    this.i++;
    return { kind: 'table', header: rows[0] ?? [], rows: rows.slice(1), line, end };
  }
}
