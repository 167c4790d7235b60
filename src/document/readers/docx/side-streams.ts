/**
 * Headers, footers, footnotes, endnotes and comments → SideStreams. They go
 * through the same walker as the body (so text boxes, fields, symbols and
 * tracked changes read the same way), without numbering: a footnote's own
 * reference mark (w:footnoteRef) is not text, and list labels inside notes
 * or comments are not rendered.
 */
import type { SideStream } from '../../model.js';
import { walkPart, type RawParagraph, type Story } from './body-walker.js';
import type { StyleSheet } from './styles.js';
import type { XmlTokenizer } from './xml-tokenizer.js';

export type SideKind = SideStream['kind'];

const STORY_ELEMENTS: Partial<Record<SideKind, ReadonlySet<string>>> = {
  footnote: new Set(['w:footnote']),
  endnote: new Set(['w:endnote']),
  comment: new Set(['w:comment']),
};

/** Footnote/endnote entries that are layout, not content. */
const SEPARATOR_TYPES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

function joinParagraphs(paragraphs: RawParagraph[]): string {
  return paragraphs
    .map((p) => p.text)
    .filter((t) => /\S/.test(t))
    .join('\n')
    .trim();
}

/** Read one side part. `partId` names header/footer streams (e.g. "header1"). */
export function readSidePart(tok: XmlTokenizer, kind: SideKind, partId: string, styles: StyleSheet): SideStream[] {
  const storyElements = STORY_ELEMENTS[kind];
  const walk = storyElements ? walkPart(tok, { styles, storyElements }) : walkPart(tok, { styles });
  const paragraphs = walk.paragraphs.slice().sort((a, b) => a.index - b.index);
  if (!storyElements) {
    const text = joinParagraphs(paragraphs);
    return text === '' ? [] : [{ kind, id: partId, text }];
  }
  const byStory = new Map<Story, RawParagraph[]>();
  for (const p of paragraphs) {
    if (!p.story) continue;
    let list = byStory.get(p.story);
    if (!list) byStory.set(p.story, (list = []));
    list.push(p);
  }
  const out: SideStream[] = [];
  for (const [story, list] of byStory) {
    if (story.type !== undefined && SEPARATOR_TYPES.has(story.type)) continue;
    const text = joinParagraphs(list);
    if (text === '') continue;
    const stream: SideStream = { kind, text };
    if (story.id !== undefined) stream.id = story.id;
    if (story.author !== undefined) stream.author = story.author;
    out.push(stream);
  }
  return out;
}
