import type { CorpusProvision } from '../../src/corpus/api.js';
import type { Span } from '../../src/document/model.js';
import { extractClaims, extractItemClaims, type Claim } from '../../src/corpus/claims.js';
import { findConflict, type HigherClaim } from '../../src/corpus/conflict.js';
import {
  changedItemFigure,
  changesInCopy,
  deemedDecisions,
  deemedWhy,
  itemsCorrespond,
  LIST_LEAD_IN,
  longestRuns,
  itemsOfLeadIn,
  nearCopies,
  RESTATED_CASE_LIKENESS,
  restatesCase,
  withoutHowItHolds,
  sentenceLikeness,
  statesAnItem,
} from '../../src/corpus/copies.js';
import { documentDate, documentRegion, DRAFT_RANK, higherLaws, itemLeadIns, provisionWordAt, ruleBlocks } from '../../src/rule-support/corpus.js';
import { compareQuantities } from '../../src/corpus/conflict.js';
import { isTier } from '../../src/corpus/topics.js';
import { countsInWorkdays, workdayCountingOf, type WorkdayCounting } from '../../src/corpus/workday-periods.js';
import { defineRule } from '../../src/engine/rule.js';
import { CONFLICT } from '../../src/engine/scopes.js';
import { blockOffset, spanInBlock } from '../../src/rule-support/span.js';
import { documentCitations } from '../../src/corpus/citations.js';
import { caseUnits, fullSentenceAround, fullSentences, sentenceParts } from '../../src/zh/context.js';
import { consentWaivers } from '../../src/corpus/consent.js';
import { PERSONAL_INFORMATION_LAW } from '../../src/corpus/personal-disclosure.js';
import { institutionProbationExcesses, probationExcesses } from '../../src/corpus/probation.js';
import { workerPenalties } from '../../src/corpus/worker-penalty.js';
import { fundContextOf, fundDiversions, type FundDiversion } from '../../src/corpus/fund-diversion.js';
import { SOCIAL_INSURANCE_LAW, type ModelledFinding } from '../../src/corpus/modelled-finding.js';
import { soleInspectors, type SoleInspector } from '../../src/corpus/inspector-count.js';
import { personalContributions, type PersonalContribution } from '../../src/corpus/personal-contribution.js';
import { bigramCoverage, bigramDice } from '../../src/zh/similarity.js';
import { draftGrounds, judgeGround, type GroundFamily, type LawGround } from '../../src/corpus/closed-grounds.js';
import { ARTICLE_LABEL, ITEM_LABEL } from '../../src/corpus/text.js';
import { figureDefinitions } from '../../src/corpus/definitions.js';
import { preconditionedRights, type PreconditionedRight } from '../../src/corpus/preconditioned-rights.js';

/** A law's ground with the provision that states it and the one that lists it (the article's lead-in, or itself). */
type LawGroundIn = LawGround & { provision: CorpusProvision; listedIn: CorpusProvision };
import { KIND_RANK } from '../../src/document/profile/kinds.js';
import { withheldTransfers } from '../../src/corpus/withheld-transfer.js';
import { reviewSuspensions, type ReviewSuspension } from '../../src/corpus/review-suspension.js';
import { investigationBarsLifted, PUBLIC_OFFICIALS_SANCTIONS_LAW, type InvestigationBar } from '../../src/corpus/investigation-bars.js';
import { DISABLED_PERSONS_LAW, disabilityExclusions, type DisabilityExclusion } from '../../src/corpus/disability-exclusion.js';
import { pensionRightsTaken, type PensionRightTaken } from '../../src/corpus/pension-rights.js';
import { ADMINISTRATIVE_PENALTY_LAW, fineRevenueAppraised, fineRevenueKept } from '../../src/corpus/fine-revenue.js';
import { finalDecisions } from '../../src/corpus/final-decisions.js';
import { CIVIL_SERVANT_LAW, rankStepsSkipped, type RankStepSkipped } from '../../src/corpus/rank-promotion.js';
import { laterThanLaw, yearlyDeadlines } from '../../src/corpus/yearly-deadlines.js';
import { belowFloor, sharesOfStandard } from '../../src/corpus/standard-floors.js';
import { defersLawStep, deferredSteps, skippedSteps, skipsLawStep } from '../../src/corpus/deferred-steps.js';
import { draftEffects, otherMoment } from '../../src/corpus/effect-moments.js';
import {
  contentBigrams,
  dutyClause,
  clauseWithCase,
  HANDLING_VERBS,
  dutyOverlap,
  GUARANTEE_VERBS,
  relaxedWrittenForms,
  removedDuties,
} from '../../src/corpus/removed-duties.js';
import { lawLimits, negatedLimits, sameMeasure } from '../../src/corpus/negated-limits.js';
import { correctionsFirst, directFines, fineMatch, type CorrectionFirst } from '../../src/corpus/skipped-correction.js';
import { comparable, sameAct, sameCase, thresholdsIn, type Threshold } from '../../src/corpus/thresholds.js';
import { movedStart, periodStarts, type PeriodStart } from '../../src/corpus/period-start.js';
import { levelApprovals, loweredApproval, type LevelApproval } from '../../src/corpus/approval-level.js';
import { keepsReporterSecret, reporterDisclosures } from '../../src/corpus/reporter-secrecy.js';
import { deniedRights, grantedRights, sameRight } from '../../src/corpus/denied-rights.js';
import { countedIn, excludedByDraft, includedByLaw, sameCount } from '../../src/corpus/not-counted.js';
import { costsInDraft, costsInLaw, shiftsCost } from '../../src/corpus/cost-bearers.js';
import { allowedBy, draftPermissions, draftWaivers, permitsBanned, waivesDuty } from '../../src/corpus/reversed-modals.js';
import { oralRefusals } from '../../src/corpus/oral-requests.js';
import type { LawStatementKind, LawStatementKinds } from '../../src/corpus/law-statements.js';
import type { LawStatement } from '../../src/corpus/api.js';
import { delayedDuties, delaysDuty } from '../../src/corpus/immediate-duties.js';
import { consentedAssignments, consentsWaived, doesConsentedAct, liftsBan } from '../../src/corpus/consent-conditions.js';
import { surchargeCapped, surchargeCaps } from '../../src/corpus/surcharge-cap.js';
import { lateSurchargeStarts } from '../../src/corpus/surcharge-start.js';
import { carrierRefusals } from '../../src/corpus/carrier-refusal.js';
import { leavingDuties, type LeavingDuty } from '../../src/corpus/leaving-duties.js';
import { servicesForConsent } from '../../src/corpus/service-for-consent.js';
import { thirdPartyDisclosures } from '../../src/corpus/third-party-disclosure.js';
import { wageDeductions } from '../../src/corpus/wage-deduction.js';
import { entrustedWork, type EntrustedWork } from '../../src/corpus/entrusted-processing.js';
import { limitationsWaived, type LimitationWaived } from '../../src/corpus/limitation-waived.js';
import { freeServiceCharges, type FreeServiceCharge } from '../../src/corpus/free-services.js';
import { secondmentInjuries } from '../../src/corpus/secondment-injury.js';
import { marriageInquiries } from '../../src/corpus/marriage-inquiry.js';
import { liabilityWaivers } from '../../src/corpus/liability-waivers.js';
import { breachNotices } from '../../src/corpus/breach-notices.js';
import { unlimitedRetentions } from '../../src/corpus/retention-unlimited.js';
import { specialOperationWaivers } from '../../src/corpus/special-operations.js';
import { injuryFundPayments, type InjuryFundPayment } from '../../src/corpus/injury-review-payments.js';
import { remedyWaivers } from '../../src/corpus/remedy-waivers.js';
import { deviceApprovers } from '../../src/corpus/assistive-devices.js';
import { contractTermsSetAside, type ContractTermSetAside } from '../../src/corpus/contract-terms.js';
import { securityNumbers } from '../../src/corpus/security-numbers.js';
import { dispatchedPay } from '../../src/corpus/dispatched-pay.js';
import { injuryLeavePay } from '../../src/corpus/injury-leave-pay.js';
import { proxyBans } from '../../src/corpus/proxy-bans.js';
import { accessLimits } from '../../src/corpus/access-limits.js';
import { wageAutonomy } from '../../src/corpus/wage-autonomy.js';
import { localRates } from '../../src/corpus/local-rates.js';
import { wageTotalExclusions } from '../../src/corpus/wage-total-exclusions.js';
import { insuranceWaivers, type InsuranceWaiver } from '../../src/corpus/insurance-waivers.js';
import { protectedTerminations, type ProtectedTermination } from '../../src/corpus/protected-termination.js';
import { wagesInKind } from '../../src/corpus/wage-in-kind.js';
import { infrequentContributionStatements, infrequentWagePayments } from '../../src/corpus/wage-frequency.js';
import { skippedDemocraticProcedures } from '../../src/corpus/democratic-procedure.js';
import { arbitrationFees } from '../../src/corpus/arbitration-fee.js';
import { removedRepaymentOptions } from '../../src/corpus/repayment-options.js';
import { forcedRetirements } from '../../src/corpus/forced-retirement.js';
import { lateWageDays, type LateWageDay } from '../../src/corpus/wage-payment-day.js';
import { pregnancyDetriments, type PregnancyDetriment } from '../../src/corpus/pregnancy-detriment.js';
import { emergencyWithdrawals, type EmergencyWithdrawal } from '../../src/corpus/emergency-withdrawal.js';
import { marketHandovers, publishedIdentifiers, type PersonalDisclosure } from '../../src/corpus/personal-disclosure.js';

/**
 * How much of the law's duty clause (without its words of form) a sentence must say to be about that duty. Measured on
 * the sets: the takings 0.58–0.8; general principles (政府信息应当公开) are set aside by their own exception clause, not by this.
 */
const DUTY_SHARE = 0.5;
/** Persons the social insurance does not cover, whose employer bears what a fund would pay. */
const UNINSURED = /非法用工|未(?:依法)?参加(?:工伤)?保险|未参保|应当参加工伤保险而未参加/u;
/** …and, for a written form, the share of the words of the act the law names before it (变更劳动合同，应当采用书面形式). */
const WRITTEN_ACT_SHARE = 0.3;

const LABOR_CONTRACT_LAW = '中华人民共和国劳动合同法';
/** How 劳动合同法 第十九条 writes the longest probations it allows. */
const CHINESE_MONTHS: Record<number, string> = { 1: '一', 2: '二', 6: '六' };

/** The provision's words that require consent: its first clause and the clause that names 同意, when the whole is long. */
function consentPhrase(text: string): string {
  const sentence = text.split(/[。；]/u).find((s) => s.includes('同意')) ?? text;
  if (sentence.length <= 60) return sentence;
  const clauses = sentence.split('，');
  const last = clauses.find((c) => c.includes('同意')) ?? clauses[clauses.length - 1];
  return `${clauses[0]}，……${last.replace(/^并/u, '')}`;
}

/** Paragraphs worth a text search for the provision they copy: those with a figure (a changed modal word shows in MinHash candidates). */
const FIGURE =
  /[0-9０-９]+(?:[.．][0-9０-９]+)?(?:个|万|千)?(?:工作日|日|天|月|年|倍|元|%|％)|[零一二两三四五六七八九十百千万]+(?:个)?(?:工作日|日|天|月|年|倍|元)|百分之/u;

/** How much of a provision's wording a sentence must share with it to be a copy of it (measured: copies 0.64–1.00, boilerplate 0.21–0.37). */
const SENTENCE_COPY_JACCARD = 0.5;
/** How much of one sentence of the provision a sentence must share, when the provision says more than that sentence. */
const SENTENCE_OF_PROVISION_JACCARD = 0.75;

/**
 * Whether a provision opens with a case of its own (个人申领失业保险金，社会保险经办机构应当自收到申请之日起10个工作日内办理完毕) that
 * the paragraph holding a sentence like its second part does not name (参保人员对缴费年限有异议的…申请核查。…自收到申请之日起15个
 * 工作日内完成核查): the two share the formula of a period, not the act it is for.
 */
function namesNotTheCase(paragraph: string, provision: string): boolean {
  const lead = /^[^，。；：]{4,30}?(?=，)/u.exec(provision.replace(ARTICLE_LABEL, ''))?.[0];
  // Not a case by reference (违反本法第四十三条规定的), an exception (除依法需要保密外) or a purpose: only an act named in words.
  if (!lead || FIGURE.test(lead) || /应当|可以|不得|第[^，。]{1,8}条|的$/u.test(lead) || /^(?:除|违反|依照|按照|根据|对|为)/u.test(lead)) return false;
  return bigramCoverage(lead, paragraph) < 0.5;
}

/** Whether a higher-ranked (or equal and later) law states the draft's own figure on the same subject. */
function followsStrongerLaw(claim: Claim, candidates: HigherClaim[], rank: number, date: string): boolean {
  return candidates.some(
    (h) =>
      (h.rank < rank || (h.rank === rank && h.date > date)) &&
      h.claim.kind === 'quantity' &&
      // An extension answers an extension (可以延长二十日 follows no law's base period of 二十日).
      h.claim.role === claim.role &&
      claim.quantity &&
      h.claim.quantity &&
      compareQuantities(claim.quantity, h.claim.quantity) === 0 &&
      // A figure the stronger law gives another tier (记过，十二个月) is not what the draft's tier (警告) follows, nor one it gives
      // another class of persons (新录用的公务员试用期为一年 is no probation of an employee's).
      sameTiers(claim, h.claim) &&
      sameQualifiers(claim, h.claim),
  );
}

function sameQualifiers(a: Claim, b: Claim): boolean {
  return a.qualifiers.length === b.qualifiers.length && a.qualifiers.every((q) => b.qualifiers.includes(q));
}

function sameTiers(a: Claim, b: Claim): boolean {
  const tiers = (c: Claim): string => c.qualifiers.filter(isTier).sort().join('|');
  return tiers(a) === tiers(b);
}

/**
 * A provision of the document that says otherwise than higher law on the
 * same act: another deadline, duration, amount, ratio or age, a wider range,
 * another grade in a list, or the opposite modality (不得 / 可以 / 应当).
 * Claims are compared by meaning (subject, the act and the event a period
 * runs from, quantity with unit — working days against days —, comparator,
 * case, modality), not wording; candidates come from the corpus's topic
 * index in one query per document, and the provision closest to the draft's
 * act is the one compared and quoted. A paragraph that copies a higher
 * provision but changes a figure or turns 不得 into 可以 is compared with
 * that provision even where no subject word is known. Only higher law in
 * force on the document's date counts, and where two higher laws differ the
 * higher or later one governs.
 */
/** Relief from contributions (缓缴, 减免): lawful where the State Council decided it. */
const CONTRIBUTION_RELIEF = new Set(['缓缴', '减免']);
const STATE_COUNCIL_MEASURE = /国发〔|国办发〔|经国务院(?:批准|同意)|国务院(?:决定|批准)/u;

export default defineRule({
  id: 'conflict/corpus',
  meta: {
    severity: 'error',
    description: '与上位法规定不一致（期限、数额、比例、档次、适用情形或“应当/可以/不得”不同，包括照抄上位法条文时改动了数字或用语）',
    applies: CONFLICT,
    basis: '《中华人民共和国立法法》；《湖南省规范性文件管理办法》（规范性文件不得与法律、法规、规章相抵触）',
    needsCorpus: true,
    // 5: a period written with the law's own number of days is the law's period (working days and all); a figure among
    // the law's choices (3名或者5名) agrees with it.
    // 6: a draft that states one of a provision's special cases (不满六个月的，…半个月) is held against that case, not
    // against the provision's general rule; a period of silence (十五日内未提出异议的，…即行生效; 2年内未被发现…的，不再查处)
    // is what the provision fixes, compared as a period.
    // 7: money taken from a worker, a job seeker or a student (可以向新上岗人员收取…保证金) against the ban on it, an act
    // known by its own words; a penalty capped at a cost (违约金…不得超过…培训费用) against a multiple of the cost.
    // 8: a notice before the act (在…实施前至少15日) is a notice period, held against the law's one case that measures the act;
    // the party's deadline to ask for a hearing; an item of a copied list with another figure (律师执业满五年的); a period
    // that runs from receiving something else (收到转移的资金后) is not compared with one from receiving an application.
    // 9: a figure written under the article the sentence cites, which that article gives otherwise; 上月缴费额 and 骗取
    // 社会保险待遇 as subjects; provisions on a general word kept when they share at least half of the best one's words.
    // 10: each figure of a copied provision is held against the copy's figure in the likest words only (a period of the
    // draft's own beside the copied one is not a change of it).
    // 11: a ban for a class of persons (对怀孕7个月以上的女职工，不得…) is compared with a permission the draft adds for that
    // class after a semicolon; a settlement cycle written as 按月/按季度; two figures of one sentence against one provision
    // are one finding.
    // 12: consent to processing personal information waived where the Personal Information Protection Law requires the
    // person's separate consent (information handed to a commercial party, sensitive information processed by one).
    // 13: 聘用合同 is a contract of 事业单位 only (held against 事业单位人事管理条例); a bare figure after a case (…的，为十六年)
    // is of the subject of the clause before.
    // 14: a copied sentence inside a longer paragraph (its own wording shared, not only boilerplate); 行政复议申请 as a subject;
    // a period from receiving one paper is not held against one from receiving another (收到决定书 / 申请受理); a clause that
    // names its own act decides which provision it answers; a range or exact figure that a stronger law gives is followed.
    // 15: the items under 不得有下列行为： are banned acts, and a ban goes on after ，或者; intermediaries (职业中介机构,
    // 劳务经纪人) are an actor of their own; the object of 收到/受理 is not who acts; a bound at the former ages (不得低于…
    // 的原法定退休年龄) is not a former figure given as the rule.
    // 16: a probation longer than the contract term the sentence states allows (劳动合同法 第十九条, 第七十条); a floor the law
    // sets for a named entitlement (试用期的工资) binds every case the draft describes; a case the subject's own name holds
    // (约定试用期的，试用期工资…) narrows nothing.
    // 17: of provisions worded alike but for their figures, a copy is of the one with its own figures, and an item of the one
    // under its lead-in (病假超过六个月的：（一）… is not 超过两个月的：（一）…).
    // 18: a rule that gives way to the state's other rules (除国家另有规定外, 法律、行政法规另有规定的除外) still binds a normative
    // document; a pregnancy test among the check-ups for hiring is an act known by its own words, whoever the draft leaves it to.
    // 19: a penalty borne by the worker outside a service period and a non-compete (第二十五条); acts joined under one modal word
    // (不得延长劳动时间或者安排夜班劳动) and a case pointed back to after a semicolon; the request to postpone a hearing; the
    // security for advance enforcement the law lets the worker off (可以不提供担保); a remedy the law grants taken away
    // (不得…提起诉讼); a copy that moves the line of one of the law's cases (病假在一个月以内的).
    // 20: a stronger law's general rule sets aside a weaker law's rule on the draft's special case (社会保险法 15 days over
    // 失业保险条例 7 days for 事业单位).
    // 21: an inspection or investigation left to one officer (src/corpus/inspector-count.ts: 劳动保障监察条例第十六条, 人力资源市场
    // 暂行条例第三十四条, 行政处罚法第四十二条); an alternative joined to a later case is part of it (…，或者连续两年…，决定…的);
    // a copy of a provision the law counts in working days speaks of working days; a sentence that copies one sentence of a
    // longer provision; a figure another copied provision gives as written is that one's; an extension answers an extension.
    // 22: the union not told (可以不通知工会, an act of its own words; whose fault a 因-clause names does not act); a period the law
    // runs from the first day of work, run from the end of probation; 参保登记 for an employee is 社会保险登记.
    // 23: a copy that turns a decision the law deems made on silence around (视为准予延续 → 视为不予延续).
    // 24: a case added to, or changed in, a list of grounds the law gives in full (src/corpus/closed-grounds.ts: dismissal,
    // ending an appointment, unemployment benefits stopped, annual leave lost, no work injury).
    // 25: a worker's file or social insurance transfer held back when the job ends (劳动合同法第五十条); a decision suspended
    // for every review, or the surcharge kept running through one (行政复议法第四十二条, 行政诉讼法第五十六条, 行政处罚法第七十三条).
    // 26: a duty to inform the law puts on someone, taken away (可以不予告知, 不向社会公布, 不同意见不予载明).
    // 27: 高级专家 of the associate grade and of the full grade are cases of their own (六十五周岁 / 七十周岁); the surcharge on an
    // unpaid fine capped above the fine itself (行政处罚法第七十二条).
    // 28: the cases in which an employer may not dismiss with notice (劳动合同法第四十二条) narrowed by another figure.
    // 29: identity card numbers posted with a list (个人信息保护法第二十五条); social insurance records handed to banks and
    // insurers (社会保险法第八十一条); consent waived for CVs pushed to partner agencies.
    // 30: a copy of a law's penalty clause for an act (向劳动者收取押金的，…以每人…的标准处以罚款) that changes the fine's range.
    // 31: consent deemed from another act (投递简历的，视为同意…提供给…) is no separate consent.
    // 32: a case named before any claim goes on after the semicolon (在休息日工作的，…补休；不能安排补休的，…百分之一百五十).
    // 33: a figure a paragraph copies from another provision of the same law (十日内 of 第四十八条 beside 五日内 of 第五十四条)
    // is found by the sentence's own words too, and is no change of the one it was matched to.
    // 34: an earmarked fund spent on the body's own costs, premises or another budget, or two funds in one account (社会保险法
    // 第六十九条第二款、第六十四条第一款; 残疾人就业条例第十六条).
    // 35: a contribution the law takes off the person put back on the person (社会保险法第三十三条、第四十八条第二款; 军人保险法
    // 第十二条; 退役军人安置条例第八十二条).
    // 36: a penalty the employer forces the worker to pay (以迫使劳动者支付违约金的) is a wrong described, not one allowed; the
    // names and identity card numbers published straight after the verb (一并公开…人员的姓名、身份证号码).
    // 37: a period for telling an applicant or a party something (在五日内一次告知申请人) is the administration's (claims-15).
    // 38: a term the law defines by a figure, defined with another (临时性工作岗位…不超过一年); a decision deemed made on silence
    // turned around in the draft's own words (逾期未作决定的，视为不予延续); one item's conduct with its lead-in's penalty copies
    // that lead-in, not another list's; a figure one of several like provisions gives is followed (手工报销 in 30个工作日); a
    // figure named as a cited law's (《劳动法》规定的不少于九十天的产假) is no claim of the draft (claims-16); the maternity
    // insurance contribution put on the worker (社会保险法第五十三条); a right the law gives directly made to wait for another step
    // (src/corpus/preconditioned-rights.ts: 经调解仍未解决的，方可向…投诉).
    // 39: the only figure of its kind in a copy answers the provision's only one, whatever words the copy drops (逾期不改正的，处…
    // for …责令项目停工，并处…); a part of a sentence between semicolons is compared as a sentence, against the provision's parts
    // too; a paragraph that shares only a lead-in's formula and states none of its items copies nothing.
    // 40: days added to the leave the state gives (在享受国家规定产假的基础上…增加产假60天) are an addition, not the leave
    // (claims-17); a father's 陪产假 is no 产假 (topics-35).
    // 41: a payment the law sets a minimum for, waived in the draft's case (法定休假日…安排补休的不再支付加班工资), unless the
    // floor is a fallback (又不能安排补休的); a period whose verb leaves out its object (…6个月内直接提出) speaks of what the sentence
    // named; references (按前款规定) are no part of a case (claims-18).
    // 42: days the law keeps out of a count, counted into it (src/corpus/not-counted.ts); a cost put on another payer than the law's
    // (src/corpus/cost-bearers.ts); an act the law allows only with a person's agreement, allowed without it
    // (src/corpus/consent-conditions.ts); a prior step put as a refusal (未经调解的，仲裁委员会不予受理); the period of telling an
    // applicant what to complete (补正告知, topics-36); money a posted worker is asked to pay (要求劳务人员交纳…保证金); a lower
    // cap for the law's own case restated (月工资高于…三倍的，…最高不超过十年); a copy found by the third run of its words; a
    // window's staff act for the administration (claims-19).
    // 43: deferring or waiving contributions is an act named by its own words, and lawful where the document rests on a State
    // Council measure (国发〔2022〕12号); a rate paid without its object (…百分之一百五十支付) is the pay the sentence named; a case
    // after a semicolon with an act of its own starts afresh; a duty to display (明示) removed; a penalty paid to the employing
    // body (向服务机构支付违约金); a heavier penalty for arguing one's case (行政处罚法第四十五条第二款; topics-38, claims-21).
    // 44: a consequence stated bare after its case (…否认违法事实的，在法定幅度内从重处罚) is what the draft orders; the heavier
    // penalty is for a case that names 申辩 (topics-39, claims-22).
    // 45: items under a lead-in of cases (有下列情形之一的，用人单位应当向劳动者支付经济补偿：) are read as the cases of its rule; a
    // draft that refers to listed cases states none; the approver with its place (经所在地县级…部门批准，可以缓缴) is not who acts;
    // work paid by the hour is 非全日制用工; the periods of each kind of 处分 (处分期间, tiers 警告…撤职), and a tier's figure is not
    // another tier's; an appeal refused without review (公务员法第九十五条); a heavier 处分 for arguing one's case (公务员法第六十三条,
    // 政务处分法第四十三条); a surcharge on contributions started after the day they fell due (src/corpus/surcharge-start.ts);
    // guarantees withdrawn (不予继承, 不再由工伤保险基金补足差额); consent deemed for health data given to clients (topics-41,
    // claims-23).
    // 46: a law's case given by another of its provisions (依照本法第四十四条第一项规定终止…) is read in that provision's words, and a
    // draft case holding all of them is one of the law's, unless it is the case the law excepts (除…劳动者不同意续订的情形外).
    // 47: a carrier of an infectious disease turned away (src/corpus/carrier-refusal.ts, 就业促进法第三十条), an item read with the
    // lead-in that refuses; a penalty on a worker who resigns (辞职) is under a labour contract; data given to sellers of funds without
    // consent; the injured worker barred from applying for an assessment directly (工伤保险条例第二十三条); a period for bringing the
    // act its case names (…申请劳动人事争议仲裁的，…六个月内提出) is that act's (topics-42).
    // 50: a case and its consequence restated inside a longer sentence with another figure in the case (累计缴费满二十年的，方可
    // 按月领取基本养老金); a hirer taking a deposit (家政服务机构招用…可以收取…押金) and an identity card kept under another name
    // (代为保管…居民身份证); the ground a ban excepts (因不可抗力…可以申请缓缴) and a ban on a manner (不得按季度支付工资) left alone; one
    // of the law's cases joined by 或者; drawing a pension account early; wages by the quarter (src/corpus/wage-frequency.ts); a
    // service period bought with travel costs; benefits paid by another payer (由所在用人单位…支付供养亲属抚恤金); recovered money
    // spent on costs; a set-off against contributions is no repayment option (topics-44, claims-25).
    // 51: rules on the workers' own terms made without the workers' assembly (src/corpus/democratic-procedure.ts, 劳动合同法第四条);
    // a fee for labour dispute arbitration (src/corpus/arbitration-fee.ts, 劳动争议调解仲裁法第五十三条); a woman dismissed, or her
    // appraisal capped, for pregnancy or maternity leave (妇女权益保障法第四十八条); a party's period run from the making of a paper the
    // law runs from its receipt; a contract text's retention period is no contract term (topics-45).
    // 52: a seconded worker's work-injury liability put on the borrowing unit (src/corpus/secondment-injury.ts, 工伤保险条例第四十三条);
    // a hiring body allowed to ask a woman about marriage and children (src/corpus/marriage-inquiry.ts, 妇女权益保障法第四十三条);
    // the surcharge on a fine run until payment with no cap (src/corpus/surcharge-cap.ts); a non-compete widened, severance put off
    // past the handover and the transfer left to the worker (src/corpus/leaving-duties.ts); rules on workers' terms made without
    // bargaining with the union (无需与工会…协商); a service refused to a user who will not consent (src/corpus/service-for-consent.ts,
    // 个人信息保护法第十六条); a third party's silence read as consent to disclosure, or its objection as a veto (政府信息公开条例第三十二条);
    // a charge taken out of the worker's pay (src/corpus/wage-deduction.ts, 工资支付暂行规定第十五条).
    // 53: a charge for a copy of the health record or a public employment service the law gives free (src/corpus/free-services.ts);
    // a seconded worker's liability put on the 受援单位; a deposit an employer asks of its staff.
    // 54: a right the law gives a person denied (src/corpus/denied-rights.ts: 不得撤回授权, 不得查阅、复制, 无权要求…说明理由); a limit the
    // law sets taken away (src/corpus/negated-limits.ts: 不以所得遗产实际价值为限); a top-up withdrawn for the case the law names
    // without naming who pays; identifiers named before the verb that publishes them, and data opened; a notice withheld in the
    // case the law's own article allows (个人信息保护法第五十七条第二款).
    // 55: a duty to transfer a suspected crime or to withhold contributions waived (不再移送, 不再代扣代缴; read with the law's case);
    // a suit made to wait for review in any administrative case (行政诉讼法第四十四条); a fine the law gives only after an order to
    // correct, imposed straight away (src/corpus/skipped-correction.ts); the reporter's identity handed to the one reported
    // (src/corpus/reporter-secrecy.ts); a fund as the fallback for running costs and for services the administration buys; a
    // probation capped for a task contract (约定不超过十五日的试用期).
    // 56: a threshold of the law's act moved (src/corpus/thresholds.ts: 五百元以下…当场收缴, 五十人以上…建立基层工会委员会); a period
    // started at the other end of its event (src/corpus/period-start.ts); an approval given to a lower level (src/corpus/approval-level.ts);
    // arbitration and suits denied (申请仲裁, 提起诉讼, matched by the law's case); reasons, a hand-over, a vote of the workers'
    // congress and a set-off waived (说明…理由, 不负责移送, 无需提交职工代表大会, 不予折抵); what the law counts in kept out
    // (不计为, 不计算为); a benefit charged to an employer (所需资金由…承担); a period of another ruling (裁定不予执行, not 撤销) or
    // from another paper (裁定书, not 裁决书) not compared; a security demanded where the law lets the worker off (与…相当的担保).
    // 57: an act the law bans outright allowed, a duty it puts waived (src/corpus/reversed-modals.ts); a spoken request refused
    // (src/corpus/oral-requests.ts); a burden of proof moved in the law's case; a retrial made to stay a judgment; the defence's and
    // an appeal's periods of an administrative suit; a probation above the law's maximum whatever the case (延长至 is the whole);
    // a lower law's figure for another class of persons (公务员) no longer excuses; a thresholds' time in hours, read with an item's
    // lead-in; of two figures a copied sentence gives its cases, the one whose case the copy names; a cost named without its frame
    // (在此期间发生的…); a case set aside (除…外) before an added ground; the right to ask a civil servant to stand aside.
    // 58: a term of refusal (一年内不再代收…申请) is no period of the act (claims-30); a public employment service's charge only for
    // the services 就业促进法第三十五条 lists.
    // 60: free records charged (社会保险法第七十四条, past a free quota too); a hearing's cost put on either of two parties of one
    // kind; the surcharge on a fine at another daily rate; the amounts of fines counted in an appraisal (第七十四条第三款); a step
    // the law puts first skipped (不经调解直接作出裁决, statements-4); the period for asking a court to enforce (topics-54); words
    // of zeal (一经发现即予查处) are no limitation waived, an informant's reward reckoned on the fine no revenue kept back.
    version: 65,
    messages: {
      differs: '{{where}}{{what}}，而《{{title}}》{{address}}规定为“{{higher}}”{{scope}}，{{why}}。',
      changedCopy: '{{where}}照抄《{{title}}》{{address}}，但把“{{higher}}”改为“{{phrase}}”，{{why}}。',
      citedOtherwise: '{{where}}写明依照《{{title}}》{{address}}，但该条规定为“{{higher}}”，本文件写为“{{phrase}}”，{{why}}。',
    },
  },
  async create(context) {
    const doc = context.document;
    // Without a stored corpus there is nothing to compare with: say so before extracting the document's claims.
    const corpus = await context.corpus();
    if (!corpus.path) return; // the registry holds no provisions to compare with
    const drafts: Array<{ claim: Claim; block: number }> = [];
    const stateCouncilMeasure = STATE_COUNCIL_MEASURE.test(doc.text);
    const leadIns = itemLeadIns(doc);
    const blocks = ruleBlocks(doc);
    for (const i of blocks) {
      const text = doc.source.blocks[i].text;
      const leadIn = leadIns.get(i);
      for (const claim of leadIn ? extractItemClaims(leadIn, text) : extractClaims(text)) {
        // Contributions deferred or waived under a measure the State Council decided (国发〔2022〕12号: 阶段性缓缴) are the
        // law's own exception (社会保险法第六十条: 非因不可抗力等法定事由不得缓缴、减免).
        if (CONTRIBUTION_RELIEF.has(claim.primary) && stateCouncilMeasure) continue;
        drafts.push({ claim, block: i });
      }
    }
    const date = documentDate(doc, context.asOf);
    const laws = higherLaws(corpus, doc, date, documentRegion(doc, context.settings));
    const reported: Array<{ start: number; end: number; against: string }> = [];
    // One sentence that answers the same words of one provision twice (可以按周或者按月结算，结算支付周期最长不得超过一个月,
    // both against 最长不得超过十五日) is one finding; figures against different words of it (男年满55周岁、女年满50周岁) are not.
    const sameSentence = (a: number, b: number): boolean => !/[。；;！？!?\n]/u.test(doc.text.slice(Math.min(a, b), Math.max(a, b)));
    const report = (
      { start, end }: Span,
      message: { messageId: 'differs' | 'changedCopy' | 'citedOtherwise'; data: Record<string, string> },
      provision: CorpusProvision,
      severity: 'error' | 'warning',
      rank: number,
    ): void => {
      const against = `${provision.id}|${message.data.higher}`;
      if (reported.some((r) => (r.start < end && start < r.end) || (r.against === against && sameSentence(r.start, start)))) return;
      reported.push({ start, end, against });
      const where = `《${provision.law.title}》${provision.address}`;
      context.report({
        ...message,
        data: { ...message.data, where: provisionWordAt(doc, start), title: provision.law.title, address: provision.address },
        span: { start, end },
        severity: rank >= DRAFT_RANK ? 'warning' : severity,
        basis: where,
        suggestion: `按${where}的规定修改，或删去该表述。`,
        related: [{ title: provision.law.title, article: provision.address, text: provision.text }],
      });
    };

    // Laws that say once that their periods are working days (行政许可法 第八十二条), asked only when one of their periods in days is compared.
    const counting = new Map<number, WorkdayCounting | null>();
    const countingOf = (lawId: number): WorkdayCounting | null => {
      if (!counting.has(lawId))
        counting.set(lawId, workdayCountingOf(corpus.search('工作日', { lawIds: [lawId], limit: 50 }).hits.map((h) => h.provision.text)));
      return counting.get(lawId)!;
    };

    // 1. Claims on a known subject, against the provisions on the same act.
    const byPrimary = new Map<string, Array<HigherClaim & { provision: CorpusProvision }>>();
    if (drafts.length > 0) {
      const candidates = corpus.claimCandidates([...new Set(drafts.map((d) => d.claim.primary))]).filter((p) => laws.has(p.lawId));
      for (const provision of candidates) {
        const law = laws.get(provision.lawId)!;
        for (const stored of corpus.claimsOf(provision)) {
          const q = stored.quantity;
          const claim =
            q && q.dim === 'time' && q.unit === 'day' && countsInWorkdays(countingOf(provision.lawId), q.value)
              ? { ...stored, quantity: { ...q, dim: 'workday' as const, unit: null, daysAsWritten: q.value } }
              : stored;
          const list = byPrimary.get(claim.primary) ?? [];
          list.push({ claim, rank: law.rank, date: law.date, provisionId: provision.id, provision });
          byPrimary.set(claim.primary, list);
        }
      }
      for (const { claim, block } of drafts) {
        const conflict = findConflict(claim, byPrimary.get(claim.primary) ?? []);
        if (!conflict) continue;
        const h = conflict.higher as HigherClaim & { provision: CorpusProvision };
        const hc = h.claim;
        // The draft says what a stronger law on the same subject says (骗取金额二倍以上五倍以下 as 社会保险法第八十八条, over
        // 失业保险条例第二十八条's 1倍以上3倍以下): the weaker law is the one that yields.
        const same = (byPrimary.get(claim.primary) ?? []).filter((o) => o.claim.comparator === claim.comparator);
        // Only where the laws contradict (a range, an exact figure); a lower law's stricter ceiling (每周40小时 under 44) still binds.
        if ((claim.comparator === 'range' || claim.comparator === 'exact') && followsStrongerLaw(claim, same, h.rank, h.date)) continue;
        const scope = hc.conditionText && !claim.conditionText ? `（适用于“${hc.conditionText}”的情形）` : '';
        const span = spanInBlock(doc, block, claim.span.start, claim.span.end);
        const subject = claim.subject ? `${claim.subject}` : '';
        // A subject the quoted words already name (收取 in “可以向…收取…保证金”) is not said twice.
        const named = subject && !claim.phrase.includes(subject) ? `${subject}：` : '';
        const what = conflict.inCase
          ? `规定“${claim.conditionText.replace(ARTICLE_LABEL, '').replace(ITEM_LABEL, '')}，${claim.phrase}”`
          : claim.kind === 'modal'
            ? `${named}规定“${claim.phrase}”`
            : `规定${subject}“${claim.phrase}”`;
        const higher = conflict.inCase ? `${hc.conditionText}，${hc.phrase}` : hc.phrase;
        report(span, { messageId: 'differs', data: { what, higher, scope, why: conflict.verdict.why } }, h.provision, conflict.verdict.severity, h.rank);
      }
    }

    // 2. Paragraphs that copy a higher provision and change a figure or a modal word: a conflict, not a copy.
    const texts = blocks.map((i) => doc.source.blocks[i].text);
    /** The changes of a copy (a paragraph, or a sentence of it starting at `from`) against the provision it copies. */
    const changesAgainst = (text: string, provision: CorpusProvision, caseLikeness?: number) =>
      changesInCopy(text, provision.normText, { workdays: (days) => countsInWorkdays(countingOf(provision.lawId), days), caseLikeness });
    /** Provisions of one law that share the longest runs of words of the sentence around `at` in `text`. */
    const sameLawProvisions = (text: string, at: number, lawId: number): CorpusProvision[] => {
      const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
      const ends = ['。', '；'].map((p) => text.indexOf(p, at)).filter((e) => e >= 0);
      const sentence = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
      return longestRuns(sentence).flatMap((run) => corpus.search(run, { limit: 10, lawIds: [lawId] }).hits.map((h) => ({ ...h.provision, law: h.law })));
    };
    // A paragraph that states one item's conduct with the penalty of the item's lead-in (…专用账户的，…并处2万元以上5万元以下的
    // 罚款, under 第五十五条): the same figure in a lead-in for other conduct (第五十四条) is not the one it follows.
    // Nor is it in a provision on a case of its own (不依法配合…查询相关单位金融账户的，…处2万元以上5万元以下的罚款, 第五十八条).
    const forOtherConduct = (text: string, other: CorpusProvision, matched: CorpusProvision): boolean => {
      const mine = itemsOfLeadIn(corpus, matched);
      if (mine.length === 0 || !statesAnItem(text, mine)) return false;
      const items = itemsOfLeadIn(corpus, other);
      const conduct = items.length > 0 ? items : (/^[^。；]{4,60}?的(?=[，,])/u.exec(other.normText)?.slice(0, 1) ?? []);
      return conduct.length > 0 && !statesAnItem(text, conduct);
    };
    const reportChangedCopy = (
      i: number,
      text: string,
      from: number,
      provision: CorpusProvision,
      others: CorpusProvision[] = [],
      caseLikeness?: number,
    ): void => {
      // A paragraph or sentence that shares only the formula of a lead-in (…责令限期改正；逾期不改正的，处…罚款) and states none of its
      // items is about other conduct: no copy of it.
      const items = LIST_LEAD_IN.test(text) ? [] : itemsOfLeadIn(corpus, provision);
      if (items.length > 0 && !statesAnItem(text, items)) return;
      const law = laws.get(provision.lawId)!;
      for (const change of changesAgainst(text, provision, caseLikeness)) {
        const start = from + change.span.start;
        const span = spanInBlock(doc, i, start, from + change.span.end);
        // A paragraph that copies two provisions (…十日内提出书面答复…。适用简易程序审理的，…五日内…): a figure another of them gives
        // as written is that one's.
        const elsewhere = (o: CorpusProvision): boolean =>
          o.id !== provision.id &&
          o.normText.includes(change.phrase) &&
          !changesAgainst(text, o).some((c) => c.span.start === change.span.start) &&
          !forOtherConduct(text, o, provision);
        if (others.some(elsewhere)) continue;
        // …also when the other provision is not among the near copies of the whole paragraph: the sentence that holds the figure,
        // looked up by its longest runs of words in the same law.
        if (sameLawProvisions(text, change.span.start, provision.lawId).some(elsewhere)) continue;
        // The copy follows a higher (or later) law that says otherwise than the one it copies (社会保险法 15 days over 失业保险条例 7 days).
        const draft = drafts.find((d) => d.block === i && d.claim.span.start <= start && start < d.claim.span.end);
        if (draft && followsStrongerLaw(draft.claim, byPrimary.get(draft.claim.primary) ?? [], law.rank, law.date)) continue;
        const data = { higher: change.higherPhrase, phrase: change.phrase, why: change.verdict.why };
        report(span, { messageId: 'changedCopy', data }, provision, change.verdict.severity, law.rank);
      }
    };
    const copies = nearCopies(corpus, texts, new Set(laws.keys()), 0.6, (t) => FIGURE.test(t) || LIST_LEAD_IN.test(t));
    /** Of items worded alike in several parts of a law (病假超过两个月的：（一）… / 超过六个月的：（一）…), the one under the draft's lead-in. */
    const ITEM_ADDRESS = /第（[一二三四五六七八九十]+）项$/u;
    /** A condition joined to the law's case (且在本单位连续工作满五年): 且, 并且, 同时 and what follows, up to the case's 的. */
    const ADDED_CONDITION = /^(?:且|并且|同时|并)[\p{Script=Han}0-9０-９]{2,30}?(?=的?$)/u;
    const underLeadIn = (matches: (typeof copies)[number], leadIn: string | undefined): (typeof copies)[number] => {
      const top = matches[0];
      if (!top || leadIn === undefined) return matches;
      const tied = matches.filter((m) => m.containment === top.containment && m.jaccard === top.jaccard && ITEM_ADDRESS.test(m.provision.address));
      if (tied.length < 2) return matches;
      const leadOf = (m: (typeof matches)[number]): string => {
        const address = m.provision.address.replace(ITEM_ADDRESS, '');
        return corpus.provisionsOf(m.provision.law.key, m.provision.article ?? undefined).find((x) => x.address === address)?.normText ?? '';
      };
      const best = tied.reduce((a, b) => (bigramDice(leadIn, leadOf(b)) > bigramDice(leadIn, leadOf(a)) ? b : a));
      return [best, ...matches.filter((m) => m !== best)];
    };
    blocks.forEach((i, k) => {
      const best = underLeadIn(copies[k], leadIns.get(i))[0];
      if (!best) return;
      const law = laws.get(best.provision.lawId)!;
      // A lead-in is about the conduct its items list: it copies a provision only when its items copy that provision's items.
      if (LIST_LEAD_IN.test(texts[k])) {
        const mine = blocks
          .slice(k + 1)
          .filter((b) => leadIns.has(b))
          .slice(0, 40);
        const own: string[] = [];
        for (const b of mine) {
          if (b !== blocks[k + 1 + own.length]) break;
          own.push(doc.source.blocks[b].text);
        }
        const prefix = `${best.provision.address}第（`;
        const theirs =
          best.provision.article === null
            ? []
            : corpus
                .provisionsOf(best.provision.law.key, best.provision.article)
                .filter((p) => p.address.startsWith(prefix))
                .map((p) => p.normText);
        if (own.length > 0 && theirs.length > 0 && !itemsCorrespond(own, theirs)) return;
        // An item that copies one of the law's items with another figure (律师执业满五年的 for 满三年的).
        const items =
          best.provision.article === null
            ? []
            : corpus.provisionsOf(best.provision.law.key, best.provision.article).filter((p) => p.address.startsWith(prefix));
        // An item's words and figures apart from its marker and punctuation: a draft item that is one of the law's items word for
        // word (its （一） the law's （三）) changes nothing, whatever the law's other items say.
        const bareItem = (x: string): string => x.replace(ITEM_LABEL, '').replace(/[^\p{Script=Han}0-9０-９]/gu, '');
        // The same item as a reader quotes it: marker and closing punctuation dropped, words as written.
        const caseOf = (x: string): string => x.replace(ITEM_LABEL, '').replace(/[；;。，,\s]+$/u, '');
        const lawItems = new Set(items.map((item) => bareItem(item.text)));
        own.forEach((t, j) => {
          if (lawItems.has(bareItem(t))) return;
          for (const item of items) {
            const change = changedItemFigure(t, item.text);
            if (!change) continue;
            const data = { higher: change.higherPhrase, phrase: change.phrase, why: '改变了上位法规定的条件' };
            report(
              spanInBlock(doc, blocks[k + 1 + j], change.span.start, change.span.end),
              { messageId: 'changedCopy', data },
              { ...item, law: best.provision.law },
              'error',
              law.rank,
            );
            return;
          }
          // An item that is one of the law's word for word with a condition added after it (与本单位订立无固定期限劳动合同且在本单位
          // 连续工作满五年的): the law's case narrowed.
          for (const item of items) {
            const lawCase = bareItem(item.text).replace(/的$/u, '');
            const added = ADDED_CONDITION.exec(bareItem(t).slice(lawCase.length));
            if (lawCase.length < 6 || !bareItem(t).startsWith(lawCase) || !added) continue;
            // Found as written; a condition with punctuation inside it is found by its first words.
            const whole = t.indexOf(added[0]);
            const at = whole >= 0 ? whole : t.lastIndexOf(added[0].slice(0, 2));
            const data = {
              higher: caseOf(item.text),
              phrase: caseOf(t),
              why: '在上位法规定的情形上增加了条件，缩小了上位法的适用范围',
            };
            report(
              spanInBlock(doc, blocks[k + 1 + j], Math.max(0, at), Math.max(0, at) + added[0].length),
              { messageId: 'changedCopy', data },
              { ...item, law: best.provision.law },
              'error',
              law.rank,
            );
            return;
          }
        });
      }
      reportChangedCopy(
        i,
        texts[k],
        0,
        best.provision,
        copies[k].map((m) => m.provision),
      );
    });

    // A copied sentence inside a paragraph that says more (来电人…。承办单位收到政府信息公开申请…延长的期限最长不得超过30个工作日):
    // the paragraph as a whole is no copy, the sentence is.
    // A part of a sentence between semicolons is a sentence of its own here (…当场答复；不能当场答复的，应当自收到申请之日起30个工作日
    // 内予以答复), when the whole sentence says more than the provision.
    const sentences = blocks.flatMap((i, k) =>
      copies[k].length > 0
        ? []
        : [...fullSentences(texts[k]), ...sentenceParts(texts[k]).filter((p) => p.start !== p.sentence.start || p.end !== p.sentence.end)]
            .map((r) => ({ text: texts[k].slice(r.start, r.end), start: r.start, block: i, paragraph: texts[k] }))
            .filter((x) => x.text.length >= 8 && x.text !== texts[k] && FIGURE.test(x.text)),
    );
    if (sentences.length > 0) {
      const sentenceCopies = nearCopies(
        corpus,
        sentences.map((x) => x.text),
        new Set(laws.keys()),
        0.6,
        (t) => FIGURE.test(t),
      );
      sentences.forEach((x, k) => {
        const best = sentenceCopies[k][0];
        // A sentence is short: sharing the boilerplate of many provisions (社会保险经办机构应当自收到申请之日起…内办理完毕,
        // …责令改正，并处…罚款) is not copying one. Most of the provision's own wording must be there too.
        // Or nearly all of one sentence of it, a short provision's sentence being no boilerplate once most of its words are there.
        const copied = best && (best.jaccard >= SENTENCE_COPY_JACCARD || sentenceLikeness(x.text, best.provision.normText) >= SENTENCE_OF_PROVISION_JACCARD);
        if (copied && x.text.length >= 20 && !LIST_LEAD_IN.test(x.text) && !namesNotTheCase(x.paragraph, best.provision.normText))
          reportChangedCopy(
            x.block,
            x.text,
            x.start,
            best.provision,
            sentenceCopies[k].map((m) => m.provision),
          );
      });
    }

    // 3. A figure written under the article the sentence cites, which that article gives otherwise (依照《…》第九十二条第二款的
    // 规定…以每人二千元以上五千元以下的标准处以罚款, the article: 五千元以上一万元以下).
    for (const c of documentCitations(doc)) {
      if (c.self || c.historical || c.listed || c.articles.length !== 1) continue;
      const ref = c.articles[0];
      const resolved = corpus.catalog.resolve(c.title, date);
      if (!resolved || !resolved.record.hasText) continue;
      const provisions = corpus
        .provisionsOf(resolved.record.key, ref.article)
        .filter((p) => laws.has(p.lawId) && p.item === null && (ref.clause === undefined || (p.clause ?? 1) === ref.clause));
      if (provisions.length === 0) continue;
      const { block: b, offset: from } = blockOffset(doc, c.span.end);
      const text = doc.source.blocks[b].text;
      const stop = text.indexOf('。', from);
      const sentence = text.slice(0, stop < 0 ? text.length : stop + 1);
      const law = laws.get(provisions[0].lawId)!;
      const higherText = provisions.map((p) => p.normText).join('');
      const workdays = (days: number): boolean => countsInWorkdays(countingOf(provisions[0].lawId), days);
      for (const change of changesInCopy(sentence, higherText, { workdays })) {
        if (change.kind !== 'figure' || change.span.start < from) continue;
        const data = { higher: change.higherPhrase, phrase: change.phrase, why: change.verdict.why };
        const provision = provisions.find((p) => p.normText.includes(change.higherPhrase)) ?? provisions[0];
        report(spanInBlock(doc, b, change.span.start, change.span.end), { messageId: 'citedOtherwise', data }, provision, change.verdict.severity, law.rank);
      }
    }

    // A case and its consequence (after the figures written under a cited article, whose message says more) inside a sentence that says more (劳动模范达到法定退休年龄且累计缴费满二十年的，方可按月领取基本
    // 养老金，并按规定提高退休费比例): the law's consequence for the law's case, with another figure in the case.
    // A paragraph that copies another provision (…的，方可按月领取基本养老金 beside the law's 第二款) may still restate this one's case.
    const units = blocks.flatMap((i, k) =>
      caseUnits(texts[k])
        .map((r) => ({ text: texts[k].slice(r.start, r.end), start: r.start, block: i, k }))
        .filter((x) => FIGURE.test(x.text)),
    );
    if (units.length > 0) {
      // Found by the case's and the consequence's own words (按月领取基本养老金, not 方可按月领取…).
      const unitCopies = nearCopies(
        corpus,
        units.map((x) => withoutHowItHolds(x.text)),
        new Set(laws.keys()),
        0.5,
        (t) => FIGURE.test(t),
      );
      units.forEach((x, k) => {
        const copied = unitCopies[k].find((m) => restatesCase(x.text, m.provision.normText));
        // The paragraph's own copy of that provision was compared already.
        if (copied && copies[x.k][0]?.provision.id !== copied.provision.id)
          reportChangedCopy(
            x.block,
            x.text,
            x.start,
            copied.provision,
            unitCopies[k].map((m) => m.provision),
            RESTATED_CASE_LIKENESS,
          );
      });
    }

    // 4–6. Rules of one law modelled in their own terms (src/corpus/consent.ts, probation.ts, worker-penalty.ts): each finding
    // names the article (and paragraph) it answers, and is reported against that provision as the law in force states it.
    /** The sentence of a provision that holds the words a model answers (…其他各项社会保险基金按照社会保险险种分别建账，分账核算). */
    const sentenceWith = (text: string, word: string): string => text.split('。').find((s) => s.includes(word)) ?? text.replace(/。$/u, '');
    const modelled = <T extends ModelledFinding>(
      title: string | ((found: T) => string),
      find: (text: string, leadIn?: string, title?: string) => T[],
      word: string | ((found: T) => string),
      say: (found: T, provision: CorpusProvision) => { higher: string; why: string },
    ): void => {
      // The document's title tells what a paragraph speaks of when it does not say (劳动人事争议处理工作规程: its 仲裁 is labour arbitration).
      const docHeading = doc.header.title?.text ?? '';
      const found = blocks.flatMap((i) => find(doc.source.blocks[i].text, leadIns.get(i), docHeading).map((f) => ({ f, block: i })));
      for (const { f, block } of found) {
        const resolved = corpus.catalog.resolve(typeof title === 'string' ? title : title(f), date);
        if (!resolved?.record.hasText) continue;
        const provision = corpus
          .provisionsOf(resolved.record.key, f.article)
          .find(
            (p) =>
              laws.has(p.lawId) &&
              p.item === null &&
              (f.clause === undefined || (p.clause ?? 1) === f.clause) &&
              p.text.includes(typeof word === 'string' ? word : word(f)),
          );
        if (!provision) continue;
        const data = { what: `规定“${f.phrase}”`, scope: '', ...say(f, provision) };
        report(spanInBlock(doc, block, f.start, f.end), { messageId: 'differs', data }, provision, 'error', laws.get(provision.lawId)!.rank);
      }
    };
    // A model that names its own law, the words of the provision it answers and why (title, word, why on each finding).
    const modelledOwn = <T extends ModelledFinding & { title: string; word: string; why: string }>(
      find: (text: string, leadIn?: string, title?: string) => T[],
    ): void =>
      modelled(
        (f: T) => f.title,
        find,
        (f) => f.word,
        (f, p) => ({ higher: sentenceWith(p.text, f.word), why: f.why }),
      );
    // Consent to the processing of personal information waived where the law requires it (无需另行取得个人同意).
    modelled(PERSONAL_INFORMATION_LAW, consentWaivers, '同意', (_, p) => ({ higher: consentPhrase(p.text), why: '文件免除了法律要求取得的个人单独同意' }));
    // Identity card numbers and the like posted with a list (公示内容包括获奖选手姓名、身份证号码).
    modelled(
      (f: PersonalDisclosure) => f.title,
      publishedIdentifiers,
      '不得公开',
      (_, p) => ({
        higher: p.text.replace(/。$/u, ''),
        why: '公示、公布的名单中列出了身份证号码等个人信息，未经个人单独同意不得公开',
      }),
    );
    // Social insurance records handed to banks and insurers for their business (可以根据商业银行…的申请向其提供): against the
    // duty of secrecy, or against the separate consent where the sentence waives it.
    modelled(
      (f: PersonalDisclosure) => f.title,
      marketHandovers,
      (f) => (f.article === 81 ? '保密' : '单独同意'),
      (f, p) =>
        f.article === 81
          ? { higher: p.text.replace(/。$/u, ''), why: '社会保险经办机构等应当为个人信息保密，不得向商业机构提供供其经营使用' }
          : { higher: consentPhrase(p.text), why: '向其他个人信息处理者提供个人信息，应当取得个人的单独同意' },
    );
    // A probation longer than the law allows for the contract term the sentence states (劳动合同期限一般为一年，试用期为三个月).
    modelled(LABOR_CONTRACT_LAW, probationExcesses, '试用期', (e, p) => ({
      // The row of the law's table for the term (劳动合同期限一年以上不满三年的，试用期不得超过二个月), not the whole table.
      higher: (e.limitMonths > 0 && p.text.split(/[；。]/u).find((r) => r.includes(`${CHINESE_MONTHS[e.limitMonths]}个月`))) || p.text.replace(/。$/u, ''),
      why: e.limitMonths === 0 ? `${e.term}的劳动合同不得约定试用期` : `劳动合同期限为${e.term}的，试用期不得超过${CHINESE_MONTHS[e.limitMonths]}个月`,
    }));
    // A public institution's probation longer than its regulation's twelve months (首次订立聘用合同的，试用期为18个月).
    modelled('事业单位人事管理条例', institutionProbationExcesses, '试用期', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '事业单位聘用合同的试用期最长为12个月',
    }));
    // An inspection or an investigation left to one officer (日常检查可以由1名执法人员实施), where the law wants two.
    const field = doc.header.title?.text ?? '';
    modelled(
      (f: SoleInspector) => f.title,
      (text) => soleInspectors(text, field),
      '不得少于',
      (_, p) => ({ higher: p.text.split(/[，。；]/u).find((c) => /不得少于|两人|2人/u.test(c)) ?? p.text, why: '检查、调查和执法人员不得少于两人' }),
    );
    // An earmarked fund spent on the body's own costs or another budget (可以从结余中安排资金用于经办服务大厅改造), or two social
    // insurance funds kept in one account (src/corpus/fund-diversion.ts).
    const funds = fundContextOf(field, doc.text);
    modelledOwn<FundDiversion>((text) => fundDiversions(text, funds));
    // A contribution the law puts on the employer, a fund or the state, put on the person (个人缴费部分由本人按月缴纳).
    modelled(
      (f: PersonalContribution) => f.title,
      personalContributions,
      (f) => f.word,
      (f, p) => ({ higher: sentenceWith(p.text, f.word), why: '上位法规定该项费用不由个人缴纳，文件把它转由个人负担' }),
    );
    // A right the law gives directly made to wait for another step (应当先向本单位工会反映；经调解仍未解决的，方可向…投诉).
    modelled(
      (f: PreconditionedRight) => f.title,
      (text) => preconditionedRights(text, field),
      (f) => f.word,
      (f, p) => ({ higher: sentenceWith(p.text, f.word), why: '上位法直接赋予当事人这项权利，文件增设了前置程序' }),
    );
    // A penalty the worker is to bear outside a service period and a non-compete (…提前解除劳动合同的，向用人单位支付违约金).
    modelled(LABOR_CONTRACT_LAW, workerPenalties, '违约金', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '劳动者承担违约金只限于服务期和竞业限制两种情形',
    }));
    // A worker's file or social insurance transfer held back when the job ends (可以暂缓转递其档案，待结清后再行办理).
    modelled(LABOR_CONTRACT_LAW, withheldTransfers, '十五日', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '档案和社会保险关系转移手续应当在十五日内办理，不得以未结清事项为由暂缓',
    }));
    // The surcharge on an unpaid fine allowed beyond the fine itself (加处罚款的数额累计不超过罚款数额的二倍), or at another daily rate.
    const surchargeCappedInDocument = surchargeCapped(doc.text);
    modelled(
      '中华人民共和国行政处罚法',
      (text) => surchargeCaps(text, surchargeCappedInDocument),
      '下列措施',
      (f) =>
        f.kind === 'rate'
          ? { higher: '到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款', why: '加处罚款的标准由法律规定为每日百分之三，文件不得另定' }
          : { higher: '加处罚款的数额不得超出罚款的数额', why: '加处罚款的数额不得超过罚款本身' },
    );
    // A carrier of an infectious disease turned away (…携带者的，不予录用; …携带者的，用人单位可以自主决定是否录用).
    modelled('中华人民共和国就业促进法', carrierRefusals, '传染病病原携带者', () => ({
      higher: '用人单位招用人员，不得以是传染病病原携带者为由拒绝录用',
      why: '上位法禁止以是传染病病原携带者为由拒绝录用',
    }));
    // A contract the law keeps alive ended by the employer: at expiry in a protected case, a disabled worker's, or the loss of
    // withheld evidence put on the worker (src/corpus/protected-termination.ts).
    modelledOwn<ProtectedTermination>(protectedTerminations);
    // Pay given as goods, cards or vouchers (以购物卡、消费券等形式发放高温津贴).
    modelled('中华人民共和国劳动法', wagesInKind, '货币形式', () => ({
      higher: '工资应当以货币形式按月支付给劳动者本人',
      why: '工资（包括津贴、补贴）应当以货币形式支付，不得以实物或者有价证券替代',
    }));
    // Rules on the workers' own terms made without them (可以不经职工代表大会或者全体职工讨论).
    modelled(LABOR_CONTRACT_LAW, skippedDemocraticProcedures, '职工代表大会', (_, p) => ({
      higher: sentenceWith(p.text, '职工代表大会'),
      why: '直接涉及劳动者切身利益的规章制度，应当经职工代表大会或者全体职工讨论，与工会或者职工代表平等协商确定',
    }));
    // A fee for labour dispute arbitration (应当按照仲裁请求金额的百分之一预交仲裁费用): the law makes it free.
    modelled('中华人民共和国劳动争议调解仲裁法', arbitrationFees, '不收费', (_, p) => ({
      higher: sentenceWith(p.text, '不收费'),
      why: '劳动争议仲裁不收费，仲裁委员会的经费由财政予以保障',
    }));
    // Wages paid by the quarter or the year (经务工人员书面同意，用人单位可以按季度支付工资).
    // The statement of contributions told yearly where the law says monthly (src/corpus/wage-frequency.ts).
    modelled(SOCIAL_INSURANCE_LAW, infrequentContributionStatements, '按月将缴纳社会保险费的明细情况告知本人', () => ({
      higher: '用人单位应当按月将缴纳社会保险费的明细情况告知本人',
      why: '文件把按月告知改为按年或者按季度告知',
    }));
    modelled('中华人民共和国劳动法', infrequentWagePayments, '按月支付', () => ({
      higher: '工资应当以货币形式按月支付给劳动者本人',
      why: '工资应当按月支付，不得按季度、按年支付',
    }));
    // The worker's choice of early or late retirement taken by the employer (可以决定其弹性延迟退休; 本人不得选择继续工作).
    modelled('全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定', forcedRetirements, '不得违背职工意愿', (_, p) => ({
      higher:
        sentenceWith(p.text, '协商一致的，可以弹性延迟退休').replace(/^.*?(?=职工达到法定退休年龄)/u, '') + '；' + sentenceWith(p.text, '不得违背职工意愿'),
      why: '弹性提前退休由职工自愿选择，弹性延迟退休须与职工协商一致，不得违背职工意愿',
    }));
    // Instalments or set-off against later benefits forbidden for an overpayment (不得签订还款协议分期退回).
    modelled('社会保险经办条例', removedRepaymentOptions, '分期退回', (_, p) => ({
      higher: sentenceWith(p.text, '分期退回'),
      why: '难以一次性退回的，上位法允许分期退回或者从后续待遇中抵扣',
    }));
    // Wages paid after a holiday instead of before it, or some time after the contract ends instead of then.
    modelled(
      '工资支付暂行规定',
      lateWageDays,
      (f: LateWageDay) => (f.article === 7 ? '提前在最近的工作日支付' : '一次付清'),
      (f, p) => ({
        higher: sentenceWith(p.text, f.article === 7 ? '提前在最近的工作日支付' : '一次付清'),
        why: f.article === 7 ? '工资支付日遇节假日或者休息日的，应当提前在最近的工作日支付' : '解除或者终止劳动合同时应当一次付清劳动者工资',
      }),
    );
    // A woman's pay cut or promotion held back for pregnancy, maternity leave or nursing (可以按照其实际承担的工作量相应核减工资).
    modelled('中华人民共和国妇女权益保障法', pregnancyDetriments, '不得因结婚', (f: PregnancyDetriment, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why:
        f.what === 'pay'
          ? '不得因结婚、怀孕、产假、哺乳等情形降低女职工的工资和福利待遇'
          : f.what === 'career'
            ? '不得因结婚、怀孕、产假、哺乳等情形限制女职工晋职、晋级'
            : '不得因结婚、怀孕、产假、哺乳等情形辞退女职工或者单方解除劳动（聘用）合同',
    }));
    // Leaving work in an emergency made to wait for approval, or punished (未经批准擅自停止作业的，按旷工处理).
    modelled(
      '中华人民共和国安全生产法',
      emergencyWithdrawals,
      (f: EmergencyWithdrawal) => (f.clause === 1 ? '有权停止作业' : '不得因'),
      (f, p) => ({
        higher: p.text.replace(/。$/u, ''),
        why:
          f.clause === 1
            ? '从业人员发现直接危及人身安全的紧急情况时有权停止作业或者撤离，文件增设了批准程序'
            : '不得因从业人员在紧急情况下停止作业或者撤离而降低其待遇或者解除劳动合同',
      }),
    );
    // The surcharge on unpaid contributions started after the day they fell due (自限期缴纳期满之次日起，按日加收…滞纳金).
    modelled(SOCIAL_INSURANCE_LAW, lateSurchargeStarts, '自欠缴之日起', () => ({
      higher: '自欠缴之日起，按日加收万分之五的滞纳金',
      why: '滞纳金应当自欠缴之日起计算，文件推迟了起算日',
    }));
    // A non-compete widened, severance put off, the transfer left to the worker (src/corpus/leaving-duties.ts).
    modelledOwn<LeavingDuty>(leavingDuties);
    // A service refused to a user who does not consent to the handling of their information (用户拒绝授权的，不得使用…).
    modelled(PERSONAL_INFORMATION_LAW, servicesForConsent, '拒绝提供产品或者服务', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '不得以个人不同意处理其个人信息为由拒绝提供服务',
    }));
    // A third party's silence read as consent, or its objection as a veto, on disclosure (src/corpus/third-party-disclosure.ts).
    modelled('中华人民共和国政府信息公开条例', thirdPartyDisclosures, '第三方', (_, p) => ({
      higher: p.text
        .split('。')
        .filter((x) => /逾期未提出意见|不同意公开/u.test(x))
        .join('。'),
      why: '第三方的意见不决定是否公开，由行政机关依照条例决定；第三方不同意公开且有合理理由的才不予公开',
    }));
    // A charge taken out of the worker's pay (从劳动者应得的工资…中直接扣除本机构的代办服务费).
    modelled('工资支付暂行规定', wageDeductions, '不得克扣', (_, p) => ({
      higher: sentenceWith(p.text, '不得克扣'),
      why: '除法定可以代扣的项目外，不得从劳动者工资中扣除费用',
    }));
    // A wrong punished however long ago it was done (src/corpus/limitation-waived.ts).
    modelledOwn<LimitationWaived>(limitationsWaived);
    // Entrusted work passed on, or data kept after the contract (src/corpus/entrusted-processing.ts).
    modelledOwn<EntrustedWork>(entrustedWork);
    // A charge for what the law gives free (src/corpus/free-services.ts).
    modelledOwn<FreeServiceCharge>(freeServiceCharges);
    // The work-injury liability of a seconded worker put on the borrowing unit (由借入单位承担工伤保险责任).
    modelled('工伤保险条例', secondmentInjuries, '借调', () => ({
      higher: '职工被借调期间受到工伤事故伤害的，由原用人单位承担工伤保险责任，但原用人单位与借调单位可以约定补偿办法',
      why: '借调期间的工伤保险责任由原用人单位承担，两单位只能约定补偿办法',
    }));
    // The employer let off the insurance it owes because the worker gave it up (书面承诺放弃工伤保障的，用人单位可以不为其办理).
    modelled(
      (f: InsuranceWaiver) => f.title,
      insuranceWaivers,
      (f: InsuranceWaiver) => f.word,
      (f, p) => ({
        higher: sentenceWith(p.text, f.word),
        why: '为职工参加社会保险、保障工伤权益是用人单位的法定义务，不因劳动者承诺放弃而免除',
      }),
    );
    // The unemployment insurance rate set below the province (市州人民政府可以…自行确定本地区失业保险费率).
    modelled('失业保险条例', localRates, '适当调整本行政区域失业保险费的费率', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '失业保险费率由省级人民政府报经国务院批准后调整，市县无权自行确定',
    }));
    // An enterprise forbidden to set its own pay structure (企业不得自行调整上述系数).
    modelled('中华人民共和国劳动法', wageAutonomy, '自主确定本单位的工资分配方式', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '用人单位依法自主确定本单位的工资分配方式和工资水平，文件只能指导，不能固定',
    }));
    // A person's access to their own information rationed (每人每年申请查阅不超过两次; 经分管负责人审批同意后提供).
    modelled(PERSONAL_INFORMATION_LAW, accessLimits, '应当及时提供', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '个人请求查阅、复制其个人信息的，应当及时提供，文件增设了次数限制或者审批',
    }));
    // Social insurance business no one may do for another, in any case (任何情形下均不予代办).
    modelled('社会保险经办条例', proxyBans, '授权代办', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '经办机构应当采用授权代办、上门服务等方式为老年人、残疾人等特殊群体提供便利，不得一律拒绝代办',
    }));
    // Pay stopped or cut while an injured worker is off work (停工治疗期间停止发放工作生活补贴).
    modelled('工伤保险条例', injuryLeavePay, '原工资福利待遇不变', (_, p) => ({
      higher: sentenceWith(p.text, '原工资福利待遇不变'),
      why: '停工留薪期内原工资福利待遇不变',
    }));
    // Dispatched workers paid a share of the same post's pay (按照本单位同类岗位职工岗位工资的80%确定).
    modelled(LABOR_CONTRACT_LAW, dispatchedPay, '同工同酬', (_, p) => ({
      higher: sentenceWith(p.text, '同工同酬的权利'),
      why: '被派遣劳动者享有与用工单位的劳动者同工同酬的权利',
    }));
    // A part of the wage bill kept out of it (加班加点工资…不计入工资总额).
    modelled('关于工资总额组成的规定', wageTotalExclusions, '工资总额由下列', () => ({
      higher: '工资总额由下列6个部分组成：（一）计时工资；（二）计件工资；（三）奖金；（四）津贴和补贴；（五）加班加点工资；（六）特殊情况下支付的工资',
      why: '工资总额的组成由国家规定，文件不得将其中的部分排除在外',
    }));
    // A social security number other than the identity number (为其重新编制个人社会保障号码).
    modelled(SOCIAL_INSURANCE_LAW, securityNumbers, '个人社会保障号码为公民身份号码', () => ({
      higher: '国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码',
      why: '个人社会保障号码就是公民身份号码，不得另行编制',
    }));
    // The people whose personal information leaked left uninformed (一律不通知受影响的持卡人; 无需通知相关职工).
    modelled(PERSONAL_INFORMATION_LAW, breachNotices, '并通知履行个人信息保护职责的部门和个人', () => ({
      higher: '发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人',
      why: '除采取措施能够有效避免危害的以外，应当通知受影响的个人',
    }));
    // Personal information kept for ever (考生身份信息和考场音视频资料…永久保存; …长期保存，不作删除处理).
    modelled(PERSONAL_INFORMATION_LAW, unlimitedRetentions, '最短时间', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '文件规定个人信息永久或者长期保存、不予删除，没有法律、行政法规的依据',
    }));
    // A special-operation worker let work without the training and the qualification (可以不再取得特种作业操作资格，直接安排上岗).
    modelled('中华人民共和国安全生产法', specialOperationWaivers, '特种作业人员必须', (_, p) => ({
      higher: sentenceWith(p.text, '特种作业人员必须'),
      why: '特种作业人员必须经专门的安全作业培训，取得相应资格，方可上岗作业，文件不得免除',
    }));
    // Medical costs of a work injury suspended during review or suit; the wage base's floor taken away (src/corpus/injury-review-payments.ts).
    modelled(
      '工伤保险条例',
      injuryFundPayments,
      (f: InjuryFundPayment) => f.word,
      (f, p) => ({ higher: sentenceWith(p.text, f.word), why: f.why }),
    );
    // An assistive device decided by the employer or the agency instead of the committee (须经所在用人单位同意…审核确认).
    modelled('工伤保险条例', deviceApprovers, '经劳动能力鉴定委员会确认', (_, p) => ({
      higher: sentenceWith(p.text, '经劳动能力鉴定委员会确认'),
      why: '配置辅助器具由劳动能力鉴定委员会确认，文件改由其他单位同意或者审核决定',
    }));
    // Review and suit given up as the price of a grant (承诺不就原行政处罚决定申请行政复议或者提起行政诉讼).
    modelled('中华人民共和国行政处罚法', remedyWaivers, '申请行政复议', (_, p) => ({
      higher: sentenceWith(p.text, '申请行政复议'),
      why: '当事人对行政处罚不服的，有权依法申请行政复议或者提起行政诉讼，文件不得要求其放弃',
    }));
    // A purchase contract changed by the buyer alone, or paid later than it says (src/corpus/contract-terms.ts).
    modelledOwn<ContractTermSetAside>(contractTermsSetAside);
    // An employer's liability for accidents at work agreed away (约定…由职工自行承担相应责任，企业不再承担赔偿责任).
    modelled('中华人民共和国安全生产法', liabilityWaivers, '免除或者减轻', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '不得以任何形式与从业人员订立协议，免除或者减轻生产经营单位对从业人员因生产安全事故伤亡依法应承担的责任',
    }));
    // A hiring body allowed to ask a woman about marriage and children (可以在面试中询问女性求职者的婚姻状况和生育计划).
    modelled('中华人民共和国妇女权益保障法', marriageInquiries, '招录', () => ({
      higher: '用人单位在招录（聘）过程中，除国家另有规定外，不得……除个人基本信息外，进一步询问或者调查女性求职者的婚育情况',
      why: '招聘录用中不得询问或者调查女性求职者的婚育情况',
    }));
    // A promotion, an award or retirement allowed for an official under investigation (src/corpus/investigation-bars.ts).
    modelled(
      PUBLIC_OFFICIALS_SANCTIONS_LAW,
      investigationBarsLifted,
      (f: InvestigationBar) => f.word,
      (f, p) => ({
        higher:
          f.article === 52
            ? `公职人员在被立案调查期间……${p.text.split(/[；。]/u).find((x) => x.includes('不得对其')) ?? ''}`
            : (p.text.split(/[；。]/u)[0] ?? p.text),
        why: f.article === 52 ? '立案调查期间的限制没有例外，文件在调查结束前就允许办理' : '政务处分期内不得晋升，不论受到的是哪一种政务处分',
      }),
    );
    // A disabled person left out of promotion, titles or admission for the disability (src/corpus/disability-exclusion.ts).
    modelled(
      DISABLED_PERSONS_LAW,
      disabilityExclusions,
      (f: DisabilityExclusion) => f.word,
      (f) => ({
        higher:
          f.article === 25
            ? '普通高级中等学校、中等职业学校和高等学校，必须招收符合国家规定的录取要求的残疾考生入学，不得因其残疾而拒绝招收'
            : '在职工的招用、转正、晋级、职称评定、劳动报酬、生活福利、休息休假、社会保险等方面，不得歧视残疾人',
        why: f.article === 25 ? '学校不得因考生残疾而拒绝招收' : '不得因残疾将其排除在招用、晋级、职称评定等之外',
      }),
    );
    // The funeral grant denied to the family of one who died in service, or the pension relationship ended for short
    // contributions without the person's choice (src/corpus/pension-rights.ts).
    modelled(
      SOCIAL_INSURANCE_LAW,
      pensionRightsTaken,
      (f: PensionRightTaken) => f.word,
      (f, p) => ({
        higher: f.article === 17 ? sentenceWith(p.text, '丧葬补助金') : p.text.replace(/。$/u, ''),
        why:
          f.article === 17
            ? '参保人员因病或者非因工死亡的，不论是否已经退休，其遗属都可以领取丧葬补助金和抚恤金'
            : '缴费不足十五年的，由本人选择缴费至满十五年或者转入城乡居民养老保险，不能由经办机构径行终止养老保险关系',
      }),
    );
    // Part of the fines and confiscations kept back for the body's own spending (src/corpus/fine-revenue.ts).
    modelled(ADMINISTRATIVE_PENALTY_LAW, fineRevenueKept, '上缴国库', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '罚没款项必须全部上缴国库，不得截留、提取或者返还使用',
    }));
    // …nor counted in the appraisal of the body that fines (罚没款入库金额完成年度目标的，予以通报表扬).
    modelled(ADMINISTRATIVE_PENALTY_LAW, fineRevenueAppraised, '考核、考评', (_, p) => ({
      higher: p.text.split('。')[0],
      why: '罚没款项的数额不得与作出处罚的机关及其工作人员的考核、考评挂钩',
    }));
    // A social insurance agency's own review made the last word (src/corpus/final-decisions.ts).
    modelled(SOCIAL_INSURANCE_LAW, finalDecisions, '社会保险经办机构不依法办理', (_, p) => ({
      higher: p.text.replace(/。$/u, ''),
      why: '对社会保险经办机构的行为可以依法申请行政复议或者提起行政诉讼，规范性文件不能规定其决定为最终决定',
    }));
    // A civil servant's rank skipped or promoted without the announcement (src/corpus/rank-promotion.ts).
    modelled(
      CIVIL_SERVANT_LAW,
      rankStepsSkipped,
      (f: RankStepSkipped) => f.word,
      (f, p) => ({
        higher: p.text.replace(/。$/u, ''),
        why: f.word === '逐级晋升' ? '公务员职级应当逐级晋升，法律没有规定越级晋升职级' : '晋升职级应当经公示后按照管理权限审批，公示不能省去',
      }),
    );
    // A decision suspended for every review, or the surcharge kept running through one (src/corpus/review-suspension.ts).
    modelled(
      (f: ReviewSuspension) => f.title,
      reviewSuspensions,
      '',
      (f) => ({
        higher: f.rule,
        why:
          f.article === 96
            ? '公务员申请复核、提出申诉不停止人事处理的执行'
            : f.article === 90
              ? '申请再审不停止已经发生法律效力的判决、裁定的执行'
              : f.clause === 3
                ? '复议、诉讼期间不计算加处罚款'
                : '申请复议或者提起诉讼不停止执行，停止执行的情形由法律规定',
      }),
    );

    // A rule that implements a regulation may spell out its lists and duties (企业职工带薪年休假实施办法第十四条); a normative document may not.
    const normative = (KIND_RANK[doc.profile?.kind.value ?? '行政规范性文件'] ?? DRAFT_RANK) >= DRAFT_RANK;
    // 8. A duty to inform the law puts on someone, taken away (src/corpus/removed-duties.ts): 可以不予告知, 不向社会公布,
    // 不同意见不予载明. Only where most of the law's own clause is in the draft's sentence.
    const dutyLawIds = [...laws.keys()];
    // What the laws state whatever the document (their bans, their duties, their written forms…; src/corpus/law-statements.ts):
    // read once per corpus from every stored law (the import stores them), then kept to the laws in scope for this document,
    // which change with the document's date.
    const inScope = new Map<LawStatementKind, unknown>();
    const inLaws = <K extends LawStatementKind>(kind: K): Array<LawStatement<LawStatementKinds[K]>> => {
      if (!inScope.has(kind))
        inScope.set(
          kind,
          corpus.lawStatements(kind).filter((s) => laws.has(s.lawId)),
        );
      return inScope.get(kind) as Array<LawStatement<LawStatementKinds[K]>>;
    };
    const dutiesOf = new Map<string, Array<{ clause: string; provision: CorpusProvision }>>();
    const listedDuty = (p: Pick<CorpusProvision, 'item' | 'article' | 'clause' | 'text'>, lawKey: string, verb: string): string | null => {
      if (p.item === null || p.article === null) return null;
      const own = p.text.replace(ITEM_LABEL, '').replace(/[；;。]$/u, '');
      if (!own.startsWith(verb) || /可以不|除外|但是/u.test(own)) return null;
      const lead = corpus.provisionsOf(lawKey, p.article).find((x) => x.item === null && (x.clause ?? 1) === (p.clause ?? 1) && LIST_LEAD_IN.test(x.text));
      // A procedure the law prescribes is binding with or without 应当 (…按照下列程序进行：).
      return lead && /(?:按照|依照)下列(?:程序|步骤|顺序)(?:进行|办理|实施)/u.test(lead.text) ? own : null;
    };
    const lawDuties = (verb: string): Array<{ clause: string; provision: CorpusProvision }> => {
      const known = dutiesOf.get(verb);
      if (known) return known;
      const out: Array<{ clause: string; provision: CorpusProvision }> = [];
      for (const hit of corpus.search(verb, { limit: 5000, lawIds: dutyLawIds }).hits) {
        // A step of a procedure the law lists under a duty (公开招聘应当按照下列程序进行：…（六）公示拟聘人员名单): the item is the duty.
        const item = listedDuty(hit.provision, hit.law.key, verb);
        if (item) out.push({ clause: item, provision: { ...hit.provision, law: hit.law } });
        for (const sentence of hit.provision.text.split(/[。；]/u)) {
          const clause = dutyClause(sentence, verb);
          const withCase = clauseWithCase(sentence, verb);
          // A duty to hand over is read with its case when it has one (涉嫌犯罪的，…移送): the case tells one law's duty from another's.
          if (clause && !(withCase && (HANDLING_VERBS as readonly string[]).includes(verb)))
            out.push({ clause, provision: { ...hit.provision, law: hit.law } });
          if (withCase) out.push({ clause: withCase, provision: { ...hit.provision, law: hit.law } });
        }
      }
      dutiesOf.set(verb, out);
      return out;
    };
    // A finding on [start, end) of block i that differs from a provision of a law in scope.
    const differsIn = (i: number, at: { start: number; end: number }, data: Record<string, string>, provision: CorpusProvision): void =>
      report(spanInBlock(doc, i, at.start, at.end), { messageId: 'differs', data }, provision, 'error', laws.get(provision.lawId)!.rank);
    let limits: Array<{ measure: string; sentence: string; provision: CorpusProvision }> | undefined;
    let corrections: Array<CorrectionFirst & { provision: CorpusProvision }> | undefined;
    let starts: Array<{ start: PeriodStart; provision: CorpusProvision }> | undefined;
    let approvals: Array<{ approval: LevelApproval; provision: CorpusProvision }> | undefined;
    // The thresholds of the articles that speak of an act, an item read with the lead-in it completes (…可以当场收缴罚款：（一）…).
    const thresholdsOfArticle = new Map<string, Array<{ threshold: Threshold; provision: CorpusProvision }>>();
    const lawThresholds = (query: string): Array<{ threshold: Threshold; provision: CorpusProvision }> =>
      corpus.search(query, { limit: 200, lawIds: dutyLawIds }).hits.flatMap((hit) => {
        const key = `${hit.law.key}|${hit.provision.article}`;
        let known = thresholdsOfArticle.get(key);
        if (!known) {
          const article = hit.provision.article === null ? [{ ...hit.provision, law: hit.law }] : corpus.provisionsOf(hit.law.key, hit.provision.article);
          known = article.flatMap((p) => {
            const leadIn = p.item === null ? undefined : article.find((x) => x.clause === p.clause && x.item === null)?.text;
            return thresholdsIn(p.text, leadIn).map((threshold) => ({ threshold, provision: p }));
          });
          thresholdsOfArticle.set(key, known);
        }
        return known;
      });
    let secrecy: Array<{ words: string; provision: CorpusProvision }> | undefined;
    const rightsOf = new Map<string, Array<{ clause: string; provision: CorpusProvision }>>();
    const lawRights = (verb: string): Array<{ clause: string; provision: CorpusProvision }> => {
      let known = rightsOf.get(verb);
      if (!known) {
        known = corpus
          .search(verb, { limit: 5000, lawIds: dutyLawIds })
          .hits.filter((hit) => hit.provision.text.includes('有权') || hit.provision.text.includes('可以'))
          .flatMap((hit) => grantedRights(hit.provision.text, verb).map((clause) => ({ clause, provision: { ...hit.provision, law: hit.law } })));
        rightsOf.set(verb, known);
      }
      return known;
    };
    for (const i of normative ? blocks : []) {
      const text = doc.source.blocks[i].text;
      // A written form relaxed (可以采取口头或者书面方式): the law's clause that asks for writing, and the act it names before it.
      for (const relaxed of relaxedWrittenForms(text)) {
        let best: { clause: string; provision: CorpusProvision; share: number } | undefined;
        for (const law of inLaws('written')) {
          const written = law.statement;
          const own = dutyOverlap(relaxed.sentence, written.own);
          const before = contentBigrams(written.before).size > 0 ? dutyOverlap(relaxed.sentence, written.before).share : 1;
          if (own.share >= DUTY_SHARE && own.shared >= 4 && before >= WRITTEN_ACT_SHARE && (!best || own.share > best.share))
            best = { clause: written.before + written.own, provision: law.provision, share: own.share };
        }
        if (!best) continue;
        const data = {
          what: `规定“${relaxed.phrase}”`,
          higher: best.clause.replace(/[，,：:]$/u, ''),
          scope: '',
          why: '上位法要求采用书面形式，文件允许口头或者免除书面形式',
        };
        report(spanInBlock(doc, i, relaxed.start, relaxed.end), { messageId: 'differs', data }, best.provision, 'error', laws.get(best.provision.lawId)!.rank);
      }
      for (const removed of [...removedDuties(text), ...removedDuties(text, GUARANTEE_VERBS), ...removedDuties(text, HANDLING_VERBS)]) {
        let best: { clause: string; provision: CorpusProvision; share: number; shared: number } | undefined;
        for (const duty of lawDuties(removed.verb)) {
          const { share, shared } = dutyOverlap(removed.sentence, duty.clause);
          if (share >= DUTY_SHARE && shared >= 4 && (!best || share > best.share)) best = { ...duty, share, shared };
        }
        if (!best) continue;
        // The law itself refuses in some cases (政府信息公开条例: …不予公开): a draft's refusal may be one of them.
        if (corpus.search(`不予${removed.verb}`, { limit: 1, lawIds: [best.provision.lawId] }).total > 0) continue;
        // …or waives the act in a case of its own, anywhere in the law (工伤保险条例第十九条: 对依法取得职业病诊断证明书…的，…不再
        // 进行调查核实): a draft that restates that case restates the waiver.
        const waivedByLaw = new RegExp(`(?:不再|免于|免予)[^，。；]{0,6}?${removed.verb}`, 'u');
        const lawWaiverCase = (p: CorpusProvision): string => {
          const m = waivedByLaw.exec(p.text);
          return m
            ? (p.text
                .slice(0, m.index)
                .split(/[。；]/u)
                .at(-1) ?? '')
            : '';
        };
        if (
          corpus
            .provisionsOf(best.provision.law.key)
            .some((p) => lawWaiverCase(p) !== '' && dutyOverlap(removed.sentence, lawWaiverCase(p)).share >= DUTY_SHARE)
        )
          continue;
        // So does the article itself, in another paragraph, for a case the draft restates (个人信息保护法第五十七条第二款: 采取措施能够
        // 有效避免…造成危害的，…可以不通知个人); a refusal without that case is still the duty taken away.
        const article = best.provision.article === null ? [] : corpus.provisionsOf(best.provision.law.key, best.provision.article);
        const exceptionCase = (p: CorpusProvision): string => {
          const at = p.text.indexOf(`可以不${removed.verb}`);
          return at < 0
            ? ''
            : (p.text
                .slice(0, at)
                .split(/[。；]/u)
                .at(-1) ?? '');
        };
        if (article.some((p) => exceptionCase(p) !== '' && dutyOverlap(removed.sentence, exceptionCase(p)).share >= DUTY_SHARE)) continue;
        const data = {
          what: `规定“${removed.phrase}”`,
          higher: best.clause.replace(/[，,]$/u, ''),
          scope: '',
          why: (GUARANTEE_VERBS as readonly string[]).includes(removed.verb)
            ? removed.verb === '折抵'
              ? '取消了上位法规定的折抵'
              : '取消了上位法规定的待遇保障'
            : (HANDLING_VERBS as readonly string[]).includes(removed.verb)
              ? `免除了上位法规定的${removed.verb}义务`
              : '免除了上位法规定的告知、公开或者记录义务',
        };
        report(spanInBlock(doc, i, removed.start, removed.end), { messageId: 'differs', data }, best.provision, 'error', laws.get(best.provision.lawId)!.rank);
      }
      // A right the law gives a person, denied (src/corpus/denied-rights.ts): 个人不得撤回授权 against 个人有权撤回其同意.
      for (const denial of deniedRights(text)) {
        // Of the laws giving the right, the one whose words the paragraph shares most (a labour dispute's suit, not a relative's).
        const granted = lawRights(denial.verb)
          .filter((r) => sameRight(denial, r.clause))
          .reduce<{ clause: string; provision: CorpusProvision } | undefined>(
            (best, r) => (!best || dutyOverlap(text, r.provision.text).shared > dutyOverlap(text, best.provision.text).shared ? r : best),
            undefined,
          );
        if (!granted) continue;
        const data = { what: `规定“${denial.phrase}”`, higher: granted.clause, scope: '', why: '文件剥夺了上位法赋予个人的这项权利' };
        differsIn(i, denial, data, granted.provision);
      }
      // A limit the law sets, taken away in its words (src/corpus/negated-limits.ts): 不以所得遗产实际价值为限.
      for (const negated of negatedLimits(text)) {
        limits ??= corpus
          .search('为限', { limit: 5000, lawIds: dutyLawIds })
          .hits.flatMap((hit) => lawLimits(hit.provision.text).map((limit) => ({ ...limit, provision: { ...hit.provision, law: hit.law } })));
        const limit = limits.find((l) => sameMeasure(negated.measure, l.measure));
        if (!limit) continue;
        const data = { what: `规定“${negated.phrase}”`, higher: limit.sentence, scope: '', why: `上位法以“${limit.measure}”为限，文件取消了这一限度` };
        differsIn(i, negated, data, limit.provision);
      }
      // The reporter's identity handed to the one reported (src/corpus/reporter-secrecy.ts), against the duty to keep it secret.
      for (const disclosure of reporterDisclosures(text)) {
        secrecy ??= corpus
          .search('保密', { limit: 5000, lawIds: dutyLawIds })
          .hits.flatMap((hit) => {
            const words = keepsReporterSecret(hit.provision.text);
            return words ? [{ words, provision: { ...hit.provision, law: hit.law } }] : [];
          })
          .sort((a, b) => laws.get(a.provision.lawId)!.rank - laws.get(b.provision.lawId)!.rank);
        // The law of the document's field (劳动保障, 社会保险), not the first that has the words (反垄断法): the most words shared
        // with the document's title and the paragraph.
        const field = contentBigrams(`${doc.header.title?.text ?? ''}\n${text}`);
        const shared = (t: string): number => [...contentBigrams(t)].filter((g) => field.has(g)).length;
        const duty = secrecy.reduce<(typeof secrecy)[number] | undefined>(
          (best, d) => (!best || shared(d.provision.text) > shared(best.provision.text) ? d : best),
          undefined,
        );
        if (!duty) continue;
        const data = {
          what: `规定“${disclosure.phrase}”`,
          higher: duty.words,
          scope: '',
          why: '上位法要求为举报人保密，文件允许把举报人的身份透露给被举报一方',
        };
        differsIn(i, disclosure, data, duty.provision);
      }
      // A fine the law gives only after an order to correct, imposed straight away (src/corpus/skipped-correction.ts).
      for (const fine of directFines(text)) {
        corrections ??= ['拒不改正', '逾期不改正', '逾期未改正'].flatMap((query) =>
          corpus
            .search(query, { limit: 5000, lawIds: dutyLawIds })
            .hits.flatMap((hit) => correctionsFirst(hit.provision.text).map((c) => ({ ...c, provision: { ...hit.provision, law: hit.law } }))),
        );
        const law = corrections.reduce<(typeof corrections)[number] | undefined>(
          (best, c) => (fineMatch(fine, c) > (best ? fineMatch(fine, best) : 0) ? c : best),
          undefined,
        );
        if (!law) continue;
        const data = { what: `规定“${fine.phrase}”`, higher: law.words, scope: '', why: '上位法规定先责令改正，拒不改正的才处以罚款，文件直接处以罚款' };
        differsIn(i, fine, data, law.provision);
      }
      // A period started at the other end of the law's event (src/corpus/period-start.ts): 自违法行为开始之日起计算 for 从行为终了之日起计算.
      for (const mine of periodStarts(text)) {
        starts ??= ['之日起计算', '之日起起算'].flatMap((query) =>
          corpus
            .search(query, { limit: 5000, lawIds: dutyLawIds })
            .hits.flatMap((hit) => periodStarts(hit.provision.text).map((p) => ({ start: p, provision: { ...hit.provision, law: hit.law } }))),
        );
        const law = starts.find((t) => movedStart(mine, t.start));
        if (!law) continue;
        const data = { what: `规定“${mine.phrase}”`, higher: law.start.phrase, scope: '', why: '上位法规定的期限起算点不同，文件改变了期限的起算' };
        differsIn(i, mine, data, law.provision);
      }
      // An approval the law reserves to a level, given to a lower one (src/corpus/approval-level.ts): 经县级…负责人批准 for
      // 经设区的市级以上…负责人批准.
      for (const mine of levelApprovals(text)) {
        approvals ??= corpus
          .search('批准', { limit: 5000, lawIds: dutyLawIds })
          .hits.flatMap((hit) => levelApprovals(hit.provision.text).map((a) => ({ approval: a, provision: { ...hit.provision, law: hit.law } })));
        const law = approvals.find((a) => loweredApproval(mine, a.approval));
        if (!law) continue;
        const data = { what: `规定“${mine.phrase}”`, higher: law.approval.phrase, scope: '', why: '上位法规定须经更高一级机关批准，文件降低了批准机关的层级' };
        differsIn(i, mine, data, law.provision);
      }
      // A threshold the law sets for an act, moved (src/corpus/thresholds.ts): 五百元以下…当场收缴 for 一百元以下.
      // An item is read with the lead-in it completes (职工…有下列情形之一的，视同工伤：（二）…在24小时之内经抢救无效死亡的).
      for (const mine of thresholdsIn(text, leadIns.get(i))) {
        // Words of the act to find the law's articles by, figures and their measure words left out (推举三至五名代表 → 推举, 代表).
        const bare = mine.act.replace(/可以|应当|必须|不得|依法|[0-9零〇一二两三四五六七八九十百千万至]+[名个人元次位项]?/gu, '，');
        const han = [...contentBigrams(bare)].filter((g) => /^\p{Script=Han}{2}$/u.test(g));
        const words = han.slice(0, 3);
        if (words.length < 2) continue;
        const ofAct = (query: string[]) => lawThresholds(query.join(' ')).filter((t) => comparable(mine, t.threshold) && sameAct(mine, t.threshold));
        // The act's last words (…视同工伤) where its first are who and when (职工在工作时间和工作岗位): a lead-in the law words otherwise.
        let theirs = ofAct(words);
        if (theirs.length === 0 && han.length > 3) theirs = ofAct(han.slice(-3));
        // The law's own case restated with other figures, whatever act the draft attaches to it: found by the case's words.
        if (theirs.length === 0) {
          const runs = mine.caseWords
            .split(/[，,、]/u)
            .map((r) => r.replace(/^(?:企业|用人单位|单位)/u, ''))
            .filter((r) => r.length >= 4)
            .sort((a, b) => b.length - a.length)
            .slice(0, 2);
          theirs = runs.flatMap((run) => lawThresholds(run)).filter((t) => comparable(mine, t.threshold) && sameCase(mine, t.threshold));
        }
        // A figure the law gives for the act anywhere (对公民二百元以下、对法人三千元以下) is the law's.
        if (theirs.length === 0 || theirs.some((t) => t.threshold.value === mine.value)) continue;
        const law = theirs.reduce((best, t) => (dutyOverlap(mine.act, t.threshold.act).share > dutyOverlap(mine.act, best.threshold.act).share ? t : best));
        const data = {
          what: `规定“${mine.phrase}”`,
          higher: law.threshold.phrase,
          scope: '',
          why: '上位法规定的适用条件（数额、人数）不同，文件改变了上位法规则的适用范围',
        };
        differsIn(i, mine, data, law.provision);
      }
    }

    // 6b–6d. Statements of the laws in scope found by words the draft supplies (the cost's own words, what a sum is said to
    // include): each query once per document. Statements found by fixed words come from the corpus's store (inLaws).
    const statementsOf = new Map<string, Array<{ statement: unknown; provision: CorpusProvision }>>();
    const draftQueriedStatements = <T>(
      model: string,
      query: string,
      limit: number,
      read: (text: string) => T[],
    ): Array<{ statement: T; provision: CorpusProvision }> => {
      const key = `${model}|${query}`;
      let known = statementsOf.get(key);
      if (!known) {
        known = corpus
          .search(query, { limit, lawIds: dutyLawIds })
          .hits.flatMap((hit) => read(hit.provision.text).map((statement) => ({ statement, provision: { ...hit.provision, law: hit.law } })));
        statementsOf.set(key, known);
      }
      return known as Array<{ statement: T; provision: CorpusProvision }>;
    };
    const reportStatement = (
      block: number,
      at: { start: number; end: number; phrase: string },
      higher: string,
      provision: CorpusProvision,
      why: string,
    ): void =>
      report(
        spanInBlock(doc, block, at.start, at.end),
        { messageId: 'differs', data: { what: `规定“${at.phrase}”`, higher, scope: '', why } },
        provision,
        'error',
        laws.get(provision.lawId)!.rank,
      );
    // Each reading of the draft held against the stored statements of one kind: the first statement it contradicts is reported.
    const reportAgainst = <K extends LawStatementKind, D extends { start: number; end: number; phrase: string }>(
      block: number,
      kind: K,
      found: D[],
      contradicts: (found: D, statement: LawStatementKinds[K]) => boolean,
      higher: (statement: LawStatementKinds[K], provision: CorpusProvision) => string,
      why: string,
    ): void => {
      for (const d of found) {
        const against = inLaws(kind).find((l) => contradicts(d, l.statement));
        if (against) reportStatement(block, d, higher(against.statement, against.provision), against.provision, why);
      }
    };
    const docTitle = doc.header.title?.text ?? '';
    for (const i of normative ? blocks : []) {
      const text = doc.source.blocks[i].text;
      // 6b. Days the law keeps out of a count (探亲假…不计入年休假假期), counted into it (src/corpus/not-counted.ts).
      reportAgainst(
        i,
        'notCounted',
        countedIn(text),
        (counted, s) => sameCount(counted, s, text),
        (s) => s.phrase,
        '上位法规定不计入',
      );
      // …and the reverse: what the law counts in (视同, 计算为), kept out (服现役年限不计为失业保险缴费时间).
      for (const excluded of excludedByDraft(text)) {
        const against =
          inLaws('counted').find((l) => sameCount(excluded, l.statement, text)) ??
          // …or what the law says the sum is made of (经济补偿的月工资…包括…奖金、津贴和补贴), left out of it.
          draftQueriedStatements('included', `包括 ${excluded.into.replace(/基数$/u, '').slice(-3)}`, 200, includedByLaw).find((l) =>
            sameCount(excluded, l.statement, text),
          );
        if (against) reportStatement(i, excluded, against.statement.phrase, against.provision, '上位法规定应当计入');
      }
      // 6b'. A yearly deadline for the law's act moved later (src/corpus/yearly-deadlines.ts).
      reportAgainst(i, 'yearly', yearlyDeadlines(text), laterThanLaw, (s, p) => sentenceWith(p.text, s.phrase), '晚于上位法规定的期限');
      // 6b''. A payment the law keeps at or above a public standard, set at a smaller share of it (src/corpus/standard-floors.ts).
      reportAgainst(i, 'floors', sharesOfStandard(text), belowFloor, (s) => s.words, '低于上位法规定的最低标准');
      // 6b'''. A step the law puts before an act, made up after it (src/corpus/deferred-steps.ts).
      reportAgainst(i, 'prerequisites', deferredSteps(text), defersLawStep, (s) => s.words, '上位法规定应当先履行该程序，文件允许事后补办');
      // …or done without it (仲裁庭可以不经调解直接作出裁决; 无需催告，直接申请人民法院强制执行).
      reportAgainst(i, 'prerequisites', skippedSteps(text), skipsLawStep, (s) => s.words, '上位法规定应当先履行该程序，文件允许不经该程序直接作出');
      // 6c. A paper made to take effect at another moment than every law that names one for it (src/corpus/effect-moments.ts).
      for (const effect of draftEffects(text)) {
        const said = inLaws('effects').filter((l) => l.statement.paper === effect.paper);
        if (said.length === 0 || !said.every((l) => otherMoment(effect, l.statement))) continue;
        const best = said.sort((a, b) => laws.get(a.provision.lawId)!.rank - laws.get(b.provision.lawId)!.rank)[0];
        reportStatement(i, effect, best.statement.words, best.provision, '上位法规定了该文书生效的条件，文件改变了生效的时间或者条件');
      }
      // 6c. A cost the law puts on one kind of payer, put on another (src/corpus/cost-bearers.ts). Of the laws that say so
      // (行政许可法 and 行政处罚法 both spare the party the hearing's cost), the one whose name and words the document shares.
      for (const cost of costsInDraft(text)) {
        const around = fullSentenceAround(text, cost.start, cost.end);
        const sentence = text.slice(around.start, around.end);
        const fit = (l: { provision: CorpusProvision }): number =>
          bigramCoverage(l.provision.law.title.replace(/^中华人民共和国/u, ''), `${docTitle}\n${text}`) + bigramCoverage(l.provision.text, text);
        // A long word is looked up by its last words too (职业健康检查 for 离岗前职业健康检查): the law names the kind it covers.
        const queries = [...new Set(cost.words.flatMap((w) => (w.length > 6 ? [w, w.slice(-6)] : [w])))];
        const stated = queries.flatMap((w) => draftQueriedStatements('cost', w, 200, costsInLaw));
        // A payer the law names for the cost in one of its cases (伤残津贴: the fund for grades 1–4, the employer for 5 and 6)
        // is the law's payer too.
        // Only the same law, or one as close to the document as the law it departs from (伤残津贴: the fund for grades 1–4, the
        // employer for 5 and 6, both 工伤保险条例; a benefit another law gives in another insurance says nothing of this one).
        const shifted = stated.filter((l) => shiftsCost(cost, l.statement, sentence, l.provision.text)).sort((a, b) => fit(b) - fit(a))[0];
        const agreed = stated.some(
          (l) =>
            !l.statement.exempt &&
            l.statement.payer === cost.payer &&
            l.statement.words.every((w) => sentence.includes(w)) &&
            // …for this cost: another benefit of the sentence paid as the law says (一次性工伤医疗补助金 by the fund) agrees on that one only.
            l.statement.words.some((w) => cost.words.some((c) => c.includes(w) || w.includes(c))) &&
            (!shifted || l.provision.lawId === shifted.provision.lawId || fit(l) >= fit(shifted)),
        );
        const against = agreed ? undefined : shifted;
        // Persons outside the insurance (非法用工单位的伤亡人员, 未参加工伤保险的职工): the employer pays what the fund would
        // (工伤保险条例 第六十二条第二款、第六十六条).
        const uninsured = against?.statement.payer === 'fund' && cost.payer === 'employer' && UNINSURED.test(`${docTitle}\n${text}`);
        if (against && !uninsured) reportStatement(i, cost, against.statement.phrase, against.provision, '改变了上位法规定的费用承担主体');
      }
      // 6d. An act the law allows only with a person's agreement, allowed without it (src/corpus/consent-conditions.ts).
      for (const waived of consentsWaived(text)) {
        const around = fullSentenceAround(text, waived.start, waived.end);
        const sentence = text.slice(around.start, around.end);
        const against = inLaws('consent').find((l) => doesConsentedAct(sentence, l.statement));
        if (against) reportStatement(i, waived, against.statement.phrase, against.provision, '上位法规定须经当事人同意或者协商一致');
      }
      // A duty the law wants done at once (立即…通知), given a period (30日内通知) (src/corpus/immediate-duties.ts).
      reportAgainst(i, 'immediate', delayedDuties(text), delaysDuty, (s) => s.phrase, '上位法要求立即履行，文件规定了履行期限');
      // …and the other way round: work the law bars outright for a protected worker, allowed once the worker agrees.
      reportAgainst(i, 'assignmentBan', consentedAssignments(text), liftsBan, (s) => s.phrase, '上位法禁止安排，不因本人或者监护人同意而改变');
    }

    // 7. A case added to, or changed in, a list of grounds the law gives in full (src/corpus/closed-grounds.ts): the cases in
    // which a contract may be ended, benefits stop, annual leave is lost or an injury is no work injury.
    const groundsOf = new Map<string, LawGroundIn[]>();
    const lawGrounds = (family: GroundFamily): LawGroundIn[] => {
      const known = groundsOf.get(family.id);
      if (known) return known;
      const out: LawGroundIn[] = [];
      for (const { title, articles } of family.laws) {
        const resolved = corpus.catalog.resolve(title, date);
        if (!resolved?.record.hasText) continue;
        for (const article of articles) {
          const provisions = corpus.provisionsOf(resolved.record.key, article).filter((p) => laws.has(p.lawId));
          const lead = provisions.find((p) => p.item === null && /下列情形/u.test(p.text));
          for (const provision of provisions) {
            if (provision.item !== null) out.push({ text: provision.text, leadIn: lead?.text ?? '', provision, listedIn: lead ?? provision });
            // A ground and its consequence in one sentence (事业单位工作人员受到开除处分的，解除聘用合同), read as a draft's is.
            else if (provision !== lead)
              for (const own of draftGrounds(provision.text))
                if (own.family.id === family.id) out.push({ text: own.text, leadIn: provision.text, provision, listedIn: provision });
          }
        }
      }
      groundsOf.set(family.id, out);
      return out;
    };
    for (const i of normative ? blocks : []) {
      for (const found of draftGrounds(doc.source.blocks[i].text, leadIns.get(i))) {
        const grounds = lawGrounds(found.family);
        const verdict = judgeGround(found.text, grounds, found.family.closed, found.context);
        if (!verdict) continue;
        // A changed ground is held against the ground it changes; an added one against the lead-in of the law's first list.
        const against = (verdict.ground as LawGroundIn | undefined) ?? grounds.find((g) => g.provision.item !== null) ?? grounds[0];
        if (!against) continue;
        const listed = verdict.kind === 'added' ? against.listedIn : against.provision;
        const higher = (verdict.kind === 'added' ? against.leadIn : against.text).replace(ITEM_LABEL, '').replace(/[；;。:：]$/u, '');
        const data = { what: `以“${found.text}”作为${found.family.label}的情形`, higher, scope: '', why: verdict.why };
        report(spanInBlock(doc, i, found.start, found.end), { messageId: 'differs', data }, listed, 'error', laws.get(listed.lawId)!.rank);
      }
    }

    // 9. A term the law defines by a figure (临时性工作岗位是指存续时间不超过六个月的岗位), defined by the draft with another
    // (src/corpus/definitions.ts): the law's rules on the term then reach other cases than the law's.
    const lawIds = [...laws.keys()];
    for (const i of blocks) {
      for (const mine of figureDefinitions(doc.source.blocks[i].text)) {
        for (const hit of corpus.search(mine.term, { limit: 20, lawIds }).hits) {
          const theirs = figureDefinitions(hit.provision.normText).find((d) => d.term === mine.term);
          if (!theirs) continue;
          const pairs = mine.figures.map((f) => {
            const h = theirs.figures.find((x) => x.dim === f.dim);
            return { f, h, order: h ? compareQuantities(f, h) : undefined };
          });
          const changed = pairs.find((p) => p.order !== undefined && p.order !== 0);
          // A definition that gives the law's figure anywhere (不超过六个月…，累计不超过一年) follows it.
          if (!changed?.h || pairs.some((p) => p.order === 0)) continue;
          const provision = { ...hit.provision, law: hit.law };
          const data = { what: `将“${mine.term}”界定为“${changed.f.phrase}”`, higher: changed.h.phrase, scope: '', why: '改变了上位法对该用语的界定' };
          report(spanInBlock(doc, i, changed.f.start, changed.f.end), { messageId: 'differs', data }, provision, 'error', laws.get(hit.provision.lawId)!.rank);
          break;
        }
      }
    }

    // 10. A decision the law deems made on the administration's silence, turned around (逾期未作决定的，视为准予延续 → 视为不予
    // 延续) in a sentence of the draft's own: the same case, the same act, the other decision.
    for (const i of blocks) {
      const text = doc.source.blocks[i].text;
      for (const mine of deemedDecisions(text)) {
        const opposite = `视为${mine.refusal ? '准予' : '不予'}${mine.act}`;
        for (const hit of corpus.search(opposite, { limit: 10, lawIds }).hits) {
          const theirs = deemedDecisions(hit.provision.normText).find(
            // Most of the law's case said in the draft's (行政机关逾期未作决定的; 在有效期届满前仍未作出决定的; a PDF may run the
            // clause before into it).
            (d) => d.act === mine.act && d.refusal !== mine.refusal && bigramCoverage(d.when.replace(/作出/gu, '作'), mine.when.replace(/作出/gu, '作')) >= 0.6,
          );
          if (!theirs) continue;
          const data = { what: `规定“${mine.when}，${mine.phrase}”`, higher: `${theirs.when}，${theirs.phrase}`, scope: '', why: deemedWhy(theirs) };
          report(
            spanInBlock(doc, i, mine.start, mine.end),
            { messageId: 'differs', data },
            { ...hit.provision, law: hit.law },
            'error',
            laws.get(hit.provision.lawId)!.rank,
          );
          break;
        }
      }
    }

    // 11. An act the law bans outright, allowed (src/corpus/reversed-modals.ts): 可以直接向原告、第三人…收集证据 for 被告…不得自行向
    // 原告、第三人和证人收集证据; a duty it puts, waived (可以不签订劳动合同或者服务协议 for 应当依法与其签订…). Last, so that a
    // finding of a closer model on the same words stands.
    // The laws' statements are read once per corpus, from every stored law (src/corpus/law-statements.ts; stored by the import),
    // then kept to the laws in scope for this document: the laws in scope change with each document's date.
    for (const i of normative ? blocks : []) {
      const text = doc.source.blocks[i].text;
      for (const waiver of draftWaivers(text)) {
        const against = inLaws('duties').find((d) => waivesDuty(waiver, d.statement));
        if (against) reportStatement(i, waiver, against.statement.words, against.provision, '上位法规定为义务');
      }
      for (const permission of draftPermissions(text)) {
        const against = inLaws('bans').find((b) => permitsBanned(permission, b.statement) && !allowedBy(permission, b.provision.text));
        if (against) reportStatement(i, permission, against.statement.words, against.provision, '上位法禁止');
      }
      // 12. A request the law lets be made by word of mouth, refused when so made (src/corpus/oral-requests.ts), for the kind of
      // request the paragraph or the title names.
      for (const refusal of oralRefusals(text)) {
        const against = inLaws('oral').find((o) => text.includes(o.statement.kind) || docTitle.includes(o.statement.kind));
        if (against) reportStatement(i, refusal, against.statement.sentence, against.provision, '上位法允许口头提出，文件拒绝口头提出');
      }
    }
  },
});
