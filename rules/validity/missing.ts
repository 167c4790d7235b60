import { addressAt } from '../../src/document/structure/locate.js';
import { defineRule } from '../../src/engine/rule.js';
import { instrumentTitleSpan, labelSpanOf } from '../../src/rule-support/span.js';
import { HUNAN_PROCEDURE } from '../../src/engine/scopes.js';

/** Documents that only repeal others are valid indefinitely (Hunan rule, see the doc page). */
const REPEAL_ONLY_RE = /(废止|宣布失效|停止执行)/u;

export default defineRule({
  id: 'validity/missing',
  meta: {
    // 2: an absence is reported at the instrument's title (document-level), not at an article.
    // 3: the validity of something the document governs (遴选结果有效期为3年, 证书有效期) is not the document's.
    version: 3,
    severity: 'error',
    description: '未规定有效期（规范性文件应写明有效期或截止日期）',
    applies: HUNAN_PROCEDURE,
    basis: '《湖南省规范性文件管理办法》（有效期一般为5年，标注“暂行”“试行”的不超过2年；条款序号待核实）',
    messages: {
      missing: '未规定有效期：规范性文件应明确有效期（一般不超过5年，标注“暂行”“试行”的不超过2年），有效期满自动失效。',
    },
  },
  create(context) {
    const doc = context.document;
    if (doc.closing.validity) return;
    const title = doc.header.title?.text ?? '';
    if (REPEAL_ONLY_RE.test(title) && !/印发|制定/.test(title)) return;
    const provisional = /暂行|试行/.test(title);
    const years = provisional ? 2 : 5;
    const effective = doc.closing.effective;
    const last = doc.articles.at(-1);
    const clauseSpan = effective?.span ?? (last && labelSpanOf(last));
    const clause = effective ? doc.text.slice(effective.span.start, effective.span.end).replace(/[。；]$/, '') : '本办法自××××年×月×日起施行';
    // The absence is the document's: reported at the instrument's title (at the 施行 clause when there is no
    // title); the suggestion names the clause to complete.
    const where = clauseSpan ? addressAt(doc, clauseSpan.start).address : '';
    const what = effective ? `在${where}（施行日期条款）中写明有效期` : `${where ? `在${where}之后` : ''}增加施行日期和有效期`;
    context.report({
      messageId: 'missing',
      span: (clauseSpan ? instrumentTitleSpan(doc, clauseSpan.start) : doc.header.title?.span) ?? clauseSpan,
      suggestion: `${what}，例如：“${clause}，有效期${years}年。”${provisional ? '（标题含“暂行”或“试行”，有效期不超过2年）' : ''}`,
    });
  },
});
