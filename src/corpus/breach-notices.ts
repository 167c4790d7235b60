/**
 * The people whose personal information leaked, left uninformed. 个人信息保护法第五十七条: 发生或者可能发生个人信息泄露、篡改、
 * 丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人. A draft that has the handler report only
 * upward and never tell the people affected (一律不通知受影响的持卡人; 无需通知相关职工; 不向本人告知) takes away what the law
 * gives them: the chance to protect themselves.
 *
 * Silent where the sentence states the law's own exception (第五十七条第二款: 采取措施能够有效避免…造成危害的，可以不通知个人),
 * where it only orders the notice (应当通知本人), and where no leak, tampering or loss of information is the case.
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface BreachNotice extends ModelledFinding {
  article: 57;
  clause: 1;
}

/** The case: information leaked, tampered with or lost (发生或者可能发生…泄露、篡改、丢失的). */
const BREACH = /(?:信息|数据)[^。；]{0,24}?(?:泄露|泄漏|篡改|丢失|毁损)|(?:泄露|泄漏|篡改|丢失|毁损)[^。；]{0,12}?(?:信息|数据)/u;
/** The people the information is about, as a draft names them. */
const PERSONS = '(?:受影响的?|相关|有关|涉及的?)?(?:个人|本人|当事人|持卡人|参保人员?|职工|劳动者|用户|信息主体|权利人|人员|求职者|申请人|考生|学员)';
/** Not telling them: 一律不通知, 无需通知, 不予告知, 不得通知, 不再告知. */
const NOT_TOLD = new RegExp(
  `(?:一律|均|概)?(?:不|无需|无须|不必|不用|不予|不得|不再)(?:另行|单独|逐一)?(?:向|对)?(?:${PERSONS})?(?:通知|告知)[^，。；]{0,4}?${PERSONS}|(?:不|无需|无须|不必|不予|不得|不再)(?:向|对)${PERSONS}[^，。；]{0,6}?(?:通知|告知)`,
  'u',
);
/** The law's own exception: the harm avoided by the measures taken. */
const HARM_AVOIDED = /有效避免[^。；]{0,20}?(?:危害|损害|影响)|能够避免[^。；]{0,20}?(?:危害|损害)/u;

export function breachNotices(text: string): BreachNotice[] {
  return sentenceMatches(
    text,
    NOT_TOLD,
    // 不通知受影响个人的，由…责令改正: the failure named as the wrong, not allowed.
    (sentence, m) => BREACH.test(sentence) && !HARM_AVOIDED.test(sentence) && sentence[m.index + m[0].length] !== '的',
  ).map((f) => ({ ...f, article: 57, clause: 1 }));
}
