/**
 * When a paper takes effect, changed by a draft. The law says what makes a settlement, an award or a contract binding
 * (劳动争议调解仲裁法第十四条: 调解协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效; 第四十二条: 调解书经
 * 双方当事人签收后，发生法律效力); a draft that makes it wait for another act (调解协议书经仲裁委员会审查确认后生效) or take effect
 * on another (调解书通过平台推送至当事人账户即发生法律效力) changes when the parties are bound.
 *
 * The paper is matched by its name, the moment by the acts it is made of (签名, 盖章, 签收, 送达): a draft that names only the law's
 * acts (经双方当事人电子签名、调解员电子签名并加盖调解组织电子印章后生效) restates the law in its own medium. A draft is held to the
 * law only when it differs from every law that says when the same paper takes effect (人民调解法 and 劳动争议调解仲裁法 both speak
 * of 调解协议书).
 *
 * Silent where the draft denies the effect (未经…的，不发生效力 names a case, not the moment), on papers of the draft's own
 * (本协议, 本合同), and on the papers of another procedure that bear the same name (行政复议调解书, 人民法院调解书).
 */

import { fullSentences } from '../zh/context.js';

/** Papers whose moment of effect the law fixes. Longer names first, so that 调解协议书 is not read as 调解协议. */
const PAPERS = '(?:专项集体合同|集体合同|劳动合同|调解协议书|调解协议|仲裁调解书|调解书|仲裁裁决书|裁决书|行政复议决定书|复议决定书)';
/** The paper, what makes it take effect, and the taking effect (…后生效; 一经送达，即发生法律效力). */
const EFFECT = new RegExp(
  `(?<![本该此]|复议|法院|诉讼)(${PAPERS})[，,]?((?:由|经|自|在|一经|于|通过|须|应当|需|必须)[^。；]{1,60}?)(?:后|之日起|时)?[，,]?(?:即行|即|方可|方|才)?(?:生效|发生法律效力)`,
  'gu',
);
/** A denial or a case: 不生效, 未经…的, 不发生效力. */
const NEGATED = /(?:不|未|无|尚未)$/u;

export interface LawEffect {
  paper: string;
  /** What the law says makes it take effect (由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章). */
  trigger: string;
  words: string;
}

export interface DraftEffect {
  start: number;
  end: number;
  phrase: string;
  paper: string;
  trigger: string;
}

/** One name for a paper told two ways (调解协议 is 调解协议书; 仲裁调解书 is 调解书). */
function paperKey(paper: string): string {
  return paper
    .replace(/^调解协议$/u, '调解协议书')
    .replace(/^仲裁(调解书|裁决书)$/u, '$1')
    .replace(/^专项集体合同$/u, '集体合同');
}

function effectsIn(text: string, each: (m: RegExpExecArray, sentenceStart: number, sentence: string) => void): void {
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const m of sentence.matchAll(EFFECT)) {
      const trigger = m[2];
      const before = m[0].slice(0, m[0].search(/(?:生效|发生法律效力)$/u)).replace(/(?:即行|即|方可|方|才)$/u, '');
      if (NEGATED.test(before) || /不(?:发生|具有)/u.test(trigger)) continue;
      each(m, range.start, sentence);
    }
  }
}

export function lawEffects(text: string): LawEffect[] {
  const out: LawEffect[] = [];
  effectsIn(text, (m, _start, sentence) => {
    out.push({ paper: paperKey(m[1]), trigger: m[2], words: sentence.replace(/[。；;]$/u, '') });
  });
  return out;
}

export function draftEffects(text: string): DraftEffect[] {
  const out: DraftEffect[] = [];
  effectsIn(text, (m, start) => {
    const at = start + m.index!;
    out.push({ start: at, end: at + m[0].length, phrase: m[0], paper: paperKey(m[1]), trigger: m[2] });
  });
  return out;
}

/** The acts a moment is made of, each under one name (签字 is 签名; 加盖…印章 is 盖章). */
const ACTS = /签名|签字|盖章|加盖|按指印|签收|送达|作出|达成|审查|确认|审核|备案|批准|同意|鉴证|推送|公布|登记|下载|查阅|发出|归档/gu;
const ACT_NAME: Record<string, string> = { 签字: '签名', 加盖: '盖章', 审核: '审查' };

function actsOf(trigger: string): Set<string> {
  return new Set([...trigger.matchAll(ACTS)].map((m) => ACT_NAME[m[0]] ?? m[0]));
}

/**
 * Whether the draft puts the paper's effect at another moment than this law does: it waits for an act the law does not name
 * (审查确认, 鉴证) or takes effect on one (推送). A moment named by no act (自用工之日起) cannot be told apart and is left alone;
 * so is one that names fewer of the law's acts.
 */
export function otherMoment(draft: DraftEffect, law: LawEffect): boolean {
  if (draft.paper !== law.paper) return false;
  const mine = actsOf(draft.trigger);
  const theirs = actsOf(law.trigger);
  return mine.size > 0 && [...mine].some((a) => !theirs.has(a));
}
