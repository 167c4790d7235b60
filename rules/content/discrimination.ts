import { analyzeClauses, provisionWord, sentenceOf } from '../../src/analysis/clauses/index.js';
import { compileAll, regexListOption } from '../../src/rule-support/patterns.js';
import { defineRule } from '../../src/engine/rule.js';
import { builtinList, unionOf } from '../../src/engine/term-lists.js';
import { EMPLOYMENT_PROMOTION } from '../../src/engine/scopes.js';

export interface Options {
  /** Regexes: a sentence matching one is not reported (a condition the office knows to be set by law). */
  allow: string[];
}

type Tag = 'gender' | 'marriage' | 'ethnicity' | 'religion' | 'rural' | 'household' | 'age' | 'health' | 'disability';

interface Category {
  requirement: string;
  basis: string;
  suggestion: string;
  /** Whether a condition imposed on hiring is a clear breach (error) rather than a matter for review. */
  hiringError: boolean;
  /** Only reported when the sentence concerns hiring. */
  hiringOnly?: boolean;
}

const CATEGORY: Record<Tag, Category> = {
  gender: {
    requirement: '用人单位招用人员，除国家规定的不适合妇女的工种或者岗位外，不得以性别为由拒绝录用妇女或者提高对妇女的录用标准，不得限定为男性或者规定男性优先',
    basis: '《中华人民共和国就业促进法》第二十七条；《中华人民共和国妇女权益保障法》第四十三条',
    suggestion: '删去性别限制；属于国家规定的不适合妇女的工种或者岗位的，写明所依据的规定。',
    hiringError: true,
  },
  marriage: {
    requirement: '不得将限制结婚、生育或者婚姻、生育状况作为录（聘）用条件，不得将妊娠测试作为入职体检项目',
    basis: '《中华人民共和国妇女权益保障法》第四十三条、第四十四条',
    suggestion: '删去婚育状况条件和限制结婚、生育的内容。',
    hiringError: true,
  },
  ethnicity: {
    requirement: '劳动者就业不因民族、种族而受歧视，招聘信息不得含有民族、种族方面的歧视性内容',
    basis: '《中华人民共和国就业促进法》第三条、第二十八条；《人力资源市场暂行条例》第二十四条',
    suggestion: '删去民族限制。',
    hiringError: true,
  },
  religion: {
    requirement: '劳动者就业不因宗教信仰而受歧视，招聘信息不得含有宗教信仰方面的歧视性内容',
    basis: '《中华人民共和国就业促进法》第三条；《人力资源市场暂行条例》第二十四条',
    suggestion: '删去宗教信仰限制。',
    hiringError: true,
  },
  rural: {
    requirement: '不得对农村劳动者进城就业设置歧视性限制',
    basis: '《中华人民共和国就业促进法》第三十一条',
    suggestion: '删去城乡户口限制，对农村劳动者和城镇劳动者适用同一条件。',
    hiringError: true,
  },
  household: {
    requirement: '以户籍限定就业或者公共就业服务的对象，须有法律、法规依据',
    basis: '《中华人民共和国就业促进法》第三条、第二十六条',
    suggestion: '删去户籍限制，或改为以常住地、参保地等与政策目的相关的条件；确有依据的，写明依据。',
    hiringError: false,
  },
  age: {
    requirement: '以年龄上限设定招聘条件，须有法律、法规依据，否则可能构成就业歧视',
    basis: '《中华人民共和国就业促进法》第三条、第二十六条',
    suggestion: '删去年龄上限，或写明所依据的法律、法规（如公务员录用的年龄条件）；与岗位确有关联的，说明理由。',
    hiringError: false,
    hiringOnly: true,
  },
  health: {
    requirement: '用人单位招用人员，不得以是传染病病原携带者为由拒绝录用',
    basis: '《中华人民共和国就业促进法》第三十条',
    suggestion: '删去病原携带者（乙肝等）限制和相关检测要求；属于法律、行政法规和国务院卫生行政部门规定禁止从事的易使传染病扩散的工作的，写明依据。',
    hiringError: true,
  },
  disability: {
    requirement: '在职工的招用、转正、晋级等方面不得歧视残疾人',
    basis: '《中华人民共和国残疾人保障法》第三十八条；《中华人民共和国就业促进法》第二十九条',
    suggestion: '删去对残疾人的限制，按岗位实际要求设定条件。',
    hiringError: true,
  },
};

/**
 * An eligibility condition on a protected attribute — sex, marriage and
 * childbirth, ethnicity, religion, household registration, age, carrying a
 * disease, disability — in hiring or in access to a public service. A reason
 * the draft gives for it does not make it lawful; only a law does (the posts
 * unfit for women that the State lists, minors, the retirement age, work
 * that spreads disease). Read from the clause analysis: prohibitions of
 * discrimination, protective measures, help aimed at a group and conduct
 * being sanctioned are left alone.
 */
export default defineRule<Options>({
  id: 'content/discrimination',
  meta: {
    severity: 'warning',
    description: '以性别、婚育、民族、宗教信仰、户籍、年龄、健康（病原携带）、残疾等设定招聘或服务条件，没有法律依据（就业歧视）',
    applies: EMPLOYMENT_PROMOTION,
    basis: '《中华人民共和国就业促进法》第三条、第二十六条至第三十一条；《人力资源市场暂行条例》第二十四条',
    options: (z) => z.object({ allow: regexListOption(z) }).strict(),
    defaultOptions: { allow: [] },
    messages: {
      discriminates: '{{where}}规定“{{phrase}}”，{{describe}}，即使写明理由也不能免除。{{requirement}}。',
    },
    // 3: the local household registration or school of origin made a condition (将本省户籍或者本省生源作为报名条件); a demand made
    // of women (要求女性应聘人员说明…) is no condition of sex.
    version: 3,
  },
  async create(context) {
    const doc = context.document;
    const allow = compileAll(context.options.allow);
    // What law itself allows or designates: the document restates it.
    const statutory = unionOf(await builtinList('discrimination.statutory'));
    const seen = new Set<string>();
    for (const e of analyzeClauses(doc).effects) {
      if (e.kind !== 'eligibility' || e.status !== 'set') continue;
      if (allow.some((r) => r.test(sentenceOf(e))) || statutory.test(sentenceOf(e))) continue;
      const tag = e.subtype as Tag;
      const key = `${e.clause.sentence.index}:${tag}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const info = CATEGORY[tag];
      const hiring = e.detail.context === 'hiring';
      context.report({
        messageId: 'discriminates',
        data: { where: provisionWord(doc, e), phrase: e.phrase, describe: e.describe, requirement: info.requirement },
        span: e.span,
        severity: hiring && info.hiringError ? 'error' : undefined,
        basis: info.basis,
        suggestion: info.suggestion,
      });
    }
  },
});
