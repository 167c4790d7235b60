import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/document/profile/build.js';
import { describeIssuer, numberFamily } from '../../src/document/profile/issuers.js';
import { parseOverrides } from '../../src/document/profile/overrides.js';
import { mdDoc, txtDoc } from '../helpers/docs.js';

/**
 * The profile reads what a document is from its evidence — the 令 that
 * publishes it, the enacting formula, the 统一登记号 and the series of the
 * 发文字号, the title's form — never from its subject. Each case has a trap
 * beside it: the same words where they are not evidence.
 */
const profileOf = async (text: string, asOf = '2026-11-27', settings = {}) => buildProfile(await txtDoc(text), { asOf, settings });

describe('profile: kind from the strongest evidence', () => {
  it.each([
    [
      'a regulation published by 国务院令',
      '中华人民共和国国务院令\n第800号\n现公布《某某条例》，自2026年1月1日起施行。\n总理　某某\n2025年12月1日\n某某条例\n第一条 为了……，制定本条例。\n第二条 本条例自2026年1月1日起施行。\n',
      '行政法规',
    ],
    [
      'a ministry rule published by 部令',
      '人力资源和社会保障部令\n第60号\n《某某管理办法》已经2025年3月1日人力资源和社会保障部第10次部务会议审议通过，现予公布，自2025年5月1日起施行。\n部长　某某\n2025年3月20日\n某某管理办法\n第一条 为了……，制定本办法。\n第二条 本办法自2025年5月1日起施行。\n',
      '部门规章',
    ],
    [
      'a provincial government rule published by 省政府令',
      '湖南省人民政府令\n第330号\n《湖南省某某办法》已经2025年6月1日省人民政府第50次常务会议通过，现予公布，自2025年8月1日起施行。\n省长　某某\n2025年6月20日\n湖南省某某办法\n第一条 为了……，制定本办法。\n第二条 本办法自2025年8月1日起施行。\n',
      '地方政府规章',
    ],
    [
      'a local regulation with its 题注',
      '湖南省某某条例\n（2019年3月28日湖南省第十三届人民代表大会常务委员会第十次会议通过）\n第一条 为了……，制定本条例。\n第二条 本条例自2019年6月1日起施行。\n',
      '地方性法规',
    ],
    [
      'a separate regulation of an autonomous prefecture',
      '湘西土家族苗族自治州某某条例\n（2020年1月10日湘西土家族苗族自治州第十四届人民代表大会第五次会议通过　2020年3月31日湖南省第十三届人民代表大会常务委员会第十六次会议批准）\n第一条 为了……，制定本条例。\n第二条 本条例自2020年5月1日起施行。\n',
      '自治条例和单行条例',
    ],
    [
      'a law with its dated header line',
      '中华人民共和国某某法\n2024年6月28日 第十四届全国人民代表大会常务委员会第十次会议通过\n第一条 为了……，制定本法。\n第二条 本法自2025年1月1日起施行。\n',
      '法律',
    ],
    [
      'a judicial interpretation by its number',
      '最高人民法院关于审理某某案件适用法律问题的解释\n法释〔2025〕3号\n第一条 人民法院审理……。\n第二条 本解释自2025年5月1日起施行。\n',
      '司法解释',
    ],
    [
      'a registered Hunan normative document',
      '湖南省人力资源和社会保障厅关于做好某某工作的通知\n湘人社规〔2025〕3号\nHNPR—2025—11003\n各市州人力资源和社会保障局：\n一、总体要求\n',
      '行政规范性文件',
    ],
    [
      'a registered 工作方案 (registration makes it normative)',
      '湖南省人力资源和社会保障厅关于印发《2025年就业帮扶工作方案》的通知\n湘人社发〔2025〕8号\nHNPR—2025—11008\n各市州人力资源和社会保障局：\n现将方案印发给你们。\n',
      '行政规范性文件',
    ],
    [
      'a reply in the 函 series',
      '湖南省人力资源和社会保障厅关于某某市调整失业保险金标准的复函\n湘人社函〔2025〕12号\n某某市人力资源和社会保障局：\n你局《关于……的请示》收悉。经研究，函复如下：\n同意。\n湖南省人力资源和社会保障厅\n2025年3月3日\n',
      '函',
    ],
    [
      'an approval',
      '湖南省人民政府关于同意设立某某开发区的批复\n湘政函〔2025〕20号\n某某市人民政府：\n你市《关于……的请示》收悉。现批复如下：\n一、同意设立。\n',
      '批复',
    ],
    [
      'a circulated report',
      '湖南省人力资源和社会保障厅关于2024年度就业目标考核结果的通报\n湘人社发〔2025〕2号\n各市州人力资源和社会保障局：\n现将考核结果通报如下：\n',
      '通报',
    ],
    [
      'an award decision',
      '湖南省人力资源和社会保障厅关于表彰2024年度全省就业工作先进单位的决定\n湘人社发〔2025〕5号\n各市州人力资源和社会保障局：\n为表彰先进，决定授予……称号。\n',
      '表彰奖惩决定',
    ],
    [
      'an appointment notice',
      '湖南省人民政府办公厅关于调整省就业工作领导小组组成人员的通知\n湘政办函〔2025〕9号\n各市州人民政府：\n因人事变动，现将组成人员调整如下：\n',
      '人事任免',
    ],
    [
      "a reply to a deputy's proposal",
      '湖南省人力资源和社会保障厅对省十四届人大三次会议第0123号建议的答复\n湘人社函〔2025〕30号\n某某代表：\n您提出的建议收悉，现答复如下：\n',
      '答复',
    ],
    [
      'a work plan it issues',
      '湖南省人力资源和社会保障厅关于印发《2025年全省人社工作要点》的通知\n湘人社发〔2025〕1号\n各市州人力资源和社会保障局：\n现将工作要点印发给你们。\n',
      '工作方案',
    ],
  ])('%s', async (_name, text, kind) => {
    expect((await profileOf(text)).kind.value).toBe(kind);
  });

  it.each([
    [
      'a notice that cites a 国务院令 in its body is still a notice',
      '湖南省人力资源和社会保障厅关于贯彻落实《某某条例》的通知\n湘人社发〔2025〕6号\n各市州人力资源和社会保障局：\n《某某条例》（国务院令第800号）已经国务院第50次常务会议通过，现就贯彻落实通知如下：\n一、提高认识\n',
      '行政规范性文件',
    ],
    [
      'a notice titled after a 条例 it implements is not a regulation',
      '湖南省人力资源和社会保障厅关于贯彻实施《工伤保险条例》的通知\n湘人社发〔2025〕7号\n各市州人力资源和社会保障局：\n一、总体要求\n',
      '行政规范性文件',
    ],
    [
      'a Hunan draft that sets a penalty itself is still a normative document under review',
      '湖南省某某管理办法\n第一条 为了……，制定本办法。\n第二条 违反本办法的，由人力资源社会保障部门处以5000元罚款，情节严重的，吊销其许可证。\n第三条 本办法自2025年3月1日起施行，有效期5年。\n',
      '行政规范性文件',
    ],
    [
      'a 通报 that praises is a 通报, a 决定 that repeals is not an award',
      '湖南省人力资源和社会保障厅关于废止部分规范性文件的决定\n湘人社规〔2025〕2号\nHNPR—2025—11002\n各市州人力资源和社会保障局：\n经清理，决定废止下列文件。\n',
      '行政规范性文件',
    ],
  ])('trap: %s', async (_name, text, kind) => {
    expect((await profileOf(text)).kind.value).toBe(kind);
  });

  it("takes another province's 规定 with no header that sets penalties only legislation may set for a local regulation", async () => {
    const p = await profileOf(
      '上海市某某若干规定\n第一条 为了……，制定本规定。\n第二条 违反本规定的，由市劳动保障部门责令改正，没收违法所得，情节严重的，吊销其许可证。\n第三条 本规定自2006年3月1日起施行。\n',
    );
    expect(p.kind).toMatchObject({ value: '地方性法规', source: 'inferred' });
    expect(p.kind.basis).toContain('只有法律、法规可以设定');
  });

  it('gives each value its evidence and says how it was found', async () => {
    const doc = await txtDoc(
      '国务院关于同意建立某某部际联席会议制度的批复\n国函〔2018〕144号\n教育部：\n你部《关于……的请示》收悉。现批复如下：\n一、同意。\n国务院\n2018年11月20日\n',
    );
    const p = buildProfile(doc, { asOf: '2026-11-27' });
    expect(p).toMatchObject({ normative: false, level: 'national', region: { value: '全国' }, form: { value: 'letter' }, stage: { value: 'issued' } });
    expect(p.kind.basis).toContain('国函〔2018〕144号');
    expect(p.kind.basis).toContain('批复');
    expect(doc.text.slice(p.kind.evidence!.start, p.kind.evidence!.end)).toBe('国务院关于同意建立某某部际联席会议制度的批复');
    expect(p.dates.reference).toMatchObject({ value: '2018-11-20', of: 'signed', source: 'read' });
  });
});

describe('profile: issuers, level and region', () => {
  it.each([
    ['湖南省人力资源和社会保障厅', 'provincial', '湖南省'],
    ['长沙市人力资源和社会保障局', 'municipal', '湖南省'],
    ['湘潭县人民政府', 'county', '湖南省'],
    ['北京市人民政府', 'provincial', '北京市'],
    ['北京市朝阳区人民政府', 'county', '北京市'],
    ['广州市人民政府', 'municipal', '广东省'],
    ['国务院办公厅', 'national', '全国'],
    ['人力资源和社会保障部', 'national', '全国'],
    ['中央军委', 'national', '全国'],
  ])('%s', (name, level, region) => {
    expect(describeIssuer(name)).toMatchObject({ level, region });
  });

  it.each([
    ['国办发', '国务院办公厅', '发'],
    ['国函', '国务院', '函'],
    ['湘人社规', '湖南省人力资源和社会保障厅', '规'],
    ['湘政办发', '湖南省人民政府办公厅', '发'],
    ['粤人社函', '广东省人力资源和社会保障厅', '函'],
    ['长人社发', '长沙市人力资源和社会保障局', '发'],
    ['人社部发', '人力资源和社会保障部', '发'],
    ['劳社部发', '劳动和社会保障部', '发'],
  ])('reads the 发文字号 code %s', (code, issuer, series) => {
    expect(numberFamily(code)).toMatchObject({ issuer: { name: issuer }, series });
  });

  it("lists joint issuers from the title and keeps the signature's body once", async () => {
    const p = await profileOf(
      '湖南省人力资源和社会保障厅 湖南省财政厅\n关于调整退休人员基本养老金的通知\n湘人社发〔2025〕30号\n各市州人力资源和社会保障局、财政局：\n一、调整范围\n湖南省人力资源和社会保障厅　湖南省财政厅\n2025年7月1日\n',
    );
    expect(p.issuers.map((i) => i.name)).toEqual(['湖南省人力资源和社会保障厅', '湖南省财政厅']);
    expect(p.region.value).toBe('湖南省');
  });

  it('takes a document addressed to every province for a national one when it names no issuer', async () => {
    const p = await profileOf('关于做好某某工作的通知\n各省、自治区、直辖市人力资源社会保障厅（局）：\n一、工作要求\n');
    expect(p.region).toMatchObject({ value: '全国', source: 'inferred' });
  });

  it('falls back to the configured region, and says so, when no issuer is named', async () => {
    const p = await profileOf('某某管理办法\n第一条 为了……，制定本办法。\n第二条 本办法自2025年3月1日起施行，有效期5年。\n', '2026-11-27', {
      region: '江西省',
    });
    expect(p.region).toMatchObject({ value: '江西省', source: 'inferred' });
    expect(p.region.basis).toContain('settings.region');
  });
});

describe('profile: dates', () => {
  it('judges a law by its latest revision, listed under its title', async () => {
    const doc = await mdDoc(
      '# 中华人民共和国某某法\n\n2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过\n\n2012年12月28日 第十一届全国人民代表大会常务委员会第三十次会议《关于修改〈中华人民共和国某某法〉的决定》修正\n\n第一条 为了……，制定本法。\n\n第二条 本法自2008年1月1日起施行。\n',
    );
    const p = buildProfile(doc, { asOf: '2026-11-27' });
    expect(p.dates.published?.value).toBe('2007-06-29');
    expect(p.dates.revised?.value).toBe('2012-12-28');
    expect(p.dates.reference).toMatchObject({ value: '2012-12-28', of: 'revised' });
  });

  it('judges an undated document of an earlier year by its 发文字号 year, and an undated draft as of the review date', async () => {
    const old = await profileOf('关于某某问题的通知\n劳社部发〔2008〕3号\n各省、自治区、直辖市劳动和社会保障厅（局）：\n一、……\n');
    expect(old.dates.reference).toMatchObject({ value: '2008-12-31', of: 'numberYear' });
    const draft = await profileOf('湖南省某某管理办法\n第一条 为了……，制定本办法。\n第二条 本办法自2027年3月1日起施行，有效期5年。\n');
    expect(draft.dates.reference).toMatchObject({ value: '2026-11-27', of: 'asOf' });
    expect(draft.stage.value).toBe('draft');
  });
});

describe('profile: what the user says', () => {
  it('lets --kind, --issuer and --region override what was read, and says so', async () => {
    const doc = await txtDoc('某某管理办法\n第一条 为了……，制定本办法。\n');
    const p = buildProfile(doc, {
      asOf: '2026-11-27',
      overrides: { ...parseOverrides({ kind: '部门规章', issuer: '人力资源和社会保障部', region: '全国' }, '命令行', 'E_USAGE') },
    });
    expect(p.kind).toMatchObject({ value: '部门规章', source: 'user' });
    expect(p.issuers[0]).toMatchObject({ name: '人力资源和社会保障部', source: 'user', level: 'national' });
    expect(p.region).toMatchObject({ value: '全国', source: 'user' });
  });

  it('refuses a value it cannot use, naming the allowed ones', () => {
    expect(() => parseOverrides({ kind: '规范性文件2' }, '命令行', 'E_USAGE')).toThrow(/可选值：法律、行政法规.*批复/);
    expect(() => parseOverrides({ region: '火星' }, '配置文件', 'E_CONFIG_INVALID')).toThrow(/document\.region.*可选值：全国、北京市/);
    expect(() => parseOverrides({ issuer: '张三' }, '命令行', 'E_USAGE')).toThrow(/--issuer.*机关全称/);
    expect(parseOverrides({ region: '湖南' }, '命令行', 'E_USAGE').region).toBe('湖南省');
  });
});
