/**
 * How a civil servant rises in rank (职级). 公务员法 第四十九条: 公务员职级应当逐级晋升，根据个人德才表现、工作实绩和任职资历，参考民主
 * 推荐或者民主测评结果确定人选，经公示后，按照管理权限审批. A draft that lets a rank be skipped (可以越级晋升职级) or lets the
 * announcement go (晋升四级主任科员以下职级的…可以不进行公示) takes out a step the law puts in every promotion of rank.
 *
 * Silent on leading posts (领导职务), which 第四十五条 lets be promoted 破格 or 越级, where the sentence keeps the rule (不得越级), and
 * outside ranks (岗位等级, 职员等级 of public institutions).
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export const CIVIL_SERVANT_LAW = '中华人民共和国公务员法';

const SKIPPED = /(?:可以|允许|准予|可)(?:[^，。；]{0,6}?)(?:越级|破格)晋升(?:职级)?/u;
const UNANNOUNCED = /(?:可以不|不再|无需|无须|不需要|免于|免予|不必)(?:进行|组织)?公示/u;
const RANK = /职级/u;
const LEADING = /领导职务|领导成员/u;
const KEEPS = /不得(?:越级|破格)|应当逐级/u;

export interface RankStepSkipped extends ModelledFinding {
  article: 49;
  word: string;
}

export function rankStepsSkipped(text: string): RankStepSkipped[] {
  const out: RankStepSkipped[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!RANK.test(sentence) || LEADING.test(sentence) || KEEPS.test(sentence)) continue;
    const m = SKIPPED.exec(sentence) ?? UNANNOUNCED.exec(sentence);
    if (!m) continue;
    const skipped = /晋升/u.test(m[0]);
    out.push({
      start: range.start + m.index,
      end: range.start + m.index + m[0].length,
      phrase: m[0],
      article: 49,
      word: skipped ? '逐级晋升' : '经公示后',
    });
  }
  return out;
}
