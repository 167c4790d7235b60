import { PROVINCES } from '../../corpus/titles.js';
import type { IssuerLevel } from '../model.js';
import { NATIONAL } from './kinds.js';

/**
 * Who issues a document: names of bodies with their level and region, and
 * the 机关代字 of 发文字号 (国办发, 湘人社规…). The tables hold what is
 * standard practice (the State Council's and ministries' codes, the
 * provinces' one-character abbreviations, the Hunan prefecture codes);
 * a body they do not know is still placed by the region and level words in
 * its name (湖南省…厅, 长沙市…局, …县人民政府).
 */

export interface IssuerInfo {
  name: string;
  level: IssuerLevel | null;
  region: string | null;
}

/** Names that are national whatever else they say (中央军委 is national though it has no 部/委 ending). */
const NATIONAL_NAMES = [
  '全国人民代表大会常务委员会',
  '全国人民代表大会',
  '全国人大常委会',
  '国务院办公厅',
  '国务院',
  '政务院',
  '中央人民政府',
  '中央军事委员会办公厅',
  '中央军事委员会',
  '中央军委办公厅',
  '中央军委',
  '最高人民法院',
  '最高人民检察院',
  '中共中央办公厅',
  '中共中央',
  '中华全国总工会',
  '中国人民银行',
  '海关总署',
  '审计署',
];

/** Short names and their full form. */
const ALIASES: Record<string, string> = {
  中央军委: '中央军事委员会',
  中央军委办公厅: '中央军事委员会办公厅',
  全国人大常委会: '全国人民代表大会常务委员会',
  人社部: '人力资源和社会保障部',
  人力资源社会保障部: '人力资源和社会保障部',
  发展改革委: '国家发展和改革委员会',
};

/** 省级 short names: 湖南 for 湖南省, 广西 for 广西壮族自治区. */
const PROVINCE_SHORT: Array<[string, string]> = PROVINCES.map((p) => [p.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/u, ''), p]);

/** One-character abbreviations used as the first character of 机关代字. 宁 is also 南京's; it is read as 宁夏. */
export const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  京: '北京市',
  津: '天津市',
  冀: '河北省',
  晋: '山西省',
  蒙: '内蒙古自治区',
  辽: '辽宁省',
  吉: '吉林省',
  黑: '黑龙江省',
  沪: '上海市',
  苏: '江苏省',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  桂: '广西壮族自治区',
  琼: '海南省',
  渝: '重庆市',
  川: '四川省',
  蜀: '四川省',
  黔: '贵州省',
  贵: '贵州省',
  滇: '云南省',
  云: '云南省',
  藏: '西藏自治区',
  陕: '陕西省',
  甘: '甘肃省',
  陇: '甘肃省',
  青: '青海省',
  宁: '宁夏回族自治区',
  新: '新疆维吾尔自治区',
};

/** Hunan's 市州 (the offices this tool serves), and their one-character codes in 发文字号 (长政发, 株人社发…). */
const HUNAN_CITIES: Array<[string, string]> = [
  ['长沙', '长'],
  ['株洲', '株'],
  ['湘潭', '潭'],
  ['衡阳', '衡'],
  ['邵阳', '邵'],
  ['岳阳', '岳'],
  ['常德', '常'],
  ['张家界', '张'],
  ['益阳', '益'],
  ['郴州', '郴'],
  ['永州', '永'],
  ['怀化', '怀'],
  ['娄底', '娄'],
  ['湘西土家族苗族自治州', '州'],
  ['湘西', '州'],
];

/** Capitals and other large cities of the other provinces, so that their documents are not taken for Hunan's. */
const OTHER_CITIES: Record<string, string> = {
  石家庄: '河北省',
  太原: '山西省',
  呼和浩特: '内蒙古自治区',
  沈阳: '辽宁省',
  大连: '辽宁省',
  长春: '吉林省',
  哈尔滨: '黑龙江省',
  南京: '江苏省',
  苏州: '江苏省',
  无锡: '江苏省',
  杭州: '浙江省',
  宁波: '浙江省',
  温州: '浙江省',
  合肥: '安徽省',
  福州: '福建省',
  厦门: '福建省',
  南昌: '江西省',
  济南: '山东省',
  青岛: '山东省',
  郑州: '河南省',
  武汉: '湖北省',
  宜昌: '湖北省',
  广州: '广东省',
  深圳: '广东省',
  珠海: '广东省',
  佛山: '广东省',
  东莞: '广东省',
  南宁: '广西壮族自治区',
  海口: '海南省',
  三亚: '海南省',
  成都: '四川省',
  贵阳: '贵州省',
  昆明: '云南省',
  拉萨: '西藏自治区',
  西安: '陕西省',
  兰州: '甘肃省',
  西宁: '青海省',
  银川: '宁夏回族自治区',
  乌鲁木齐: '新疆维吾尔自治区',
};

function canonical(name: string): string {
  const bare = name.replace(/[ \u3000]/g, '').replace(/^中华人民共和国(?=.)/u, '');
  return ALIASES[bare] ?? bare;
}

/** The province a name starts with (湖南省…, 湖南…), or a city whose province is known. */
function provinceOf(name: string): string | null {
  for (const p of PROVINCES) if (name.startsWith(p)) return p;
  for (const [short, p] of PROVINCE_SHORT) if (short.length >= 2 && name.startsWith(short) && !/^(北京|天津|上海|重庆)(?!市)/u.test(name)) return p;
  for (const [city] of HUNAN_CITIES) if (name.startsWith(city)) return '湖南省';
  for (const [city, p] of Object.entries(OTHER_CITIES)) if (name.startsWith(city)) return p;
  return null;
}

const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市'];

/** Level and region of a body from its name. */
export function describeIssuer(raw: string): IssuerInfo {
  const name = canonical(raw);
  if (NATIONAL_NAMES.includes(name) || NATIONAL_NAMES.includes(raw)) return { name, level: 'national', region: NATIONAL };
  const region = provinceOf(name);
  if (region) {
    const rest = name.slice(name.startsWith(region) ? region.length : 0);
    let level: IssuerLevel = 'provincial';
    if (/^[\u4e00-\u9fff]{1,12}?(市|自治州|地区|盟)(?!场|民)/u.test(rest) && !(MUNICIPALITIES.includes(region) && !/^[\u4e00-\u9fff]{1,8}?(区|县)/u.test(rest)))
      level = 'municipal';
    if (/^[\u4e00-\u9fff]{1,12}?(县|自治县|旗)(?!级)/u.test(rest) || /^[\u4e00-\u9fff]{1,10}?市[\u4e00-\u9fff]{1,8}?(区|县)(?!域)/u.test(rest))
      level = 'county';
    if (MUNICIPALITIES.includes(region) && /^[\u4e00-\u9fff]{1,8}?(区|县)人民政府/u.test(rest)) level = 'county';
    if (!name.startsWith(region) && region === '湖南省' && HUNAN_CITIES.some(([c]) => name.startsWith(c)))
      level = /(县|区)(人民政府|[\u4e00-\u9fff]{0,10}局)/u.test(name) ? 'county' : 'municipal';
    if (!name.startsWith(region) && Object.keys(OTHER_CITIES).some((c) => name.startsWith(c))) level = 'municipal';
    return { name, level, region };
  }
  // A ministry or a national bureau: 人力资源和社会保障部, 国家统计局, 中国气象局, 国务院扶贫办.
  if (/^(国务院|国家|中国|中央)/u.test(name) || /部(办公厅)?$/u.test(name) || /^(劳动|人事|财政|教育|民政|司法|公安)部/u.test(name))
    return { name, level: 'national', region: NATIONAL };
  return { name, level: null, region: null };
}

export interface NumberFamily {
  /** The body the code stands for, when the tables know it. */
  issuer: IssuerInfo | null;
  /** 规: a registered 规范性文件 series; 函: letters; 令: decrees; 法释: 司法解释; 发: general documents. */
  series: '规' | '函' | '令' | '司法解释' | '发' | '其他';
  /** Chinese, for the profile's basis: 国办发为国务院办公厅发文. */
  explanation: string;
}

/** The State Council's and ministries' codes (whole code, without the series character). */
const NATIONAL_CODES: Array<[RegExp, string]> = [
  [/^国办$/u, '国务院办公厅'],
  [/^国$/u, '国务院'],
  [/^中办$/u, '中共中央办公厅'],
  [/^中$/u, '中共中央'],
  [/^人社部$/u, '人力资源和社会保障部'],
  [/^人社厅$/u, '人力资源和社会保障部办公厅'],
  [/^劳社部$/u, '劳动和社会保障部'],
  [/^劳社厅$/u, '劳动和社会保障部办公厅'],
  [/^劳部$/u, '劳动部'],
  [/^劳办$/u, '劳动部办公厅'],
  [/^人(薪|职|调|力|部)?$/u, '人事部'],
  [/^财(社|税|预|综|行|办)?$/u, '财政部'],
  [/^教(发|职成|人)?$/u, '教育部'],
  [/^发改(办)?[\u4e00-\u9fff]{0,2}$/u, '国家发展和改革委员会'],
  [/^民$/u, '民政部'],
  [/^法$/u, '最高人民法院'],
  [/^高检$/u, '最高人民检察院'],
  [/^国统$/u, '国家统计局'],
];

/** Departments of a provincial (or city) government by the code after the region character. */
const LOCAL_DEPARTMENTS: Array<[RegExp, string]> = [
  [/^政办$/u, '人民政府办公厅'],
  [/^政$/u, '人民政府'],
  [/^人社(厅|办)?$/u, '人力资源和社会保障厅'],
  [/^财(社|行|预|办)?$/u, '财政厅'],
  [/^教$/u, '教育厅'],
  [/^发改[\u4e00-\u9fff]{0,2}$/u, '发展和改革委员会'],
  [/^民$/u, '民政厅'],
  [/^司$/u, '司法厅'],
  [/^卫健$/u, '卫生健康委员会'],
];

/**
 * What the 机关代字 of a 发文字号 says about its issuer and its series:
 * 国办发 → 国务院办公厅, general documents; 湘人社规 → 湖南省人力资源和社会保障厅,
 * registered 规范性文件; 国函 → 国务院, letters; 法释 → 最高人民法院, 司法解释.
 */
export function numberFamily(agency: string): NumberFamily {
  const code = agency.replace(/[ \u3000]/g, '');
  if (/^法释$/u.test(code)) return { issuer: describeIssuer('最高人民法院'), series: '司法解释', explanation: '“法释”为最高人民法院司法解释的编号' };
  if (/^高检发释字$/u.test(code))
    return { issuer: describeIssuer('最高人民检察院'), series: '司法解释', explanation: '“高检发释字”为最高人民检察院司法解释的编号' };
  const m = /^(.+?)(办函|明电|函|规|令|办发|发|字)$/u.exec(code);
  const stem = m ? m[1] : code;
  const tail = m ? m[2] : '';
  const series: NumberFamily['series'] = /函/u.test(tail) ? '函' : tail === '规' ? '规' : tail === '令' ? '令' : /发|字|明电/u.test(tail) ? '发' : '其他';
  // 国办发: stem 国 + 办发 → 国办.
  const withOffice = tail === '办发' || tail === '办函' ? `${stem}办` : stem;
  for (const [pattern, name] of NATIONAL_CODES) {
    if (pattern.test(withOffice)) {
      const issuer = describeIssuer(name);
      return { issuer, series, explanation: `“${code}”为${issuer.name}${seriesWord(series)}` };
    }
  }
  const first = withOffice[0] ?? '';
  const local = withOffice.slice(1);
  const department = LOCAL_DEPARTMENTS.find(([pattern]) => pattern.test(local));
  const province = PROVINCE_ABBREVIATIONS[first];
  if (province && local.length > 0) {
    const issuer: IssuerInfo = department
      ? describeIssuer(`${province}${department[1]}`)
      : { name: `${province}（机关代字“${code}”）`, level: 'provincial', region: province };
    return { issuer, series, explanation: `“${code}”为${issuer.name}${seriesWord(series)}（“${first}”为${province}的简称）` };
  }
  const city = HUNAN_CITIES.find(([, c]) => c === first);
  if (city && local.length > 0) {
    const cityName = /州$/u.test(city[0]) ? city[0] : `${city[0]}市`;
    const issuer: IssuerInfo = {
      name: department ? `${cityName}${department[1].replace(/厅$/u, '局')}` : `${cityName}（机关代字“${code}”）`,
      level: 'municipal',
      region: '湖南省',
    };
    return { issuer, series, explanation: `“${code}”为${issuer.name}${seriesWord(series)}（“${first}”为湖南省${city[0]}的简称）` };
  }
  return { issuer: null, series, explanation: `机关代字“${code}”` };
}

function seriesWord(series: NumberFamily['series']): string {
  switch (series) {
    case '规':
      return '的规范性文件编号';
    case '函':
      return '的函件编号';
    case '令':
      return '的令';
    case '司法解释':
      return '的司法解释编号';
    default:
      return '的发文';
  }
}

/** Bodies named at the start of a title before 关于/对/转发 that the header pass could not split (国务院办公厅对…的答复). */
export function leadingIssuer(title: string): string | null {
  const t = title.replace(/[ \u3000]/g, '');
  for (const n of [...NATIONAL_NAMES].sort((a, b) => b.length - a.length)) if (t.startsWith(n)) return n;
  const m = /^([\u4e00-\u9fff]{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|委员会|办公厅|厅|局|部))(?:关于|对|转发|批转|印发)/u.exec(t);
  return m ? m[1] : null;
}
