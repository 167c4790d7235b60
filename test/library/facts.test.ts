import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf, normalizeTitle, titlesOf } from '../../src/library/facts.js';
import { normalizeDocumentNumberText, registrationKey } from '../../src/library/library-index.js';
import { mdDoc } from '../helpers/docs.js';
import { sampleLibrary } from '../helpers/library.js';

const SAMPLE = readFileSync(new URL('../../fixtures/drafts/sample-draft.md', import.meta.url), 'utf8');

describe('document facts for rules across documents', () => {
  it('knows a 印发 notice by its title and by the measure it issues, and where its header fields are', async () => {
    const facts = factsOf(await mdDoc(SAMPLE));
    expect(facts.titles).toEqual(['湖南省人力资源和社会保障厅关于印发《湖南省就业见习管理暂行办法》的通知', '湖南省就业见习管理暂行办法']);
    expect(facts.anchors.documentNumber).toMatchObject({ location: { line: 2, address: '发文字号' } });
    expect(facts.anchors.registrationNumber?.location.address).toBe('统一登记号');
    expect(facts.anchors.validity?.location.address).toBe('附件第七条');
    expect(facts.anchors.title?.location.address).toBe('标题');
    expect(facts.indefinite).toBe(false);
    // The title's own 《》 is not a citation.
    expect(facts.citations.filter((c) => c.kind === 'title')).toEqual([]);
  });

  it('records citations by number and by title with their role: basis, repeal or reference', async () => {
    const lib = sampleLibrary();
    const made = factsOf(await mdDoc(lib['new.md']));
    expect(made.citations.map((c) => [c.kind, c.text, c.role, c.location.address])).toEqual([
      ['title', '湖南省工伤保险经办管理办法', 'basis', '第一条'],
      ['documentNumber', '湘人社规〔2018〕5号', 'basis', '第一条'],
      ['title', '湖南省失业保险经办办法', 'reference', '第二条'],
    ]);
    const repeal = factsOf(await mdDoc(lib['repeal/notice.md']));
    // A repeal decision names what it repeals in its title as well as in its body.
    expect(repeal.citations.map((c) => [c.kind, c.text, c.role])).toEqual([
      ['title', '湖南省失业保险经办办法', 'repeal'],
      ['documentNumber', '湘人社规〔2020〕3号', 'repeal'],
    ]);
    expect(repeal.titles).toEqual(['湖南省人力资源和社会保障厅关于废止《湖南省失业保险经办办法》的通知']);
  });

  it('marks 长期有效', async () => {
    const facts = factsOf(
      await mdDoc('# 湖南省某某规定\n\n第一条 根据《中华人民共和国劳动法》，制定本规定。\n\n第二条 本规定自2020年1月1日起施行，长期有效。\n'),
    );
    expect(facts.indefinite).toBe(true);
  });

  it('normalises numbers and titles so different writings match', () => {
    expect(normalizeDocumentNumberText('湘人社规[2024]04号')).toBe('湘人社规〔2024〕4号');
    expect(normalizeDocumentNumberText('湘人社规〔2024〕第4号')).toBe('湘人社规〔2024〕4号');
    expect(normalizeDocumentNumberText('无字号')).toBeNull();
    expect(registrationKey('HNPR-2024-11005')).toBe('HNPR—2024—11005');
    expect(registrationKey('hnpr－２０２４－１１００５')).toBe('HNPR—2024—11005');
    expect(registrationKey('HNPR—2024—xxxxx')).toBeNull();
    expect(normalizeTitle('《关于印发〈湖南省 就业见习管理办法〉的通知》')).toBe('关于印发《湖南省就业见习管理办法》的通知');
    expect(titlesOf('关于印发〈某办法〉的通知')).toEqual(['关于印发〈某办法〉的通知', '某办法']);
  });
});
