/**
 * The canonical document model. Every reader (docx, pdf, md, txt) produces a
 * SourceDocument; the structure pass turns it into a LegalDocument. Rules only
 * ever see these types, never a file format.
 *
 * Offsets are UTF-16 code units everywhere (JavaScript string indices).
 */

/** What the content is (not the extension): a .wps in Word 97–2003 binary format is 'doc'. */
export type SourceFormat = 'docx' | 'doc' | 'pdf' | 'ofd' | 'md' | 'txt';

/** A [start, end) range of UTF-16 offsets into LegalDocument.text (or a block's text when stated). */
export interface Span {
  start: number;
  end: number;
}

/** Where a piece of a block came from in the original file. */
export interface SourceSegment {
  /** Offset in the block's text where this segment starts. */
  offset: number;
  /** 1-based page number, for paged formats (pdf; docx when known). */
  page?: number;
  /** 1-based line in the source file (md/txt) or on the page (pdf). */
  line?: number;
}

export interface BlockSource {
  /** 0-based paragraph index in the source (docx: w:p order in the part; md: block order; pdf: rebuilt paragraph order). */
  paragraph: number;
  /** 1-based page where the block starts, for paged formats. */
  page?: number;
  /** 1-based source line where the block starts (md/txt: file line; pdf: line on the page). */
  line?: number;
  /** Finer mapping when a block spans several source lines or pages, sorted by offset. */
  segments?: SourceSegment[];
  /** Stable id when the format has one (docx w14:paraId). */
  id?: string;
}

export type BlockContainer = 'body' | 'table' | 'textbox';

export interface BlockStyle {
  /** Style name as the author sees it (docx: w:name, e.g. "Heading 1", "公文标题"). */
  name?: string;
  /** Heading level 1..9 when the format says the block is a heading (md #, docx outline level + 1). */
  headingLevel?: number;
  alignment?: 'left' | 'center' | 'right' | 'justify';
  /** Font size in points, where known. */
  fontSize?: number;
  /** First-line indent in characters (approximate), where known. */
  indent?: number;
  bold?: boolean;
}

/** A tracked change inside a block, recorded so it can be reported; the text is audited as if accepted. */
export interface Revision {
  type: 'insert' | 'delete' | 'format';
  /** For inserts: the inserted range in block text. For deletes: a zero-length range where the text was. */
  start: number;
  end: number;
  /** Deleted text (for deletes) or inserted text. */
  text: string;
  author?: string;
  date?: string;
}

/** An anchored annotation (docx comment, footnote reference) inside a block. */
export interface Anchor {
  kind: 'comment' | 'footnote' | 'endnote';
  id: string;
  start: number;
  end: number;
}

export interface Block {
  /** 0-based position in reading order; line number in the extracted text is index + 1. */
  index: number;
  /** Text as printed, without the automatic number. Never contains '\n'. */
  text: string;
  /** Automatic number rendered by the producer (docx numbering), e.g. "第一条", "（一）". Not part of text. */
  label?: string;
  container: BlockContainer;
  style: BlockStyle;
  source: BlockSource;
  revisions?: Revision[];
  anchors?: Anchor[];
  /** Format-specific data for writers that need to go back to the file (docx annotate). Rules must not use it. */
  origin?: unknown;
}

/** Text that is not part of the body: headers, footers, footnotes, comments. */
export interface SideStream {
  kind: 'header' | 'footer' | 'footnote' | 'endnote' | 'comment';
  id?: string;
  author?: string;
  text: string;
}

export interface ReaderNote {
  code: string;
  message: string;
  /** Block index the note concerns, when it concerns one. */
  block?: number;
}

export interface SourceDocument {
  format: SourceFormat;
  blocks: Block[];
  streams: SideStream[];
  notes: ReaderNote[];
  /** Number of pages when the format has pages. */
  pages?: number;
  /** Encoding detected (txt) or declared. */
  encoding?: string;
}

// ---------------------------------------------------------------------------
// Structure (LegalDocument)
// ---------------------------------------------------------------------------

export interface TextField {
  text: string;
  span: Span;
}

export interface DateField extends TextField {
  /** ISO date YYYY-MM-DD; absent when the written date cannot exist. */
  iso?: string;
  year: number;
  month: number;
  day: number;
  valid: boolean;
  numerals: 'arabic' | 'chinese' | 'mixed';
}

export type StructureKind = 'part' | 'chapter' | 'section' | 'article' | 'clause' | 'item' | 'subitem';

export interface StructureNode {
  kind: StructureKind;
  /** Arabic number of the unit (第十二条 → 12; 第二款 → 2; （三） → 3). */
  number: number;
  /** As written or rendered: "第十二条", "（三）"; empty for 款 which have no label. */
  label: string;
  /** Span of the label within LegalDocument.text; for auto labels a zero-length span at the block start. */
  labelSpan: Span;
  /** Whole extent of the unit in LegalDocument.text. */
  span: Span;
  /** Heading text after the label (章/节 titles). */
  title?: string;
  /** Block indexes covered. */
  blocks: number[];
  children: StructureNode[];
}

export type OutlineLevel = 1 | 2 | 3 | 4;

/** A notice-style heading: 一、 / （一） / 1. / （1）. */
export interface OutlineHeading {
  level: OutlineLevel;
  number: number;
  /** The marker as written, e.g. "一、", "（一）", "1.", "（1）", or the odd form found ("一.", "1、"). */
  marker: string;
  /** Whether the marker's punctuation is the standard one for its level. */
  standard: boolean;
  labelSpan: Span;
  span: Span;
  block: number;
  /** Marker came from automatic numbering. */
  automatic: boolean;
}

export interface EffectiveClause {
  span: Span;
  /** The date, when an explicit date is given. */
  date?: DateField;
  /** "自印发之日起施行" and the like. */
  fromIssue: boolean;
  verb: string;
}

export interface ValidityClause {
  span: Span;
  /** Duration in months when stated as a period ("有效期5年" → 60). */
  months?: number;
  /** End date when stated ("有效期至2028年10月31日"). */
  until?: DateField;
  /** "长期有效". */
  indefinite?: boolean;
  text: string;
}

export interface Attachment {
  number?: number;
  title: string;
  span: Span;
  /** 'list': mentioned in the 附件说明; 'body': the attachment itself. */
  where: 'list' | 'body';
}

export interface DocumentHeader {
  registrationNumber?: TextField;
  documentNumber?: TextField;
  issuers: TextField[];
  title?: TextField;
  recipients?: TextField;
  /**
   * Lines under the title that describe the document: a 题注 in brackets
   * ("（2019年3月1日…会议通过）"), the dated history lines of a law, a draft
   * mark ("征求意见稿"), the notice that issued it.
   */
  titleNotes?: TextField[];
  /** The 令 heading of an instrument published by decree: "中华人民共和国国务院令 第707号". */
  decree?: TextField;
}

export interface DocumentClosing {
  effective?: EffectiveClause;
  validity?: ValidityClause;
  signatories: TextField[];
  signedDate?: DateField;
}

export interface Location {
  /** 1-based line in the extracted text (block index + 1). */
  line: number;
  /** 1-based column in UTF-16 units. */
  column: number;
  endLine: number;
  endColumn: number;
  page: number | null;
  /** Source paragraph index (0-based) as the reader reported it. */
  paragraph: number | null;
  /** Arabic number of the containing 第X条, or null. */
  article: number | null;
  /** Readable legal address, e.g. "第十二条第二款", or a part name ("标题", "文末"). */
  address: string;
}

export interface LegalDocument {
  source: SourceDocument;
  /** Block texts joined with '\n'; every offset in the model points into this. */
  text: string;
  /** Global offset at which each block's text starts. */
  blockStarts: number[];
  /** 'articles': 第X条 style; 'outline': 一、（一） notice style; 'plain': neither. */
  style: 'articles' | 'outline' | 'plain';
  header: DocumentHeader;
  /** Index of the first body block (after the header) and of the first closing block. */
  bodyStart: number;
  closingStart: number;
  /** 编/章/节/条 tree (article-style documents). */
  parts: StructureNode[];
  /** All articles in order, flat. */
  articles: StructureNode[];
  /** Outline headings in order (notice-style documents; also outlines inside articles). */
  outline: OutlineHeading[];
  closing: DocumentClosing;
  attachments: Attachment[];
  /** Text before the first article or outline heading, after the header: the preamble. */
  preamble?: Span;
  /**
   * Titles inside the body that start another instrument: the 办法 attached to
   * a 印发 notice, the title under an 附件 line. Each one closes the article
   * and chapter before it; numbering (第一条, 一、) restarts after it.
   */
  bodyTitles?: BodyTitle[];
  /** What the document is (set by the profile stage, src/document/profile/, before rules run). */
  profile?: DocumentProfile;
  /**
   * Present when the reader's text held invisible format characters (soft
   * hyphen, zero-width characters, word joiner, BOM, bidi controls…). The
   * structure pass and the rules see the text without them: `text`, `source`
   * and every span are in visible text; locations map back to the reader's
   * text through this record.
   */
  formatCharacters?: FormatCharacters;
}

// ---------------------------------------------------------------------------
// Profile: what the document is (kind, issuers, dates, stage, form)
// ---------------------------------------------------------------------------

/**
 * 文件类型. The first eight are normative (they bind others and are subject
 * to the rules for their level); the rest are official documents that are
 * not normative at all (国办发〔2018〕37号 and the Hunan 管理办法 leave out
 * 批复, 函, 表彰奖惩, 人事任免, 工作方案, 会议纪要, internal work rules…).
 */
export type DocumentKind =
  | '法律'
  | '行政法规'
  | '地方性法规'
  | '自治条例和单行条例'
  | '部门规章'
  | '地方政府规章'
  | '司法解释'
  | '行政规范性文件'
  | '批复'
  | '函'
  | '答复'
  | '通报'
  | '表彰奖惩决定'
  | '人事任免'
  | '工作方案'
  | '会议纪要'
  | '内部工作制度';

/** Where a profile value came from: read in the text, inferred from what was read, or set by the user. */
export type ProfileSource = 'read' | 'inferred' | 'user';

export interface ProfileValue<T> {
  value: T;
  source: ProfileSource;
  /** How the value was found, in Chinese: 发文字号“国函〔2018〕145号”（国函：国务院函件编号）；标题为“…的批复”. */
  basis: string;
  /** The text the value was read from or inferred from (LegalDocument.text offsets). */
  evidence?: Span;
}

export type IssuerLevel = 'national' | 'provincial' | 'municipal' | 'county';

export interface ProfileIssuer {
  name: string;
  level: IssuerLevel | null;
  /** Province (湖南省…) for local bodies; null for national bodies and when unknown. */
  region: string | null;
  source: ProfileSource;
  basis: string;
  evidence?: Span;
}

/** 条文式, 通知式 outline, a 印发 notice with the instrument it issues, a 批复/函, or neither. */
export type DocumentForm = 'articles' | 'outline' | 'issuing' | 'letter' | 'plain';

/** The date a rule judges the document by, and which date it is. */
export interface ReferenceDate extends ProfileValue<string> {
  of: 'signed' | 'revised' | 'published' | 'effective' | 'numberYear' | 'asOf';
}

export interface DocumentProfile {
  kind: ProfileValue<DocumentKind>;
  /** Whether the kind is normative (法律 … 行政规范性文件). */
  normative: boolean;
  /** Issuing bodies in order (joint documents have several); may be empty. */
  issuers: ProfileIssuer[];
  /** Level of the first issuer. */
  level: IssuerLevel | null;
  /** The province whose law governs the document; '全国' for national bodies. */
  region: ProfileValue<string>;
  dates: {
    /** 成文日期. */
    signed?: ProfileValue<string>;
    /** 公布、发布或通过 of the original text. */
    published?: ProfileValue<string>;
    /** Latest 修正/修订 contained in this text. */
    revised?: ProfileValue<string>;
    /** 施行日期. */
    effective?: ProfileValue<string>;
    /** Last day of validity (有效期). */
    validUntil?: ProfileValue<string>;
    /** The date rules judge the document by: its own date (成文, else the latest revision, else publication), else --as-of. */
    reference: ReferenceDate;
  };
  stage: ProfileValue<'draft' | 'issued'>;
  form: ProfileValue<DocumentForm>;
}

/** What the user says the document is (--kind, --issuer, --region, config "document"). */
export interface ProfileOverrides {
  kind?: DocumentKind;
  issuer?: string;
  region?: string;
  /** Where the overrides come from, for the basis text: 命令行 / 配置文件. */
  origin?: string;
}

/** A run of invisible format characters taken out of a block's text before the structure pass (src/document/visible-text.ts). */
export interface FormatCharacterRun {
  /** Block index. */
  block: number;
  /** Offset in the block's visible text (LegalDocument's), where the run was. */
  at: number;
  /** Offset in the block's text as the reader returned it. */
  sourceOffset: number;
  /** The characters, as found (e.g. "\u00ad", "\u202e"). */
  text: string;
}

export interface FormatCharacters {
  /** The document as the reader returned it, invisible characters in place (annotate writes into this one). */
  source: SourceDocument;
  /** Every run taken out, in document order. */
  runs: FormatCharacterRun[];
}

export interface BodyTitle extends TextField {
  /** Block index of the title. */
  block: number;
}
