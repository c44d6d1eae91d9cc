import { judgeNoise } from '../clean/noise';
import type { BankShapeReport, MarkdownInterpretation, QuestionShape, Rubric, SkippedItem, SourceRef } from '../model';
import { MARKERS, type MarkerField } from '../rubric/markers';
import { appendText, emptyRubric } from '../rubric/rubric';
import { asListEntry } from '../rubric/split-guidance';
import { type Block, type ListItem, readBlocks } from './markdown/blocks';
import { excerpt, type FormatParseResult, type RawQuestion } from './raw-question';

/**
 * Markdown banks, read as a syntax tree (markdown-it). Recognised shapes of a question:
 * - a list item phrased as a question (nested items: follow-ups, or rubric fields after a marker);
 * - a heading phrased as a question (`### What is a closure?`, `1. ### What is …`, `###### 3. What's the output?`);
 * - a heading that titles a question asked by the paragraph(s) after it (the title is the question's `label`);
 * - `Q:` / `Question:` paragraphs (answered by `A:` / `Answer:`), and bold questions (`**What is X?**`);
 * - question/answer tables; `<details><summary>Question?</summary>answer</details>`;
 * - multiple choice: a question, its code, a list of options (kept in the prompt) and the answer.
 * What follows a question up to the next one is its answer (Markdown kept readable); code before any
 * answer text is the question's own snippet. Navigation (tables of contents as lists or tables,
 * back-to-top links, badges, images), front matter, introductions and licence/contributing sections
 * are skipped with a reason.
 */

const QUESTION_START =
  /^(?:what|how|why|when|where|which|who|whom|whose|can|could|would|should|do|does|did|is|are|was|were|have|has|will|explain|describe|design|tell|talk|walk|write|implement|compare|contrast|define|discuss|give|given|name|list|outline|imagine|suppose|you|your|let'?s|build|create|estimate|debug|refactor|review|defend|justify|share|sketch|propose|summari[sz]e|identify|find|show|consider|assume|examine|look at|in what|if|differentiate|distinguish|elaborate|illustrate|demonstrate|enumerate|calculate|predict|analy[sz]e|evaluate|briefly)\b/i;
/** Headings name sections far more often than they ask: only interrogatives and clear requests count. */
const HEADING_QUESTION_START =
  /^(?:what|how|why|when|where|which|who|whose|can|could|would|should|do|does|did|is|are|was|were|has|have|will|explain|describe|tell me|compare|define|write a|implement|design an?\b|give an|briefly (?:explain|describe)|differentiate|distinguish)\b/i;
/**
 * Interrogatives and requests of the other languages banks are written in (Russian, Spanish,
 * Portuguese, French, German, Italian), at the start; `\b` only knows ASCII letters, hence the lookahead.
 */
const OTHER_LANGUAGE_QUESTION_START = new RegExp(
  `^(?:¿|(?:${[
    // Russian
    'что',
    'чем',
    'чего',
    'как(?:ой|ая|ое|ие|им|их|ова|ов|овы|ово)?',
    'почему',
    'зачем',
    'когда',
    'где',
    'куда',
    'откуда',
    'сколько',
    'кто',
    'в\\s+ч[её]м',
    'для\\s+чего',
    'за\\s+что',
    'с\\s+как\\S*',
    'в\\s+как\\S*',
    'опишите',
    'объясните',
    'назовите',
    'расскажите',
    'перечислите',
    'приведите',
    'сравните',
    'напишите',
    'написать',
    'реализуйте',
    'реализовать',
    'прокомментир\\S*',
    'отличи[еяй]',
    'разница',
    'различи[ея]',
    // Spanish and Portuguese
    'qu[eé]',
    'c[oó]mo',
    'cu[aá]l(?:es)?',
    'cu[aá]ndo',
    'd[oó]nde',
    'por\\s*qu[eé]',
    'qui[eé]n(?:es)?',
    'expli(?:ca|que)',
    'descri(?:be|ba|va)',
    'defin(?:e|a)',
    'menciona',
    'diferencias?',
    'diferen[çc]as?',
    'o\\s+que',
    'qual',
    'quais',
    'quando',
    'onde',
    'por\\s*que',
    'quem',
    // French
    "qu['’]est-ce",
    'quel(?:le)?s?',
    'comment',
    'pourquoi',
    'quand',
    'où',
    'expliquez',
    'd[ée]crivez',
    'est-ce',
    'diff[ée]rences?',
    // German
    'wie',
    'warum',
    'wieso',
    'weshalb',
    'wann',
    'welche[rsnm]?',
    'wer',
    'erkl[äa]ren\\s+sie',
    'beschreiben\\s+sie',
    'unterschied(?:e)?',
    // Italian
    'cosa',
    'perch[eé]',
    'quali?',
    'spiega',
    'descrivi',
  ].join('|')}))(?=[\\s,.:;!?¿]|$)`,
  'i',
);
/** A Russian yes/no question: "Можно ли …", "Работали ли Вы …". */
const PARTICLE_QUESTION = /^[\p{L}-]+\s+ли(?=[\s,]|$)/iu;
/** Chinese, Japanese and Korean put the question word anywhere in the sentence. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CJK_ASKING =
  /什么|怎么|怎样|如何|为什么|为何|哪些|哪个|哪种|哪里|是否|有何|多少|区别|差别|不同|异同|作用|原理|简述|简要|说说|谈谈|介绍|解释|描述|比较|写出|实现|何时|吗[？?]?$|呢[？?]?$|なぜ|どう|とは|ですか|ますか|무엇|어떻게|왜|언제|어디|차이|설명|인가|나요|까요|입니까/;
/** Question marks: ASCII, full-width (Chinese, Japanese), Arabic. */
const QUESTION_MARK_END = /[?？؟]$/;
/** What may follow a question's mark: difficulty emoji ("? 👶"), closing ATX hashes, stray punctuation. */
const TRAILING_DECORATION = /(?:[\s\p{Extended_Pictographic}\p{Emoji_Modifier}#*_.!]|\u200d|\ufe0f)+$/u;
/** "[E] What's a norm?", "(Hard) Design …": a difficulty tag, itself the sign of a question. */
const DIFFICULTY_TAG = /^\s*[[(](e|m|h|easy|medium|hard|beginner|intermediate|advanced|junior|mid|senior)[\])]\s*/i;
const DIFFICULTY_LETTERS: Record<string, string> = { e: 'easy', m: 'medium', h: 'hard' };
const NUMBERING = /^(?:q(?:uestion)?\s*(?:\d+[a-z]?)?\s*[:.)-]|\d{1,4}\s*[.)、．）]\s*)\s*/i;
/** "12.", "3)", the Chinese "4、", and "## 7 Python中单下划线": the heading or paragraph is numbered. */
const NUMBERED = /^(?:\d{1,4}\s*[.)、．）]|\d{1,3}\s+(?=[^\d\s]))/;
const TOC_HEADING =
  /^(?:table of contents|contents|toc|index|navigation|on this page|in this (?:article|guide|post)|questions?(?: list)?|[ií]ndice|tabla de contenidos?|contenidos?|sum[aá]rio|table des mati[eè]res|sommaire|inhaltsverzeichnis|inhalt|содержание|оглавление|список вопросов|目录|目錄|目次|목차)$/i;
const META_HEADING =
  /^(?:licen[cs]e|licencia|licença|lizenz|лицензия|许可证|contribuir|contribuciones|contribuições|mitwirken|как помочь|贡献|contributing|contribut(?:e|ors|ion guidelines?)|how to contribute|credits|acknowledge?ments?|sponsors?|support(?: (?:us|the project))?|translations?|changelog|disclaimer|about(?: (?:this|the) (?:repo|repository|project|list))?|introduction|intro|preface|foreword|where are the answers|authors?|maintainers?|stargazers|star history|related (?:projects|lists|topics|repositories)|back to top)(?![\p{L}\d])/iu;
/** Asks the reader to improve the repository, not the candidate anything. */
const CONTRIBUTORS =
  /\b(?:(?:create|open|send|submit|make|raise) an? (?:PR|pull request|issue)|pull requests? (?:are|is) welcome|feel free to contribute|contributions? (?:are|is) welcome)\b/i;
/** Images that decorate a page rather than illustrate an answer. */
const BADGE = /shields\.io|badge|travis-ci|circleci|codecov|gitter\.im|\blogo\b|banner|buymeacoffee|ko-fi|patreon/i;
/**
 * One piece of a line that holds only links: a Markdown link or image, an HTML link or image, a bare URL, or
 * the separators between them. Read piece by piece (sticky), never as one pattern with a repeated group: that
 * form backtracks exponentially on a line such as "<img> http://p <img> http://p … `".
 */
const LINK_PIECE = /(!?\[(?:[^\]]|\][^(])*\]\([^)]*\)|<a\s[^>]*>.*?<\/a>|<img[^>]*>|https?:\/\/\S+)|([\s.,;|·•:–-]+)/iy;
const BACK_TO_TOP_LINE = /^[\s>*_-]*\[[^\]]*(?:back to (?:the )?top|⬆|↑|\bto top\b)[^\]]*\]\(#[^)]*\)[*_\s]*$/i;
const BACK_TO_TOP = /(?:back to (?:the )?top|⬆|↑|\bto top\b)/i;
const FOLLOW_UP_MARKER = /^[*_]{0,2}(?:follow[- ]?ups?(?: questions?)?|probes?|probing questions?)[*_]{0,2}\s*:?[*_]{0,2}\s*(.*)$/i;
const QA_QUESTION = /^(?:\*\*|__)?\s*(?:q(?:uestion)?(?:\s*\d+)?\s*[:.)])\s*(?:\*\*|__)?\s*/i;
const QA_ANSWER = /^(?:\*\*|__)?\s*(?:a(?:nswer)?(?:\s*\d+)?\s*[:.)])/i;
const BOLD_QUESTION = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/s;
/**
 * A paragraph opened by a number in bold: "**1)** The number of active ads.", or a bold number and
 * title, "**2) Factorial**. Calculate a factorial of a number" (the title is the question's label).
 */
const BOLD_NUMBER =
  /^(?:\*\*|__)\s*#?\d{1,4}[a-z]?\s*[.):]\s*(?:(?:\*\*|__)\s*(\S[\s\S]*)|([^*_\n]{1,80}?)\s*[.:]?\s*(?:\*\*|__)\s*[.:]?\s*([\s\S]*))$/;
/** "Question:" or "**Answer:**" alone in its paragraph: a label for the block below it. */
const BARE_QA_LABEL = /^(?:\*\*|__)?\s*(?:q(?:uestion)?|a(?:nswer)?)(?:\s*\d+)?\s*(?:[:.)]\s*(?:\*\*|__)?|(?:\*\*|__)\s*:)\s*$/i;
/** A paragraph that is one code span: "`git add -A`" between a question and its options. */
const CODE_SPAN_ONLY = /^(`+)([^`][\s\S]*?)\1$/;
/** An answer still to be written: "....", "TODO", "TBD". */
const PLACEHOLDER_ANSWER = /^(?:[\s.…·_\-–—]*|todo|tbd|tba|wip|coming soon|to be (?:added|written|done)|n\/a)$/i;
const OPTION = /^(?:\(?[A-Ha-h1-9][:.)]|\[[ xX]\])\s+\S/;
/** Sub-headings that only introduce the links an answer came from. */
const SOURCES_HEADING =
  /^(?:(?:additional|useful|more|further|other|external) )?(?:sources?|references?|resources?|reading|read more|links?|credits?)$/i;
/** Sub-headings of an answer that name a rubric field: "#### Good to hear", "Look for", "Red flags". */
const RUBRIC_HEADING = /^(?:good to hear|look(?:ing)? for|what to look for|red flags?|warning signs?)$/i;
/** "Want to buy a book? Want some flashcards?": a heading asking the reader, not the candidate. */
const CALL_TO_ACTION =
  /^(?:want|looking for|need help|interested in|like (?:this|it)|love (?:this|it)|enjoy(?:ing)?|found this|support|what (?:you can|to) do next|what'?s next|next steps|where to go (?:from here|next)|(?:you can )?(?:also )?(?:explore|find|see|get|read|check out|view|browse|download)\b.{0,40}\b(?:all|more|full|the rest|remaining|\d+)\b.{0,30}\b(?:answers|questions)\b)/i;
/** A prompt that points at code shown with it. */
const CODE_CUE =
  /\b(?:code|snippets?|output|outputs|print(?:s|ed)?|logs?|logged|returns?|returned|evaluates?|result|following|below|above|this (?:function|program|script|class|component|query|statement|expression|regex|command)|query|bug|wrong|fix|refactor|review)\b/i;
const HEADING_SHAPES: ReadonlySet<QuestionShape> = new Set(['heading', 'numbered-heading', 'titled-heading']);
const ANSWERING_CODE_SHAPES: ReadonlySet<QuestionShape> = new Set(['heading', 'numbered-heading']);
/** "Print numbers from 1 to 100", "Return the index of …": a task, whose code is its solution … */
const TASK_START =
  /^(?:write|implement|print|return|calculate|compute|find|remove|count|reverse|sort|merge|create|build|generate|convert|check|determine|given|construct|make|solve|code|program|develop)\b/i;
/** Tasks a titled heading's paragraph may set ("### FizzBuzz" + "Print numbers from 1 to 100"). */
const TITLED_TASK = /^(?:print|return|calculate|compute|reverse|sort|merge|convert|count|remove|generate|determine|construct|solve)\b/i;
/** … unless it points at code shown with it. */
const POINTS_AT_CODE =
  /\b(?:following|below|above)\b|\b(?:this|these|given) (?:code|snippets?|programs?|functions?|query|queries|scripts?|class|statements?|expressions?|commands?|syntax)\b|\boutput\b|\bwhat (?:does|will|would)\b/i;
/** "See more resources", "References": a collapsed list of links (not "Run a pod … with resources request of 64Mi"). */
const RESOURCES_SUMMARY =
  /^(?:(?:see|show|view|read|click for)\s+)?(?:(?:more|useful|additional|further|other|external)\s+)?(?:resources?|references?|links?|reading|sources?|more)(?:\s+\S+){0,2}$/i;
const ANSWER_SUMMARY =
  /^(?:click|(?:(?:view|show|see|reveal|toggle|check|display|read|open|get) (?:the |an? )?)?(?:answers?|solutions?|explanations?|hints?|reveal|expand|details|output|results?|respuestas?|soluci[oó]n|respostas?|r[ée]ponses?|ответы?|решение|antwort|l[öo]sung|答案|解答|解析|参考答案))(?![\p{L}\d])/iu;

export function looksLikeMarkdown(text: string): boolean {
  return /^ {0,3}#{1,6}\s+\S/m.test(text) || /^\s*(?:[-*+]|\d{1,4}[.)])\s+\S/m.test(text);
}

export interface MarkdownOptions {
  interpretation?: MarkdownInterpretation;
}

export function parseMarkdown(text: string, fileName: string, options: MarkdownOptions = {}): FormatParseResult {
  return new MarkdownBankReader(text, fileName, options.interpretation ?? 'auto').read();
}

interface QuestionBuilder {
  prompt: string;
  code: string | null;
  codeLanguage: string;
  options: string[];
  answer: string[];
  rubric: Rubric;
  followUps: string[];
  category: string[];
  label: string | null;
  source: SourceRef;
  shape: QuestionShape;
  /** Declared by a heading (or a paragraph, table, details): its list items are answer content. */
  fromHeading: boolean;
  headingDepth: number;
  /** Declared by a paragraph numbered in bold ("**1)** …"): the next such paragraph is a sibling question. */
  numberedInBold?: boolean;
  /** A difficulty the file states ("[E]", "(Hard)"). */
  difficulty?: string;
}

class MarkdownBankReader {
  private readonly questions: RawQuestion[] = [];
  private readonly skipped: SkippedItem[] = [];
  private readonly lines: string[];
  /** The prepared file as one string, for the parser. */
  private readonly text: string;
  private headings: { depth: number; text: string }[] = [];
  private current: QuestionBuilder | null = null;
  /** A section that is navigation or project notes, with the reason, until a heading as deep or shallower. */
  private skipSection: { depth: number; reason: string; toc: boolean } | null = null;
  private ordinal = 0;
  /** Trailing marks (emoji) of bold questions, with how many questions carried each. */
  private readonly boldMarks = new Map<string, number>();
  /** The section reads questions as paragraphs between horizontal rules; the next paragraph may open one. */
  private ruledSection = false;
  private ruleBoundary = false;
  /** The line of a "Question:" label alone in its paragraph: the next paragraph is the question. */
  private pendingQuestion: number | null = null;
  private siblings = new SiblingHeadings([]);
  /** The heading being read opens a list item (`1. ### …`). */
  private itemHeading = false;
  /** The last heading that declared a question: its siblings are read the same way. */
  private lastQuestionHeading: { depth: number; titled: boolean; numbered: boolean } | null = null;
  private readonly seen = { headings: 0, listItems: 0, paragraphs: 0, tableRows: 0 };
  private readonly shapes = new Map<QuestionShape, { questions: number; firstLine: number }>();
  private candidates = { headings: 0, listItems: 0, tableRows: 0, paragraphs: 0 };

  constructor(
    text: string,
    private readonly fileName: string,
    private readonly interpretation: MarkdownInterpretation,
  ) {
    const prepared = prepare(text, (line, body) => this.skip(line, 'YAML front matter (document metadata, not questions)', body));
    this.lines = prepared.lines;
    this.text = prepared.changed ? prepared.lines.join('\n') : prepared.text;
  }

  read(): FormatParseResult {
    const blocks = readBlocks(this.text);
    this.siblings = new SiblingHeadings(blocks);
    this.readSequence(blocks, 0);
    this.finishQuestion();
    return { questions: this.questions, skipped: this.skipped, report: this.report() };
  }

  private report(): BankShapeReport {
    const shapes = [...this.shapes.entries()].map(([shape, value]) => ({ shape, questions: value.questions, firstLine: value.firstLine }));
    shapes.sort((a, b) => b.questions - a.questions);
    const candidates = Math.max(this.candidates.headings, this.candidates.listItems, this.candidates.tableRows, 0);
    const questions = this.questions.length;
    return {
      detectedShape: shapes[0]?.shape ?? null,
      shapes,
      seen: { ...this.seen },
      candidateBlocks: candidates,
      questions,
      lowYield: (questions === 0 && candidates > 0) || (candidates >= 8 && questions < candidates * 0.3),
      interpretation: this.interpretation,
    };
  }

  /** Reads top-level blocks (or an item's blocks); returns nothing, updates the reader's state. */
  private readSequence(blocks: Block[], from: number): void {
    for (let i = from; i < blocks.length; i++) i = this.readBlock(blocks, i);
  }

  /** Reads blocks[i]; returns the index of the last block it consumed. */
  private readBlock(blocks: Block[], i: number): number {
    const block = blocks[i];
    switch (block.kind) {
      case 'heading':
        return this.onHeading(blocks, i);
      case 'paragraph':
        this.seen.paragraphs++;
        this.onParagraph(block.text, block.line, blocks[i + 1]);
        return i;
      case 'list':
        this.onList(block);
        return i;
      case 'code':
        this.onCode(block.value, block.lang, block.line);
        return i;
      case 'table':
        this.onTable(block);
        return i;
      case 'html':
        return this.onHtml(blocks, i);
      case 'quote':
        if (this.skipSection) this.skip(block.line, this.skipSection.reason, this.slice(block));
        // "> **Question:** …\n>\n> **Answer:** …": questions written inside a quote are read as if it were not there.
        else if (block.children.some((child) => asksInQuote(child))) this.readSequence(block.children, 0);
        // "#### Q1: …" + "> **Answer:** …", or a quote right under the question: the quote is the answer,
        // without its ">" marks.
        else if (this.current) this.addAnswer(this.quotedAnswer(block, this.current));
        else this.skip(block.line, 'text outside any question (introduction or notes)', this.slice(block));
        return i;
      case 'hr':
        // "---" between questions written as paragraphs: the paragraph after it may open the next one.
        this.ruleBoundary = this.ruledSection;
        return i;
    }
  }

  // ---- headings -------------------------------------------------------------------------------

  private onHeading(blocks: Block[], i: number): number {
    const block = blocks[i] as Extract<Block, { kind: 'heading' }>;
    this.seen.headings++;
    this.pendingQuestion = null;
    const text = headingText(block.text);
    const plain = stripEmphasis(text);
    const current = this.current;
    // A deeper heading inside a question declared by a heading is a part of its answer; so is an indented
    // one ("  ## Key Points" after an answer in a list item): section headings start at the margin.
    const indented = /^ {1,3}#/.test(this.lines[block.line - 1] ?? '');
    // And "## Key Methods" with a table, right after the answer of "## Q. How to …?" among question siblings
    // (not "### Generate an array, containing …" among them: a sentence is a question of its own).
    const continuesAnswer =
      current?.headingDepth === block.depth &&
      this.interpretation === 'auto' &&
      !/^\d/.test(plain) &&
      !this.itemHeading &&
      this.siblings.mostlyQuestions(block) &&
      !startsAsking(plain, QUESTION_START) &&
      !sentenceShaped(plain) &&
      bodyFollows(blocks, i);
    // Inside an answer, "### When to Use Each" is a part of it; a deeper heading is a question of its own
    // only when it asks outright or among sub-headings that mostly ask.
    const deeper = current?.fromHeading === true && block.depth > current.headingDepth;
    const asksOnItsOwn = isQuestionHeading(plain) && (!deeper || asksOutright(plain) || this.siblings.mostlyQuestions(block));
    if (
      current?.fromHeading &&
      (deeper || indented || continuesAnswer) &&
      !asksOnItsOwn &&
      !CALL_TO_ACTION.test(plain) &&
      this.interpretation !== 'headings'
    ) {
      // "###### Source" above a list of links: the links are skipped as navigation, the label goes with them.
      if (RUBRIC_HEADING.test(plain)) this.addAnswer(`${plain}:`);
      else if (!SOURCES_HEADING.test(plain)) this.addAnswer(bold(text));
      return i;
    }
    this.finishQuestion();
    this.headings = this.headings.filter((heading) => heading.depth < block.depth);
    // A table of contents has no sub-headings: any heading ends it. Project notes run to the next section.
    if (this.skipSection && !this.skipSection.toc && block.depth > this.skipSection.depth) {
      this.skip(block.line, this.skipSection.reason, text);
      return i;
    }
    this.skipSection = null;
    if (TOC_HEADING.test(plain) || META_HEADING.test(plain) || CALL_TO_ACTION.test(plain)) {
      const reason = TOC_HEADING.test(plain)
        ? 'table of contents'
        : CALL_TO_ACTION.test(plain)
          ? `advertising, not questions ("${excerpt(plain, 40)}")`
          : `project notes, not questions ("${excerpt(plain, 40)}")`;
      this.skipSection = { depth: block.depth, reason, toc: TOC_HEADING.test(plain) };
      this.skip(block.line, reason, text);
      return i;
    }
    const leaf = isLeafHeading(blocks, i);
    if (leaf) this.candidates.headings++;
    const sibling =
      this.lastQuestionHeading?.depth === block.depth && leaf && this.interpretation !== 'list-items' ? this.lastQuestionHeading : null;
    // "206. ### List down the methods of WeakSet": the list numbers the heading.
    const numbered = this.itemHeading || NUMBERED.test(plain);
    // "## 264.new、delete、malloc、free关系" in a long run of numbered headings, each with a body: whatever
    // the language, the numbers say these are the questions (and never titles of the paragraph below).
    // ("## 16 单例模式" with "### 1 使用__new__方法" … below it: its sub-headings are sections of its answer.)
    const numberedRun =
      numbered &&
      !this.itemHeading &&
      this.interpretation === 'auto' &&
      this.siblings.numberedRun(block) &&
      (leaf ? bodyFollows(blocks, i) : !parentOfQuestions(blocks, i));
    // "###### 14. All object have prototypes." among "###### 13. What's the output?" is a question too.
    const numberedSibling = numbered && sibling?.numbered === true;
    const titled =
      leaf && this.interpretation !== 'list-items' && !numberedRun && !numberedSibling
        ? (askingParagraphs(blocks, i) ?? (sibling?.titled ? firstParagraphs(blocks, i) : null))
        : null;
    // A short heading that asks ("Why?") titles the paragraph right below it when that paragraph asks too;
    // "Что такое коллизия" + "Когда хеш-функция возвращает …" is a question and its answer.
    const shortTitle = wordCount(plain) <= 3 && plain.length <= 30 && titled?.last === i + 1 && /[?？؟]/.test(titled.prompt);
    if (titled && (!isQuestionHeading(plain) || shortTitle)) {
      // "#### Law of Demeter" + "… Would you write code violating this principle?": the paragraph asks.
      // A sibling of such headings is read the same way even when its paragraph asks without a "?".
      this.lastQuestionHeading = { depth: block.depth, titled: true, numbered: false };
      this.startQuestion(titled.prompt, block.line, 'titled-heading', true, block.depth);
      if (this.current) this.current.label = plain;
      return titled.last;
    }
    // "### Write down a sequence of git commands …" among "### What is …?" siblings is a question too,
    // when it has a body of its own (a section heading among them is followed straight by the next one).
    const askingSiblings =
      this.interpretation === 'auto' &&
      this.siblings.mostlyQuestions(block) &&
      (startsAsking(stripNumbering(plain), QUESTION_START) || (sentenceShaped(plain) && !parentOfQuestions(blocks, i))) &&
      bodyFollows(blocks, i);
    // "#### Design a system" over "<details><summary>Can you design a video streaming website?": a section.
    const section = this.interpretation === 'auto' && !asksOutright(plain) && questionsOpen(blocks, i);
    if (
      (isQuestionHeading(plain) && this.interpretation !== 'list-items' && !section) ||
      numberedSibling ||
      numberedRun ||
      (askingSiblings && !section) ||
      (leaf && this.interpretation === 'headings')
    ) {
      this.lastQuestionHeading = { depth: block.depth, titled: false, numbered };
      // "## 7 Python中单下划线和双下划线": a number without a dot is taken off here (a prompt may start "3 ways …").
      const prompt = numbered && /^\d{1,3}\s/.test(text) ? text.replace(/^\d{1,3}\s+/, '') : text;
      this.startQuestion(prompt, block.line, numbered ? 'numbered-heading' : 'heading', true, block.depth);
      return i;
    }
    this.headings.push({ depth: block.depth, text: plain });
    // "# Closures" + "What is the output?" + code + "---" + "What is the output?" …: questions as paragraphs between rules.
    this.ruledSection = this.interpretation === 'auto' && ruledQuestionsAhead(blocks, i);
    this.ruleBoundary = this.ruledSection;
    return i;
  }

  // ---- paragraphs -----------------------------------------------------------------------------

  private onParagraph(text: string, line: number, next?: Block): void {
    // Prose after a table of contents is no longer the table.
    if (this.skipSection?.toc) this.skipSection = null;
    if (this.skipSection) return this.skip(line, this.skipSection.reason, text);
    const boundary = this.ruleBoundary;
    this.ruleBoundary = false;
    if (boundary && text.length <= 300 && isQuestionText(text)) {
      this.finishQuestion();
      return this.startQuestion(text, line, 'q-and-a', true, 7);
    }
    const navigation = navigationReason(text);
    // A figure inside an answer is a part of it (a badge is not).
    if (navigation === 'badge or image' && this.current && !BADGE.test(text)) return this.addAnswer(text);
    if (navigation) return this.skip(line, navigation, text);
    const current = this.current;
    if (this.pendingQuestion !== null) {
      // "**Question:**" alone, then the question in the paragraph below it.
      const at = this.pendingQuestion;
      this.pendingQuestion = null;
      if (!BARE_QA_LABEL.test(text)) return this.startQuestion(text, at, 'q-and-a', true, 7);
    }
    if (BARE_QA_LABEL.test(text)) {
      // Inside "#### What is equivalent of the following …?", "Question:" labels the code below it and
      // "Answer:" the answer; on its own, "Question:" labels the paragraph below it.
      if (QA_ANSWER.test(text))
        return current ? this.addAnswer(text) : this.skip(line, 'text outside any question (introduction or notes)', text);
      if (current?.fromHeading && HEADING_SHAPES.has(current.shape)) return;
      this.finishQuestion();
      this.pendingQuestion = line;
      return;
    }
    // "`git add -A`" between a question and its options is the question's code.
    const span = current && current.code === null && current.answer.length === 0 ? CODE_SPAN_ONLY.exec(text.trim()) : null;
    if (span && current && next?.kind === 'list' && isOptionList(next)) {
      current.code = span[2].trim();
      return;
    }
    if (QA_QUESTION.test(text) && !markerOf(text)) {
      // "Q: …" possibly followed, in the same paragraph, by "A: …".
      const lines = text.split('\n');
      const answerAt = lines.findIndex((l, n) => n > 0 && QA_ANSWER.test(l));
      const promptLines = answerAt > 0 ? lines.slice(0, answerAt) : lines;
      this.startQuestion(promptLines.join(' ').replace(QA_QUESTION, ''), line, 'q-and-a', true, 7);
      if (answerAt > 0) this.addAnswer(lines.slice(answerAt).join('\n'));
      return;
    }
    // "**When to use which?**" inside the answer under "## Q. What is …?" is a part of that answer.
    const inHeadingAnswer = !!current && HEADING_SHAPES.has(current.shape);
    const bold = inHeadingAnswer ? null : BOLD_QUESTION.exec(text);
    // "**Precision-recall trade-off ⭐️**" among "**What is …? ⭐️**": the bank marks its questions (here with
    // their difficulty); a bold line with a mark three questions carried is a question too.
    const mark = bold ? trailingMark(bold[1]) : '';
    // Inside an answer, "**1. Interpreted**" or "**1.** Build the image" number its steps, unless the answer is
    // a question's that was numbered in bold itself.
    const numberingAllowed = !current || current.numberedInBold === true;
    const numberedBold = !!bold && numberingAllowed && NUMBERING.test(bold[1]);
    if (bold && !markerOf(text) && (endsAsking(bold[1]) || numberedBold || (this.boldMarks.get(mark) ?? 0) >= 3)) {
      if (mark) this.boldMarks.set(mark, (this.boldMarks.get(mark) ?? 0) + 1);
      this.startQuestion(bold[1], line, 'bold-label', true, 7);
      if (this.current && numberedBold) this.current.numberedInBold = true;
      return;
    }
    // "**1)** The number of active ads.", "**2) Factorial**. Calculate …": numbered in bold.
    const numberedInBold = inHeadingAnswer || !numberingAllowed ? null : BOLD_NUMBER.exec(text);
    if (numberedInBold && !markerOf(text)) {
      const title = numberedInBold[2]?.trim().replace(/[.:]$/, '') ?? '';
      const rest = (numberedInBold[1] ?? numberedInBold[3] ?? '').trim();
      this.startQuestion(rest || title, line, 'bold-label', true, 7);
      if (this.current) {
        this.current.numberedInBold = true;
        if (rest && title) this.current.label = title;
      }
      return;
    }
    // A long paragraph of an answer is not a footer: "In terms of use case, …" is content.
    const judged = !current || text.length <= 200 ? judgeNoise(text.replace(/\]\([^)]*\)/g, ']')) : null;
    if (judged?.noise) return this.skip(line, `marketing or navigation text: ${judged.reason ?? ''}`, text);
    if (this.current) return this.addAnswer(paragraphMarkdown(answerLabelled(text)));
    this.skip(line, 'text outside any question (introduction or notes)', text);
  }

  // ---- lists ----------------------------------------------------------------------------------

  private onList(list: Extract<Block, { kind: 'list' }>): void {
    if (this.skipSection) {
      this.skip(list.line, this.skipSection.reason, this.slice(list));
      // A table of contents is one list (or table): what follows it is content again.
      if (this.skipSection.toc) this.skipSection = null;
      return;
    }
    if (isLinkList(list)) {
      const internal = list.items.every((item) => /\]\(#|href=["']#/.test(this.slice(item)));
      return this.skip(list.line, internal ? 'table of contents' : 'navigation link (a list item that is only a link)', this.slice(list));
    }
    this.seen.listItems += list.items.length;
    // `1. ### What is …`: items open with a heading. An item without one among them is an answer's list
    // item that lost its indentation ("3.  **reduce:**" between "459. ###" and "460. ###"): answer text.
    if (list.items.some((item) => item.children[0]?.kind === 'heading')) {
      for (const item of list.items) {
        if (item.children[0]?.kind !== 'heading') {
          if (this.current?.fromHeading) this.addAnswer(this.slice(item));
          else this.onList({ ...list, items: [item], line: item.line, end: item.end });
          continue;
        }
        this.itemHeading = true;
        this.readBlock(item.children, 0);
        this.itemHeading = false;
        const question = this.current?.source.line === item.line ? this.current : null;
        if (question?.shape === 'heading') question.shape = 'numbered-heading';
        for (let i = 1; i < item.children.length; i++) {
          const child = item.children[i];
          // The item is the question's answer: its headings ("## Key Points"), however deep, are answer text.
          if (question && child.kind === 'heading' && this.current === question) this.addAnswer(bold(headingText(child.text)));
          else i = this.readBlock(item.children, i);
        }
      }
      return;
    }
    const current = this.current;
    if (current?.fromHeading && this.interpretation !== 'list-items') {
      if (current.answer.length === 0 && current.options.length === 0 && isOptionList(list)) {
        this.takeOptions(current, list);
        return;
      }
      // Plain lists are answer text as written; marked items ("Look for: …") fill rubric fields.
      if (list.items.some((item) => markerOf(itemText(item)) || FOLLOW_UP_MARKER.test(itemText(item)))) {
        for (const item of list.items) this.attachItem(current, item, 0, true);
      } else this.addAnswer(this.slice(list));
      return;
    }
    this.candidates.listItems += list.items.length;
    const texts = list.items.map(itemText);
    const questions = texts.filter((text) => isQuestionText(text)).length;
    const listOfQuestions = this.interpretation === 'list-items' || (list.items.length >= 3 && questions >= list.items.length * 0.6);
    list.items.forEach((item, index) => {
      const text = texts[index];
      // "- <details><summary>What is a closure?</summary> … </details>": the item holds a collapsed question.
      const first = item.children[0];
      if (first?.kind === 'html' && /<details\b/i.test(first.value)) return this.readSequence(item.children, 0);
      // "1. Dot product" over "1. [E] What's the geometric interpretation …?": the item names a topic and
      // its nested items are the questions.
      const nested = this.interpretation === 'list-items' ? null : topicQuestions(item, text);
      if (nested) {
        const topic = stripEmphasis(inline(text)).replace(/[.:]$/, '');
        for (const child of nested.items) {
          this.startQuestion(itemText(child), child.line, 'list-item', false, 7, [...this.headings.map((h) => h.text), topic]);
          this.readItemBody(child);
        }
        // "**Hint**: …" after the nested questions helps with the last of them.
        for (const after of item.children.slice(item.children.indexOf(nested) + 1)) this.addAnswer(this.answerMarkdown(after));
        this.finishQuestion();
        return;
      }
      // "Do you know how to answer questions without answers? Please create a PR": a word to contributors.
      if (text && CONTRIBUTORS.test(text)) return this.skip(item.line, 'project notes, not questions (a word to contributors)', text);
      // "https://github.com/… What Do I Need to Know to Ace a JavaScript Interview?": a link and its description.
      if (/^<?https?:\/\//.test(text)) return this.skip(item.line, 'navigation link (a list item that is only a link)', text);
      if (text && (isQuestionText(text) || (listOfQuestions && !markerOf(text) && !isLinkOnly(text)))) {
        this.startQuestion(text, item.line, 'list-item', false, 7);
        this.readItemBody(item);
        return;
      }
      if (this.current && text && (markerOf(text) || FOLLOW_UP_MARKER.test(text))) {
        this.attachItem(this.current, item, 0, false);
        return;
      }
      if (isLinkOnly(text)) this.skip(item.line, 'navigation link (a list item that is only a link)', text);
      else this.skip(item.line, 'list item is not phrased as a question', text);
    });
  }

  /** A list of answer options; options ticked as a task list ("- [x] git --version") are the answer. */
  private takeOptions(question: QuestionBuilder, list: Extract<Block, { kind: 'list' }>): void {
    const texts = list.items.map((item) => inline(itemText(item)));
    const ticked = texts.filter((text) => /^\[[xX]\]/.test(text)).map((text) => text.replace(/^\[[xX]\]\s*/, ''));
    const tasks = texts.every((text) => /^\[[ xX]\]/.test(text));
    question.options = tasks ? texts.map((text) => text.replace(/^\[[ xX]\]\s*/, '')) : texts;
    question.shape = 'multiple-choice';
    if (tasks && ticked.length > 0) this.addAnswer(ticked.length === 1 ? ticked[0] : ticked.map((text) => `- ${text}`).join('\n'));
  }

  /** The blocks of a question's own list item after its first paragraph. */
  private readItemBody(item: ListItem): void {
    const question = this.current;
    if (!question) return;
    item.children.forEach((child, index) => {
      if (index === 0 && child.kind === 'paragraph') return;
      if (child.kind === 'list') {
        if (question.answer.length === 0 && question.options.length === 0 && isOptionList(child)) this.takeOptions(question, child);
        else for (const nested of child.items) this.attachItem(question, nested, 0, false);
      } else if (child.kind === 'code') this.onCode(child.value, child.lang, child.line);
      else if (child.kind === 'paragraph') {
        if (!navigationReason(child.text)) this.addAnswer(paragraphMarkdown(child.text));
      } else if (child.kind === 'html') this.onHtml([child], 0);
      else if (child.kind === 'quote') this.addAnswer(this.quotedAnswer(child, question));
      else this.addAnswer(this.slice(child));
    });
  }

  /** A list item under a question: a marked rubric field, a follow-up question, or answer text. */
  private attachItem(question: QuestionBuilder, item: ListItem, depth: number, fromHeading: boolean): void {
    const text = itemText(item);
    const followUp = FOLLOW_UP_MARKER.exec(text);
    const marker = followUp ? undefined : markerOf(text);
    const nestedLists = item.children.filter((child): child is Extract<Block, { kind: 'list' }> => child.kind === 'list');
    if (followUp || marker) {
      const field: MarkerField | 'followUps' = followUp ? 'followUps' : (marker as { field: MarkerField }).field;
      const rest = followUp ? followUp[1] : text.slice((marker as { length: number }).length).trim();
      if (rest) this.addToField(question, field, rest);
      for (const list of nestedLists) for (const nested of list.items) this.addToField(question, field, itemText(nested));
      return;
    }
    if (!fromHeading && isQuestionText(text)) {
      question.followUps.push(text);
      for (const list of nestedLists) for (const nested of list.items) this.attachItem(question, nested, depth + 1, fromHeading);
      return;
    }
    if (navigationReason(text)) return;
    this.addAnswer(this.slice(item).replace(/^\s*(?:[-*+]|\d{1,4}[.)])\s*/, `${'  '.repeat(depth)}- `));
  }

  private addToField(question: QuestionBuilder, field: MarkerField | 'followUps', text: string): void {
    if (field === 'followUps') question.followUps.push(text);
    else if (field === 'lookFor' || field === 'redFlags') question.rubric[field].push(asListEntry(text));
    else question.rubric[field] = appendText(question.rubric[field], text);
  }

  // ---- code, tables, HTML ---------------------------------------------------------------------

  /** Code right after a question (before its options and answer) is its snippet; later code is answer. */
  private onCode(code: string, language: string, line: number): void {
    const question = this.current;
    if (!question || this.skipSection) return this.skip(line, this.skipSection?.reason ?? 'code block outside any question', code);
    if (question.code === null && question.options.length === 0 && question.answer.length === 0 && !hasRubricText(question.rubric)) {
      question.code = code;
      question.codeLanguage = language;
      return;
    }
    this.addAnswer(fenced(code, language));
  }

  private onTable(table: Extract<Block, { kind: 'table' }>): void {
    const cells = [...table.rows.flat()];
    const linkCells = cells.filter((cell) => /\]\(#/.test(cell)).length;
    if (this.skipSection || (cells.length > 0 && linkCells >= table.rows.length * 0.8 && table.rows.length > 0)) {
      this.skip(table.line, this.skipSection?.reason ?? 'table of contents', this.slice(table));
      if (this.skipSection?.toc) this.skipSection = null;
      return;
    }
    this.seen.tableRows += table.rows.length;
    const columns = table.header.map((cell) => stripEmphasis(cell).toLowerCase());
    const questionColumn = columns.findIndex((name) => /^(?:q|questions?|prompts?|interview questions?)$/.test(name));
    if (questionColumn >= 0) {
      this.candidates.tableRows += table.rows.length;
      const answerColumn = columns.findIndex((name) =>
        /^(?:a|answers?|solutions?|explanations?|reference answer|model answer|expected answer)$/.test(name),
      );
      const categoryColumn = columns.findIndex((name) => /^(?:category|topic|section)$/.test(name));
      const difficultyColumn = columns.findIndex((name) => /^(?:difficulty|level|seniority)$/.test(name));
      table.rows.forEach((row, index) => {
        const prompt = row[questionColumn] ?? '';
        if (!prompt.trim()) return this.skip(table.line + 2 + index, 'the question cell is empty', row.join(' | '));
        this.finishQuestion();
        const extra = categoryColumn >= 0 && row[categoryColumn] ? [stripEmphasis(row[categoryColumn])] : [];
        this.startQuestion(prompt.replace(/<br\s*\/?>/gi, ' '), table.line + 2 + index, 'table', true, 7, [
          ...this.headings.map((h) => h.text),
          ...extra,
        ]);
        if (answerColumn >= 0 && row[answerColumn]) this.addAnswer(row[answerColumn].replace(/<br\s*\/?>/gi, '\n'));
        if (this.current && difficultyColumn >= 0 && row[difficultyColumn]) this.current.difficulty = stripEmphasis(row[difficultyColumn]);
        this.finishQuestion();
      });
      return;
    }
    if (this.current) return this.addAnswer(this.slice(table));
    this.skip(table.line, 'table outside any question', this.slice(table));
  }

  private onHtml(blocks: Block[], i: number): number {
    const block = blocks[i] as Extract<Block, { kind: 'html' }>;
    const value = block.value.trim();
    if (/^<!--[\s\S]*-->$/.test(value)) return i;
    if (/<details\b/i.test(value)) return this.onDetailsBlocks(blocks, i);
    if (this.skipSection) {
      this.skip(block.line, this.skipSection.reason, value);
      return i;
    }
    const text = htmlText(value);
    if (this.current && text && !/<(?:img|a)\b/i.test(value)) {
      this.addAnswer(text);
      return i;
    }
    // `<img src="img/sql_4_example.png" />` inside an answer is a figure of it (a linked banner or badge is not).
    if (this.current && /<img\b/i.test(value) && !BADGE.test(value) && !/<a\b[^>]*>\s*<img/i.test(value)) {
      this.addAnswer(htmlText(value.replace(/<img\b[^>]*>/gi, imageMarkdown)));
      return i;
    }
    if (text || /<(?:img|a|div|p|picture)\b/i.test(value)) this.skip(block.line, 'HTML layout (banner, badge or image)', value);
    return i;
  }

  /**
   * Several `<details>` written without a blank line between them are one HTML block: each is read on its
   * own (the last may go on in the blocks after it). Returns the index of the last block consumed.
   */
  private onDetailsBlocks(blocks: Block[], i: number): number {
    const block = blocks[i] as Extract<Block, { kind: 'html' }>;
    const starts = [...block.value.matchAll(/<details\b/gi)].map((match) => match.index ?? 0);
    if (starts.length < 2) return this.onDetails(blocks, i);
    const pieces: Block[] = starts.map((at, k) => {
      const line = block.line + (block.value.slice(0, at).match(/\n/g)?.length ?? 0);
      return { kind: 'html', value: block.value.slice(at, starts[k + 1] ?? block.value.length), line, end: line };
    });
    const sequence = [...pieces, ...blocks.slice(i + 1)];
    let last = 0;
    for (let k = 0; k < sequence.length && k < pieces.length; k = last + 1) last = this.onDetails(sequence, k);
    return i + Math.max(0, last - (pieces.length - 1));
  }

  /** `<details><summary>…</summary> … </details>`, possibly spread over several blocks. */
  private onDetails(blocks: Block[], i: number): number {
    const open = blocks[i] as Extract<Block, { kind: 'html' }>;
    let last = i;
    const inner: Block[] = [];
    if (!/<\/details>/i.test(open.value)) {
      for (let j = i + 1; j < blocks.length; j++) {
        const block = blocks[j];
        last = j;
        if (block.kind === 'html' && /<\/details>/i.test(block.value)) {
          // "</summary><br><b>\n</b></details>": the summary closes in the closing block.
          if (/<\/summary>/i.test(block.value)) inner.push({ ...block, value: block.value.replace(/<\/details>[\s\S]*$/i, '') });
          // "</details>\n<details>\n<summary>Next question</summary>…" without a blank line: the rest of the block
          // is read next, in its place.
          const close = /<\/details>/i.exec(block.value);
          const rest = close ? block.value.slice(close.index + close[0].length) : '';
          if (/<details\b/i.test(rest)) {
            const line = block.line + (block.value.slice(0, close?.index ?? 0).match(/\n/g)?.length ?? 0);
            blocks[j] = { kind: 'html', value: rest.replace(/^[ \t]*\n/, ''), line: line + 1, end: block.end };
            last = j - 1;
          }
          break;
        }
        // "answer text</b></details>" closes inside a paragraph, or inside the last item of a list.
        if (block.kind === 'paragraph' && /<\/details>/i.test(block.text)) {
          inner.push({ ...block, text: block.text.replace(/<\/details>[\s\S]*$/i, '') });
          break;
        }
        if (block.kind === 'list' && block.items.length > 0 && this.linesInclude(block, '</details>')) {
          inner.push({ kind: 'html', value: this.slice(block).replace(/<\/details>[\s\S]*$/i, ''), line: block.line, end: block.end });
          break;
        }
        inner.push(block);
      }
    }
    let summaryHtml = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(open.value)?.[1];
    let ownHtml = open.value.replace(/<summary[^>]*>[\s\S]*?<\/summary>/i, '');
    let answerBlocks = inner;
    let summaryCode: Extract<Block, { kind: 'code' }> | null = null;
    if (summaryHtml === undefined && /<summary\b/i.test(open.value)) {
      // "<summary>Fix the following deployment manifest" + a code fence + "</summary>": the summary runs over blocks.
      const over = this.summaryOverBlocks(open.value, inner);
      if (over) ({ summaryHtml, answerBlocks, code: summaryCode } = over);
      if (over) ownHtml = '';
    }
    const summary = htmlText(summaryHtml ?? '');
    const ownText = htmlText(ownHtml);
    const body = [ownText, ...answerBlocks.map((block) => this.answerMarkdown(block))].filter(Boolean).join('\n\n');
    if (this.skipSection) {
      this.skip(open.line, this.skipSection.reason, summary);
      return last;
    }
    const answerish = !summary || ANSWER_SUMMARY.test(stripEmphasis(summary));
    if (this.current && answerish) {
      this.addAnswer(body);
      return last;
    }
    // Among <details> questions, one whose summary asks without a question word ("SIGHUP … signals. Explain.") is one too.
    const amongQuestions = !this.current && (this.shapes.get('details')?.questions ?? 0) >= 3 && !RESOURCES_SUMMARY.test(summary);
    if (!answerish && (isQuestionText(summary) || amongQuestions)) {
      this.startQuestion(summary, open.line, 'details', true, 7);
      if (this.current && summaryCode) {
        this.current.code = summaryCode.value;
        this.current.codeLanguage = summaryCode.lang;
      }
      this.addAnswer(body);
      this.finishQuestion();
      return last;
    }
    if (this.current) this.addAnswer(`**${summary}**\n\n${body}`);
    else this.skip(open.line, 'collapsed section outside any question', summary);
    return last;
  }

  /**
   * A `<summary>` opened in the `<details>` block and closed blocks later: its paragraphs and lists (the
   * question's options, one line) and its first code block (the question's code), then the answer blocks.
   */
  private summaryOverBlocks(
    openHtml: string,
    inner: Block[],
  ): { summaryHtml: string; answerBlocks: Block[]; code: Extract<Block, { kind: 'code' }> | null } | null {
    const parts = [openHtml.slice(openHtml.search(/<summary\b/i)).replace(/^<summary[^>]*>/i, '')];
    let code: Extract<Block, { kind: 'code' }> | null = null;
    for (let k = 0; k < inner.length; k++) {
      const block = inner[k];
      if (block.kind === 'code') {
        if (code === null) code = block;
        else parts.push(fenced(block.value, block.lang));
        continue;
      }
      const raw =
        block.kind === 'paragraph' ? block.text : block.kind === 'html' ? block.value : block.kind === 'list' ? this.slice(block) : '';
      const close = raw.search(/<\/summary>/i);
      const before = close >= 0 ? raw.slice(0, close) : raw;
      parts.push(
        block.kind === 'list'
          ? listAsLine(before)
          : block.kind === 'paragraph' || block.kind === 'html'
            ? before
            : this.answerMarkdown(block),
      );
      if (close >= 0) {
        const after = raw.slice(close).replace(/^<\/summary>/i, '');
        const rest: Block[] = after.trim() ? [{ kind: 'html', value: after, line: block.line, end: block.end }] : [];
        return { summaryHtml: parts.join('\n'), answerBlocks: [...rest, ...inner.slice(k + 1)], code };
      }
    }
    return null;
  }

  /** A quote that labels itself an answer, or opens the answer, without its ">" marks; any other quote as written. */
  private quotedAnswer(quote: Extract<Block, { kind: 'quote' }>, question: QuestionBuilder): string {
    const opensAnswer = question.answer.length === 0 && question.options.length === 0 && !hasRubricText(question.rubric);
    if (!opensAnswer && !labelledAnswer(quote)) return this.slice(quote);
    return quote.children
      .map((child) => this.answerMarkdown(child))
      .filter(Boolean)
      .join('\n\n');
  }

  /** A block inside an answer as Markdown; headings become bold lines so "Answer: D" still reads as a marker. */
  private answerMarkdown(block: Block): string {
    switch (block.kind) {
      case 'heading': {
        // "#### Good to hear" names a rubric field; "##### Additional Links" only introduces links.
        const text = headingText(block.text);
        const plain = stripEmphasis(text);
        if (RUBRIC_HEADING.test(plain)) return `${plain}:`;
        return SOURCES_HEADING.test(plain) ? '' : text;
      }
      case 'paragraph': {
        const navigation = navigationReason(block.text);
        if (navigation === 'badge or image' && !BADGE.test(block.text)) return block.text;
        return navigation ? '' : htmlText(paragraphMarkdown(block.text));
      }
      case 'code':
        return fenced(block.value, block.lang);
      case 'html':
        return /^<!--/.test(block.value.trim()) ? '' : htmlText(block.value);
      case 'hr':
        return '';
      case 'list':
        return isLinkList(block) ? '' : this.slice(block);
      case 'quote':
        // "> **Answer:** …" is the answer, without its ">" marks; any other quote stays a quote.
        return labelledAnswer(block)
          ? block.children
              .map((child) => this.answerMarkdown(child))
              .filter(Boolean)
              .join('\n\n')
          : this.slice(block);
      case 'table':
        return this.slice(block);
    }
  }

  // ---- questions ------------------------------------------------------------------------------

  private addAnswer(markdown: string): void {
    // "Back to top" lines inside a list or quote copied as written are navigation too.
    const kept = markdown.includes('](#') ? markdown.split('\n').filter((line) => !BACK_TO_TOP_LINE.test(line)) : null;
    const text = (kept ? kept.join('\n') : markdown).trim();
    if (this.current && text) this.current.answer.push(text);
  }

  private startQuestion(
    prompt: string,
    line: number,
    shape: QuestionShape,
    fromHeading: boolean,
    headingDepth: number,
    category?: string[],
  ): void {
    this.finishQuestion();
    this.ordinal++;
    const { text, difficulty } = withoutDifficulty(inline(prompt));
    this.current = {
      prompt: text,
      difficulty,
      code: null,
      codeLanguage: '',
      options: [],
      answer: [],
      rubric: emptyRubric(),
      followUps: [],
      category: category ?? this.headings.map((heading) => heading.text),
      label: null,
      source: { file: this.fileName, item: this.ordinal, line },
      shape,
      fromHeading,
      headingDepth,
    };
  }

  private finishQuestion(): void {
    const question = this.current;
    if (!question) return;
    this.current = null;
    // "### How to undo the last commit?" + a fenced command: code under a heading that does not point at
    // code ("What is the output of this code?") and offers no options is the answer, not the prompt's.
    // (A paragraph that asks, under a titled heading, sets a task its code belongs to.)
    // A task ("Print numbers from 1 to 100", "Write a query that returns …") is answered by its code unless
    // it points at code shown with it.
    const pointsAtCode =
      CODE_CUE.test(question.prompt) && (!TASK_START.test(stripNumbering(question.prompt)) || POINTS_AT_CODE.test(question.prompt));
    // ("Q: …" + code is the prompt's code: the Markdown export writes it so.)
    const answeringShape = ANSWERING_CODE_SHAPES.has(question.shape) || question.numberedInBold === true;
    if (question.code !== null && question.options.length === 0 && answeringShape && !pointsAtCode) {
      question.answer.unshift(fenced(question.code, question.codeLanguage));
      question.code = null;
    }
    // "What do you like about React?" + "....": an answer still to be written is no answer.
    if (question.answer.length > 0 && question.answer.every((part) => PLACEHOLDER_ANSWER.test(part))) question.answer = [];
    const options = question.options.length > 0 ? ` Options: ${question.options.join('; ')}` : '';
    this.questions.push({
      prompt: `${question.prompt}${options}`,
      code: question.code,
      answerText: question.answer.join('\n\n').trim(),
      rubric: question.rubric,
      followUps: question.followUps,
      category: question.category,
      label: question.label,
      given: question.difficulty ? { difficulty: question.difficulty, origin: 'Markdown file' } : null,
      sources: [question.source],
    });
    const shape = this.shapes.get(question.shape);
    if (shape) shape.questions++;
    else this.shapes.set(question.shape, { questions: 1, firstLine: question.source.line ?? 0 });
  }

  private skip(line: number, reason: string, text: string): void {
    const last = this.skipped[this.skipped.length - 1];
    if (this.skipSection && reason === this.skipSection.reason && last?.reason === reason) return;
    // A skipped section is one entry per block; consecutive lines for the same reason are one entry.
    const gap = reason === 'text outside any question (introduction or notes)' ? 3 : 1;
    if (last?.reason === reason && last.source.line !== null && line - last.source.line <= gap) return;
    this.skipped.push({ source: { file: this.fileName, item: null, line }, reason, excerpt: excerpt(text) });
  }

  /** Whether a block's source lines hold the text (lower case), without building the block's Markdown. */
  private linesInclude(block: { line: number; end: number }, text: string): boolean {
    for (let n = block.line - 1; n < block.end; n++) if (this.lines[n]?.toLowerCase().includes(text)) return true;
    return false;
  }

  /** The source lines of a block, without the indentation they share. */
  private slice(block: { line: number; end: number }): string {
    const lines = this.lines.slice(block.line - 1, block.end);
    while (lines.length > 0 && !lines[lines.length - 1].trim()) lines.pop();
    const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0);
    const indent = indents.length > 1 ? Math.min(...indents.slice(1), indents[0]) : (indents[0] ?? 0);
    return lines.map((l) => l.slice(Math.min(indent, /^ */.exec(l)?.[0].length ?? 0))).join('\n');
  }
}

// ---- helpers -----------------------------------------------------------------------------------

/**
 * Front matter blanked out (line numbers kept) and old GitHub headings without a space after the
 * hashes ("####[[↑]](#toc) Title") repaired, outside code fences.
 */
function prepare(text: string, onFrontMatter: (line: number, body: string) => void): { lines: string[]; text: string; changed: boolean } {
  const spaced = text.includes('\t') ? text.replace(/\t/g, '    ') : text;
  const lines = spaced.split('\n');
  let changed = false;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, n) => n > 0 && n < 500 && /^(?:---|\.\.\.)\s*$/.test(line));
    if (end > 0) {
      onFrontMatter(1, lines.slice(1, end).join(' '));
      for (let n = 0; n <= end; n++) lines[n] = '';
      changed = true;
    }
  }
  let fence: string | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    let at = 0;
    while (line.charCodeAt(at) === 32) at++;
    const first = line[at];
    if (first !== '`' && first !== '~' && first !== '#') continue;
    const open = /^ *(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (fence === null) fence = open[1];
      else if (open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
      continue;
    }
    // ("#define MAX 10" and "#include" are C, not headings: one hash before a lower-case word stays.)
    if (fence === null && /^ {0,3}(?:#{2,6}[^#\s]|#[^#\sa-z])/.test(line)) {
      lines[n] = line.replace(/^( {0,3}#{1,6})/, '$1 ');
      changed = true;
    }
  }
  return { lines, text: spaced, changed };
}

function markerOf(text: string): { field: MarkerField; length: number } | undefined {
  for (const marker of MARKERS) {
    if (marker.sentenceOnly) continue;
    const match = marker.pattern.exec(text);
    if (match) return { field: marker.field, length: match[0].length };
  }
  return undefined;
}

function hasRubricText(rubric: Rubric): boolean {
  return Object.values(rubric).some((value) => (Array.isArray(value) ? value.length > 0 : !!value));
}

/** Heading text without anchors, arrow links back to the TOC, HTML or a closing colon. */
function headingText(raw: string): string {
  // "### 🔹 1. What is a promise?": a leading emoji decorates the heading.
  if (raw.charCodeAt(0) >= 0x2190) raw = raw.replace(/^(?:[\s\p{Extended_Pictographic}\p{Emoji_Modifier}]|\u200d|\ufe0f)+/u, '');
  // Most headings are plain words: no link, emoji shortcode, tag or anchor to take out.
  if (!/[[:<{]/.test(raw)) return raw.replace(/^#+\s*/, '').trim();
  // "##### [7.1.6 int (*s[10])(int) 表示的是什么？](…)": one link, its text may hold brackets.
  const link = /^\s*\[(.*)\]\(\S*\)\s*$/.exec(raw);
  return (
    (link && link[1].trim() ? link[1] : raw)
      .replace(/^#+\s*/, '')
      .replace(/:[a-z0-9_+-]+:\s*/g, '')
      .replace(/\[\[?[^\]\p{L}\d]*\]?\]\([^)]*\)\)?/gu, '')
      // "##### [1.1.1 如何实现…？](01.阿里篇/1.1.1.md)": a heading that links to its answer asks what the link says.
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/\{#[^}]*\}\s*$/, '')
      .replace(/:\s*$/, '')
      .trim()
  );
}

/** The emoji a text ends with ("What is X? ⭐️" → "⭐"), without joiners and variation selectors; "" when none. */
function trailingMark(text: string): string {
  if (!mayEndInDecoration(text)) return '';
  const run = /(?:[\s\p{Extended_Pictographic}\p{Emoji_Modifier}]|\u200d|\ufe0f)+$/u.exec(text)?.[0] ?? '';
  return run.replace(/\s|\u200d|\ufe0f/g, '');
}

/** "[E] What's a norm?" → the prompt without the tag, and "easy"; "What is X? 👶" → without the emoji. */
function withoutDifficulty(prompt: string): { text: string; difficulty?: string } {
  const tag = DIFFICULTY_TAG.exec(prompt);
  let text = tag ? prompt.slice(tag[0].length) : prompt;
  if (mayEndInDecoration(text)) {
    const trimmed = text.replace(/(?:[\s\p{Extended_Pictographic}\p{Emoji_Modifier}]|\u200d|\ufe0f)+$/u, '');
    if (trimmed) text = trimmed;
  }
  if (!tag) return { text };
  const word = tag[1].toLowerCase();
  return { text: text.trim(), difficulty: DIFFICULTY_LETTERS[word] ?? word };
}

/**
 * "A1) …", "**A.** …", "**Ans:** …": an answer label the rubric splitter knows as "Answer:". A plain "A) …"
 * stays as it is: it may be the first of a paragraph of options.
 */
function answerLabelled(text: string): string {
  const label = /^(?:(?:\*\*|__)\s*(?:a|ans|answer)\s*\d*\s*[:.)]\s*(?:\*\*|__)|a\s*\d+\s*[:.)]|ans\s*[:.)])\s*/i.exec(text);
  return label ? `Answer: ${text.slice(label[0].length)}` : text;
}

/** A sub-heading inside an answer as a bold line ("Role of **functools.wraps**" stays as it is written). */
function bold(text: string): string {
  return text.includes('**') ? text : `**${text}**`;
}

function stripEmphasis(text: string): string {
  const stripped = text.replace(/\*\*|[*`]/g, '');
  // "__Answer__", "_emphasis_", but not the underscores inside "interview_internal_reference".
  return (stripped.includes('_') ? stripped.replace(/(?<![\p{L}\d])_+|_+(?![\p{L}\d])/gu, '') : stripped).trim();
}

function stripNumbering(text: string): string {
  return stripEmphasis(text).replace(NUMBERING, '').trim();
}

function wordCount(text: string): number {
  return stripNumbering(text).split(/\s+/).filter(Boolean).length;
}

/** Inline Markdown on one line: HTML line breaks become spaces, trailing "[Resources](…)" lines go. */
function inline(text: string): string {
  // One plain line (most prompts): nothing to drop or join.
  if (!text.includes('<') && !/\s{2}|[^\S ]/.test(text)) return text.trim();
  const lines = text.split('\n');
  const content = lines.filter((line) => !isLinkOnly(line.replace(/<br\s*\/?>/gi, '').trim()));
  return (content.length > 0 ? content : lines)
    .join(' ')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line of links (and images, tags or URLs) with nothing else: most lines have none of them, so most answer at once. */
function isLinkOnly(text: string): boolean {
  if (!text.includes('](') && !text.includes('<') && !text.includes('http')) return false;
  // "*[CSS Basics](…)*": emphasis around a link is still only a link.
  const line = text.replace(/(?:\*\*|__|\*|_)(?=!?\[|<)|(?<=\)|>)(?:\*\*|__|\*|_)/g, '');
  let links = 0;
  LINK_PIECE.lastIndex = 0;
  while (LINK_PIECE.lastIndex < line.length) {
    const start = LINK_PIECE.lastIndex;
    const piece = LINK_PIECE.exec(line);
    if (!piece) return false;
    // Before the first link only white space may come (a line starting "- " or ". " is not a link line).
    if (piece[2] !== undefined && links === 0 && /\S/.test(piece[2])) return false;
    if (piece[1] !== undefined) links++;
    if (LINK_PIECE.lastIndex === start) return false;
  }
  return links > 0;
}

function paragraphMarkdown(text: string): string {
  return text.replace(/<br\s*\/?>\s*/gi, '\n');
}

function htmlText(html: string): string {
  // "inject a `<script>` tag": tags inside code spans are text.
  if (html.includes('`'))
    return html
      .split(/(`+[^`]+`+)/)
      .map((part, i) => (i % 2 === 1 ? part : htmlTextOutsideCode(part)))
      .join('')
      .trim();
  return htmlTextOutsideCode(html).trim();
}

function htmlTextOutsideCode(html: string): string {
  // "<ul><li><b>Situation: </b>…</li>": list items stay list items.
  const listed = /<li\b/i.test(html) ? html.replace(/\s*<li\b[^>]*>\s*/gi, '\n- ').replace(/\s*<\/li>/gi, '') : html;
  return listed
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|details|summary|b|strong|i|em|span|center)\b[^>]*>/gi, '')
    .replace(/<code>([\s\S]*?)<\/code>/gi, '`$1`')
    .replace(/<[^>]+>/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** `<img src="a.png" alt="A">` as `![A](a.png)`. */
function imageMarkdown(tag: string): string {
  const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
  const alt = /\salt\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
  return src ? `![${alt}](${src})` : '';
}

/** "* Error correction\n* Packets routing" → "Error correction; Packets routing". */
function listAsLine(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*+]|\d{1,4}[.)])\s+/, '').trim())
    .filter(Boolean)
    .join('; ');
}

function fenced(code: string, language: string): string {
  const longest = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code}\n${fence}`;
}

function itemText(item: ListItem): string {
  const first = item.children[0];
  if (!first) return '';
  if (first.kind === 'paragraph' || first.kind === 'heading') return first.text.trim();
  return '';
}

function navigationReason(text: string): string | null {
  // Every kind of navigation below is made of links or images.
  if (!text.includes('](')) return null;
  const plain = text.replace(/<br\s*\/?>/gi, ' ').trim();
  const withoutLinks = plain.replace(/!?\[(?:[^\]]|\][^(])*\]\([^)]*\)/g, '').replace(/[*_\s|·•()[\]-]/g, '');
  if (/^[*_\s]*\[[^\]]*\]\(#[^)]*\)[*_\s]*$/.test(plain) && BACK_TO_TOP.test(plain)) return 'navigation ("back to top" link)';
  if (/^[*_\s]*(?:\[[^\]]*(?:back to top|⬆|↑)[^\]]*\]\([^)]*\))[*_\s]*$/i.test(plain)) return 'navigation ("back to top" link)';
  if (withoutLinks === '' && /!\[/.test(plain)) return 'badge or image';
  if (withoutLinks === '' && /\]\(#/.test(plain)) return 'navigation (in-page links)';
  return null;
}

function isLinkList(list: Extract<Block, { kind: 'list' }>): boolean {
  // Every item only a link (a question written as a link among plain questions is still a question).
  return (
    list.items.length > 0 &&
    list.items.every(
      (item) => isLinkOnly(itemText(item)) && item.children.every((c) => c.kind === 'paragraph' || (c.kind === 'list' && isLinkList(c))),
    )
  );
}

/**
 * The nested list of an item that names a topic rather than asks: most nested items are questions, and
 * the item itself is not one, or carries no difficulty tag where they do.
 */
function topicQuestions(item: ListItem, text: string): Extract<Block, { kind: 'list' }> | null {
  const nested = item.children.find((child): child is Extract<Block, { kind: 'list' }> => child.kind === 'list');
  if (!nested || !text || markerOf(text) || FOLLOW_UP_MARKER.test(text)) return null;
  const texts = nested.items.map(itemText);
  // "Solve [exercises](#kubernetes-exercises)": in-page links are navigation, not questions.
  const asking = texts.filter((child) => isQuestionText(child) && !child.includes('](#')).length;
  if (asking < Math.max(1, texts.length * 0.6)) return null;
  const tagged = texts.filter((child) => DIFFICULTY_TAG.test(child)).length;
  const topic = !isQuestionText(text) || (!DIFFICULTY_TAG.test(text) && tagged >= texts.length * 0.6);
  return topic ? nested : null;
}

function isOptionList(list: Extract<Block, { kind: 'list' }>): boolean {
  return (
    list.items.length >= 2 &&
    list.items.length <= 10 &&
    list.items.every((item) => item.children.length === 1 && OPTION.test(itemText(item)))
  );
}

/**
 * Headings grouped by parent heading and depth: when most of a group ask (3 or more, ≥ 60 %), the
 * group is a list of questions, as with list items.
 */
class SiblingHeadings {
  private readonly groupOf = new Map<Block, SiblingGroup>();
  /** Every heading of a depth, whatever its parent: "#### Too many re-renders …" under "### Errores Típicos". */
  private readonly depths = new Map<number, SiblingGroup>();

  constructor(blocks: Block[]) {
    const open: { depth: number; groups: Map<number, SiblingGroup> }[] = [{ depth: 0, groups: new Map() }];
    for (const block of blocks) {
      if (block.kind !== 'heading') continue;
      while (open.length > 1 && open[open.length - 1].depth >= block.depth) open.pop();
      const groups = open[open.length - 1].groups;
      const group = groups.get(block.depth) ?? { total: 0, questions: 0, numbered: 0 };
      groups.set(block.depth, group);
      group.total++;
      const plain = stripEmphasis(headingText(block.text));
      const depth = this.depths.get(block.depth) ?? { total: 0, questions: 0, numbered: 0 };
      this.depths.set(block.depth, depth);
      depth.total++;
      if (isQuestionHeading(plain)) {
        group.questions++;
        depth.questions++;
      }
      if (NUMBERED.test(plain)) {
        group.numbered++;
        depth.numbered++;
      }
      this.groupOf.set(block, group);
      open.push({ depth: block.depth, groups: new Map() });
    }
  }

  mostlyQuestions(block: Block): boolean {
    const group = this.groupOf.get(block);
    if (!group) return false;
    if (group.questions >= 3) return group.questions >= group.total * 0.6;
    // A small group ("### Errores Típicos" with three headings) is read like the headings of its depth.
    const depth = block.kind === 'heading' ? this.depths.get(block.depth) : undefined;
    return !!depth && group.questions >= 1 && depth.questions >= 3 && depth.questions >= depth.total * 0.6;
  }

  /** Eight or more siblings, nearly all numbered ("## 1.…", "## 2.…"): a numbered list of questions, not a short plan. */
  numberedRun(block: Block): boolean {
    const group = this.groupOf.get(block);
    if (!group || group.numbered < group.total * 0.8) return false;
    if (group.numbered >= 8) return true;
    // Numbering restarts in each short section ("# 数据库" → "## 1 事务" … "## 6 MyISAM和InnoDB"): the depth decides.
    const depth = block.kind === 'heading' ? this.depths.get(block.depth) : undefined;
    return !!depth && group.numbered >= 2 && depth.numbered >= 8 && depth.numbered >= depth.total * 0.8;
  }
}

interface SiblingGroup {
  total: number;
  questions: number;
  numbered: number;
}

/** Something other than a heading (or spacing HTML) comes after the heading. */
function bodyFollows(blocks: Block[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    const block = blocks[j];
    if (block.kind === 'hr' || (block.kind === 'html' && !htmlText(block.value))) continue;
    if (block.kind === 'list') return !isLinkList(block);
    if (block.kind === 'paragraph') return !navigationReason(block.text);
    return block.kind !== 'heading';
  }
  return false;
}

/** A heading with questions below it (before the next heading as shallow) names their section. */
function parentOfQuestions(blocks: Block[], i: number): boolean {
  const depth = (blocks[i] as Extract<Block, { kind: 'heading' }>).depth;
  for (let j = i + 1; j < blocks.length; j++) {
    const block = blocks[j];
    if (block.kind !== 'heading') continue;
    if (block.depth <= depth) return false;
    if (isQuestionHeading(stripEmphasis(headingText(block.text)))) return true;
  }
  return false;
}

/** No heading of the same depth or deeper follows before a shallower one: the heading has no sub-headings. */
function isLeafHeading(blocks: Block[], i: number): boolean {
  const depth = (blocks[i] as Extract<Block, { kind: 'heading' }>).depth;
  for (let j = i + 1; j < blocks.length; j++) {
    const block = blocks[j];
    if (block.kind === 'heading') return block.depth <= depth;
  }
  return true;
}

/** The paragraph(s) right after a heading that ask a question: up to three, ending with the one that asks. */
function askingParagraphs(blocks: Block[], i: number): { prompt: string; last: number } | null {
  const texts: string[] = [];
  for (let j = i + 1; j < blocks.length && j <= i + 3; j++) {
    const block = blocks[j];
    if (block.kind !== 'paragraph' || navigationReason(block.text) || opensQuestion(block.text)) return null;
    texts.push(block.text);
    const plain = stripNumbering(inline(block.text)).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    // "### FizzBuzz" + "Print numbers from 1 to 100 …": a task asks too; so does a paragraph that "A:" answers.
    const asks =
      /[?？؟]/.test(plain) ||
      ((startsAsking(plain, QUESTION_START) || TITLED_TASK.test(plain)) && !isNote(block.text)) ||
      (blocks[j + 1]?.kind === 'paragraph' && QA_ANSWER.test((blocks[j + 1] as { text: string }).text));
    // "5.1.1 Vectors" + "If some characters are missing, refresh." + a list of questions, or "## SQL" +
    // "Suppose we have the following schema …" + "**1)** …" questions: the section asks, not the heading.
    if (asks) return questionsFollow(blocks, j) ? null : { prompt: texts.join('\n'), last: j };
  }
  return null;
}

/** "_If some characters seem to be missing, refresh the page._": a paragraph in italics is a note. */
function isNote(text: string): boolean {
  return /^\s*([*_])(?!\1)[\s\S]*[^*_]\1\s*$/.test(text);
}

function labelledAnswer(quote: Extract<Block, { kind: 'quote' }>): boolean {
  const first = quote.children[0];
  return first?.kind === 'paragraph' && (QA_ANSWER.test(first.text) || !!markerOf(first.text));
}

/** A block of a quote that opens a question: a heading that asks, "Q: …", "**Question:** …", "**What is X?**". */
function asksInQuote(block: Block): boolean {
  if (block.kind === 'heading') return isQuestionHeading(headingText(block.text));
  if (block.kind !== 'paragraph') return false;
  if (QA_QUESTION.test(block.text) && !markerOf(block.text)) return true;
  const bold = BOLD_QUESTION.exec(block.text);
  return !!bold && endsAsking(bold[1]);
}

/** A paragraph that opens a question of its own: "Q: …", "**What is X?**", "**1)** …", or a rubric marker. */
function opensQuestion(text: string): boolean {
  return QA_QUESTION.test(text) || BOLD_QUESTION.test(text) || BOLD_NUMBER.test(text) || !!markerOf(text);
}

/** The heading's first block opens questions: a `<details>` whose summary asks, a list of questions, "Q: …". */
function questionsOpen(blocks: Block[], i: number): boolean {
  let next = blocks[i + 1];
  if (next?.kind === 'hr') next = blocks[i + 2];
  if (!next) return false;
  if (next.kind === 'html') {
    const summary = /<summary[^>]*>([\s\S]*?)(?:<\/summary>|$)/i.exec(next.value)?.[1];
    return (
      summary !== undefined &&
      /<details\b/i.test(next.value) &&
      isQuestionText(htmlText(summary)) &&
      !ANSWER_SUMMARY.test(htmlText(summary))
    );
  }
  if (next.kind === 'list') return questionList(next);
  return next.kind === 'paragraph' && (QA_QUESTION.test(next.text) || BOLD_NUMBER.test(next.text));
}

/** Before the next heading (within a few blocks), a list of questions or a paragraph that opens one. */
function questionsFollow(blocks: Block[], j: number): boolean {
  for (let k = j + 1; k < blocks.length && k <= j + 8; k++) {
    const block = blocks[k];
    if (block.kind === 'heading') return false;
    if (block.kind === 'hr' && ruledQuestionAt(blocks, k)) return true;
    // (A list of questions counts right below the paragraph; further down it is more likely the answer's.)
    if (block.kind === 'list' && k === j + 1 && questionList(block)) return true;
    if (block.kind === 'paragraph' && (QA_QUESTION.test(block.text) || BOLD_NUMBER.test(block.text) || BOLD_QUESTION.test(block.text)))
      return true;
  }
  return false;
}

/** After the rule at k (and any HTML comment), a short paragraph that asks. */
function ruledQuestionAt(blocks: Block[], k: number): boolean {
  let next = k + 1;
  while (blocks[next]?.kind === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test((blocks[next] as { value: string }).value)) next++;
  const block = blocks[next];
  return block?.kind === 'paragraph' && block.text.length <= 300 && isQuestionText(block.text);
}

/** Before the next heading as shallow, two or more rules each followed by a question paragraph. */
function ruledQuestionsAhead(blocks: Block[], i: number): boolean {
  const depth = (blocks[i] as Extract<Block, { kind: 'heading' }>).depth;
  let ruled = 0;
  for (let k = i + 1; k < blocks.length; k++) {
    const block = blocks[k];
    if (block.kind === 'heading' && block.depth <= depth) break;
    if (block.kind === 'hr' && ruledQuestionAt(blocks, k) && ++ruled >= 2) return true;
  }
  return false;
}

/** A list whose items (at least two) are mostly questions. */
function questionList(block: Block | undefined): boolean {
  if (block?.kind !== 'list' || block.items.length < 2) return false;
  return block.items.filter((item) => isQuestionText(itemText(item))).length >= block.items.length * 0.6;
}

/** The paragraphs right after a heading (up to three), when nothing else comes first. */
function firstParagraphs(blocks: Block[], i: number): { prompt: string; last: number } | null {
  const texts: string[] = [];
  let last = i;
  for (let j = i + 1; j < blocks.length && j <= i + 3; j++) {
    const block = blocks[j];
    if (block.kind !== 'paragraph' || navigationReason(block.text) || opensQuestion(block.text)) break;
    texts.push(block.text);
    last = j;
  }
  return texts.length > 0 ? { prompt: texts.join('\n'), last } : null;
}

export function isQuestionText(text: string): boolean {
  const inlined = inline(text);
  if (DIFFICULTY_TAG.test(inlined)) return true;
  const plain = stripNumbering(inlined).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (!plain || markerOf(plain)) return false;
  // "Describe the following:" asks; "Storage:" labels what comes below it.
  if (/:$/.test(plain) && wordCount(plain) >= 3) return true;
  return /[?؟](?:\s|$)|？/.test(plain) || endsAsking(plain) || startsAsking(plain, QUESTION_START);
}

function isQuestionHeading(text: string): boolean {
  const plain = stripEmphasis(text);
  if (CALL_TO_ACTION.test(plain)) return false;
  if (asksOutright(plain)) return true;
  const unnumbered = stripNumbering(plain);
  if (CJK.test(unnumbered)) return CJK_ASKING.test(unnumbered);
  return startsAsking(unnumbered, HEADING_QUESTION_START) && wordCount(plain) >= 3;
}

/** Ends with a question mark, or is numbered as a question ("Q3.", "Question 12:"), or carries a difficulty tag. */
function asksOutright(plain: string): boolean {
  return endsAsking(plain) || /^(?:q(?:uestion)?\s*\d+[a-z]?\s*[:.)-])/i.test(plain) || DIFFICULTY_TAG.test(plain);
}

/** "What is X? 👶", "What is X? ###", "…selectors?.": a question mark before any decoration. */
function endsAsking(text: string): boolean {
  if (QUESTION_MARK_END.test(text)) return true;
  return mayEndInDecoration(text) && QUESTION_MARK_END.test(text.replace(TRAILING_DECORATION, ''));
}

/** The last character could be decoration (most texts end in a letter, a digit or a bracket: no regex needed). */
function mayEndInDecoration(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // space, !, #, *, ., _, emoji (surrogate pairs, U+2190–U+2BFF symbols), joiners and variation selectors
  return (
    last === 32 ||
    last === 33 ||
    last === 35 ||
    last === 42 ||
    last === 46 ||
    last === 95 ||
    (last >= 0xd800 && last <= 0xdfff) ||
    (last >= 0x2190 && last <= 0x2bff) ||
    last === 0x200d ||
    last === 0xfe0f
  );
}

/** Starts with an interrogative or a request, in English (the given pattern) or another language. */
function startsAsking(plain: string, english: RegExp): boolean {
  const text = plain.replace(DIFFICULTY_TAG, '');
  if (english.test(text)) return true;
  // Every other language's words start with a letter outside ASCII, or are short ASCII words. Chinese
  // answers are full of 区别 and 实现: only a short text is asked by its words.
  if (CJK.test(text)) return text.length <= 60 && CJK_ASKING.test(text);
  return OTHER_LANGUAGE_QUESTION_START.test(text) || PARTICLE_QUESTION.test(text);
}

/** A heading that reads as a sentence ("Generate an array, containing …, up until the nth term."), not a section name. */
function sentenceShaped(plain: string): boolean {
  return wordCount(plain) >= 6 || /[.!]$/.test(plain);
}
