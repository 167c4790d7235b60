/**
 * Subjects of quantitative and modal provisions in labour and social
 * security law: the vocabulary claims are keyed by. A draft's claim is
 * compared with a law's only when they share their primary subject, so this
 * list decides what the conflict check can see; a subject missing here is
 * silently not compared (precision first).
 *
 * - canonical: synonyms fold to one subject (加班 → 延长工作时间).
 * - qualifier: narrows a rule to a special case (非全日制用工, 休息日): a claim with a
 *   qualifier is only compared with claims that name it too.
 * - benefit: an amount or period owed to a person (产假, 经济补偿): a draft that grants
 *   more than an exact statutory figure is not reported, one that grants less is.
 * - weak: too general to be the subject of a figure (解除劳动合同), except of a notice period.
 */

export interface TopicDef {
  term: string;
  canonical?: string;
  qualifier?: boolean;
  /** A qualifier that can also be what a figure is about (试用期不得超过六个月). */
  primary?: boolean;
  /** Too general to be the subject of a figure, except of a notice period (提前三十日…解除劳动合同). */
  weak?: boolean;
  benefit?: boolean;
  /** A term too general alone (认定决定, 办理完毕): it names the subject only when the clause also matches this. */
  context?: RegExp;
  /**
   * The context and `unless` are read in the term's own clause, not elsewhere in its sentence: one sentence may give the periods
   * of two cases (直接向人民法院提起诉讼的，…六个月；不服复议决定的，…十五日内提起诉讼).
   */
  ownClause?: boolean;
  /** Not this subject when the sentence around the term matches this (滞纳金 of 残疾人就业保障金, not of contributions). */
  unless?: RegExp;
  /** One of a graded set (一级伤残 … 十级伤残): only the grade named nearest before a figure narrows it. */
  tier?: boolean;
  /**
   * With its context the term names the act itself (收取 with 向劳动者): every provision on it is about the draft's act,
   * however differently the rest of the clause is worded.
   */
  act?: boolean;
  /** An act only the administration does (主动公开): a shorter period for it binds the administration, not a party. */
  adminAct?: boolean;
  /** A subject that exists only in a special case (聘用合同 only in 事业单位): a claim on it is narrowed to that case. */
  implies?: string;
  /**
   * A law's case that only says where the act happens (向其他个人信息处理者提供其处理的个人信息的，应当…取得个人的单独同意): the rule
   * holds wherever the act does, so a draft need not name the case to be held to it.
   */
  scope?: RegExp;
}

/** 缓缴 and 减免 of what: the conflict rules know them only for contributions (not 学费, 税款). */
const CONTRIBUTIONS = /(?:社会保险|保险费|缴费|社保费)/u;

/** Taken from a worker or a job seeker: 向 + the person + 收取, or 由 + the person + 缴纳 (劳动合同法第九条, 就业促进法第三十六条). */
const WORKER =
  '(?:劳动者|职工|员工|新上岗人员|上岗人员|新招用人员|求职者|求职人员|应聘者|应聘人员|从业人员|劳务人员|外派人员|农民工|务工人员|服务人员|拟引进人才|引进人才|被介绍人)';
const FROM_WORKER = new RegExp(
  `向[^，。；]{0,18}?${WORKER}[^，。；]{0,16}?收取|由[^，。；]{0,8}?${WORKER}[^，。；]{0,12}?(?:缴纳|交纳|缴存|交存)|要求[^，。；]{0,8}?${WORKER}[^，。；]{0,10}?(?:缴纳|交纳|缴存|交存|提供担保)` +
    // Those it hires are its workers, named or not where it takes the money (…招用家政服务人员，可以收取…工具押金).
    `|(?:招用|招收|招聘|录用|聘用)[^。；]{0,24}?收取[^，。；]{0,24}?(?:押金|保证金|抵押金|风险金|财物)` +
    // An intermediary's deposit on the job seeker whose consent the sentence names (经求职者书面同意，职业中介机构可以收取…押金).
    `|${WORKER}[^。；]{0,12}?(?:同意|自愿)[^。；]{0,24}?收取[^，。；]{0,24}?(?:押金|保证金|抵押金|风险金)`,
  'u',
);
/** Taken from a student for a placement (职业教育法第四十二条: 不得以介绍工作、安排实习实训等名义违法收取费用). */
const FROM_STUDENT =
  /向[^，。；]{0,18}?(?:学生|学员|实习生)[^，。；]{0,16}?收取|以[^，。；]{0,12}?(?:介绍工作|推荐就业|安排实习|实习推荐)[^，。；]{0,8}?名义[^，。；]{0,6}?收取/u;

/** The employer keeps the worker's wage card, or the law names the card before forbidding it (…社会保障卡或者银行卡，用人单位…不得…扣押). */
const WAGE_CARD = '(?:社会保障卡|社保卡|工资卡|银行卡)';
const EMPLOYERS = '(?:用人单位|施工总承包单位|总承包单位|分包单位|施工单位|企业|包工头|班组长|劳务公司)';
const WAGE_CARD_KEPT = new RegExp(
  `${EMPLOYERS}[^。；]{0,20}?(?:扣押|代为保管|统一保管|集中保管|代管|收存)[^，。；]{0,12}?${WAGE_CARD}|${WAGE_CARD}[，,]${EMPLOYERS}[^。；]{0,20}?扣押`,
  'u',
);

const T = (term: string, extra: Omit<TopicDef, 'term'> = {}): TopicDef => ({ term, ...extra });

export const TOPICS: TopicDef[] = [
  // 失业保险
  T('失业保险金', { benefit: true }),
  T('领取失业保险金', { canonical: '失业保险金' }),
  T('失业保险待遇', { canonical: '失业保险金' }),
  T('失业人员名单'),
  T('失业名单', { canonical: '失业人员名单' }),
  // The same list named by why they lost the job (将被裁减职工名单告知社会保险经办机构), told to the insurance agency.
  ...['被裁减职工名单', '被裁减人员名单', '裁减人员名单'].map((term) =>
    T(term, { canonical: '失业人员名单', context: /告知[^，。；]{0,4}?社会保险经办机构|社会保险经办机构/u }),
  ),
  T('医疗补助金', { benefit: true }),
  // 工伤保险
  T('工伤认定申请'),
  T('提出工伤认定', { canonical: '工伤认定申请' }),
  T('申请工伤认定', { canonical: '工伤认定申请' }),
  // 提出认定申请 in a sentence about an injury at work: the application for 工伤认定, not for 就业困难人员认定 or a talent title.
  T('认定申请', { canonical: '工伤认定申请', context: /事故伤害|职业病|工伤/u }),
  T('工伤认定决定'),
  T('作出工伤认定', { canonical: '工伤认定决定' }),
  T('工伤认定结论', { canonical: '工伤认定决定' }),
  T('劳动能力鉴定结论'),
  T('劳动能力鉴定申请'),
  T('再次鉴定'),
  T('复查鉴定'),
  T('鉴定结论', { canonical: '劳动能力鉴定结论', context: /劳动能力/u }),
  T('认定决定', { canonical: '工伤认定决定', context: /工伤/u }),
  T('作出认定', { canonical: '工伤认定决定', context: /工伤/u }),
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => T(`${n}级伤残`, { qualifier: true, tier: true })),
  T('停工留薪期', { benefit: true }),
  T('丧葬补助金', { benefit: true }),
  T('供养亲属抚恤金', { canonical: '抚恤金', benefit: true }),
  T('抚恤金', { benefit: true }),
  T('一次性工亡补助金', { benefit: true }),
  T('一次性伤残补助金', { benefit: true }),
  T('伤残津贴', { benefit: true }),
  T('一次性工伤医疗补助金', { benefit: true }),
  T('一次性伤残就业补助金', { benefit: true }),
  T('生活护理费', { benefit: true }),
  // 社会保险登记与缴费
  T('社会保险登记'),
  // 为职工申请办理参保登记 is the registration of 社会保险法第五十八条 (职工参保登记 in 社会保险经办条例).
  T('参保登记', { canonical: '社会保险登记', context: /用人单位|用工|职工/u }),
  T('社会保险费', { weak: true }),
  // Of social insurance contributions, not of another levy (残疾人就业保障金: 5‰ under 残疾人就业条例第二十七条).
  T('滞纳金', { context: /(?:社会保险费|保险费|欠缴|缴费)/u, unless: /(?:就业保障金|工会经费|教育费附加)/u }),
  // Deferring or waiving contributions is an act named by its own words (社会保险法第六十条: 不得缓缴、减免), however long the
  // sentence that permits it (…可以向社会保险费征收机构申请缓缴社会保险费，缓缴期限最长不超过12个月…).
  T('缓缴', { context: CONTRIBUTIONS, act: true }),
  T('减免', { context: CONTRIBUTIONS, act: true }),
  T('社会保险缴费年限', { canonical: '缴费年限' }),
  T('最低缴费年限', { canonical: '缴费年限' }),
  T('缴费年限'),
  T('基本养老金', { benefit: true }),
  T('法定退休年龄'),
  T('退休年龄', { canonical: '法定退休年龄' }),
  T('弹性退休'),
  // 高级专家 of the associate and the full grade (国务院关于高级专家离休退休若干问题的暂行规定第二条: 六十五周岁 / 七十周岁).
  ...['副教授', '副研究员', '副高级', '副高'].map((term) => T(term, { canonical: '副高级专业技术职务', qualifier: true })),
  ...['教授', '研究员', '正高级', '正高'].map((term) => T(term, { canonical: '正高级专业技术职务', qualifier: true })),
  T('档案和社会保险关系转移', { canonical: '关系转移手续' }),
  T('社会保险关系转移', { canonical: '关系转移手续' }),
  // The file sent on when a contract ends (劳动合同法第五十条), in other words: 将其人事档案转递至存档机构.
  ...['人事档案转递', '档案转递', '转递档案', '转递人事档案', '档案转移', '转移档案'].map((term) =>
    T(term, { canonical: '关系转移手续', context: /(?:解除|终止)[^，。；]{0,8}?(?:劳动合同|劳动关系)|(?:劳动合同|劳动关系)[^，。；]{0,4}?(?:解除|终止)/u }),
  ),
  T('生育津贴', { benefit: true }),
  // 女职工
  // A father's leave (陪产假) is no 产假 of the mother's: read as its own term, so 产假 inside it is not found.
  T('陪产假', { benefit: true }),
  T('产假', { benefit: true }),
  // 其中产前可以休假15天: the part of the leave before the birth, not the whole leave.
  T('产前', { qualifier: true }),
  T('难产', { qualifier: true }),
  T('多胞胎', { qualifier: true }),
  T('流产', { qualifier: true }),
  T('小产', { canonical: '流产', qualifier: true }),
  T('哺乳时间', { benefit: true }),
  // 对怀孕7个月以上的女职工／对哺乳未满1周岁婴儿的女职工，不得延长劳动时间: special cases of the general overtime rule.
  T('怀孕', { qualifier: true }),
  T('哺乳', { qualifier: true }),
  // 劳动合同
  T('书面劳动合同'),
  T('二倍工资', { benefit: true }),
  T('二倍的工资', { canonical: '二倍工资', benefit: true }),
  T('无固定期限劳动合同'),
  T('试用期工资', { benefit: true }),
  T('试用期内工资', { canonical: '试用期工资', benefit: true }),
  T('试用期期间工资', { canonical: '试用期工资', benefit: true }),
  T('试用期', { qualifier: true, primary: true }),
  T('竞业限制期限', { canonical: '竞业限制' }),
  T('竞业限制'),
  T('服务期'),
  T('违约金'),
  // A pregnancy test among the check-ups for hiring (妇女权益保障法第四十三条: 不得…将妊娠测试作为入职体检项目).
  ...['妊娠测试', '妊娠检测', '妊娠检查', '怀孕检测', '怀孕检查', '孕检'].map((term) => T(term, { canonical: '妊娠测试', act: true })),
  // Money an employer or service takes from the worker or job seeker (劳动合同法第九条: 不得…以其他名义向劳动者收取财物),
  // not a deposit the employer pays (工资保证金 is its own, longer term).
  ...['收取财物', '收取', '保证金', '押金', '抵押金', '风险金', '风险抵押金'].map((term) =>
    T(term, { canonical: '向劳动者收取财物', context: FROM_WORKER, act: true }),
  ),
  T('收取', { canonical: '向学生收取费用', context: FROM_STUDENT, act: true }),
  // Money drawn from a pension account before retirement (社会保险法第十四条: 个人账户不得提前支取).
  T('提前支取', { context: /个人账户/u, act: true }),
  // …under another name, before any of the cases in which the account is paid out (达到退休年龄, 出国定居, 死亡): 暂未就业的，可以
  // 申请一次性领取个人账户储存额.
  ...['一次性领取', '一次性支取', '提前领取', '一次性退还', '提前退还'].map((term) =>
    T(term, { canonical: '提前支取', context: /个人账户/u, unless: /退休|出国|出境|定居|死亡|继承|遗属|丧失|不足十五年|不足15年/u, act: true }),
  ),
  // An identity card kept from the worker, under whatever name (劳动合同法第九条, 就业促进法第四十一条: 不得扣押劳动者的居民身份证和其他
  // 证件): 代为保管 keeps it as 扣押 does.
  ...['扣押', '代为保管', '统一保管', '集中保管', '代管', '收存'].map((term) =>
    T(term, { canonical: '扣押身份证件', context: /(?:扣押|保管|代管|收存)[^，。；]{0,12}?(?:居民身份证|身份证|证件|证书原件)/u, act: true }),
  ),
  // The card a migrant worker's wages are paid to, kept by the employer (保障农民工工资支付条例第三十一条第四款: 用人单位或者其他人员
  // 不得以任何理由扣押或者变相扣押): not a card an issuing office holds until it is collected.
  ...['扣押', '代为保管', '统一保管', '集中保管', '代管', '收存'].map((term) => T(term, { canonical: '扣押工资卡', context: WAGE_CARD_KEPT, act: true })),
  // The right to be heard before a measure against one (行政处罚法第七条、第四十五条, 社会保险经办条例第四十三条: 有权进行陈述、申辩).
  ...['陈述', '申辩', '陈述权', '申辩权'].map((term) =>
    T(term, {
      canonical: '陈述申辩',
      context: /陈述[、和及或者]*申辩|陈述权[、和及]*申辩权/u,
      // Arguing one's case as the reason for a heavier penalty is the topic below (因申辩加重处罚).
      unless: /因[^，。；]{0,8}?(?:陈述|申辩)|申辩[^。；]{0,24}?(?:从重|加重|更重)/u,
      act: true,
    }),
  ),
  // A person's consent before their personal information is given to another (个人信息保护法第二十三条: 取得个人的单独同意).
  // The act is named by the step (征得…同意, 取得其同意, 告知…): the sentence must give the information to another and ask consent.
  ...['征得', '取得', '告知'].map((term) =>
    T(term, {
      canonical: '提供个人信息的同意',
      context:
        /^(?=[^。]*?(?:提供[^。；]{0,40}?(?:个人信息|姓名|联系方式|身份证号码|工作经历|在职时间|薪酬|成绩|记录)|(?:个人信息|信息)[^，。；]{0,12}?提供给))[^。]*?(?:征得|取得)[^，。；]{0,12}?同意/u,
      scope: /^[^，。；]{0,24}?提供其处理的个人信息的?$/u,
      act: true,
    }),
  ),
  T('经济补偿', { benefit: true }),
  // The state's compensation (国家赔偿法第三十三条、第三十四条: 国家上年度职工日平均工资, 五倍) is not an employer's 赔偿金.
  T('赔偿金', { canonical: '国家赔偿金', benefit: true, context: /国家赔偿|赔偿义务机关|赔偿请求人|人身自由|生命健康权|国家上年度职工/u }),
  T('赔偿金', { benefit: true }),
  T('裁减人员'),
  T('经济性裁员', { canonical: '裁减人员' }),
  T('解除劳动合同', { weak: true }),
  T('终止劳动合同', { weak: true }),
  T('非全日制用工', { qualifier: true }),
  // 劳动合同法第六十八条: 非全日制用工 is the work paid by the hour.
  T('以小时计酬', { canonical: '非全日制用工', qualifier: true }),
  T('按小时计酬', { canonical: '非全日制用工', qualifier: true }),
  T('劳动报酬结算支付周期', { canonical: '结算支付周期' }),
  T('结算支付周期'),
  T('结算支付', { canonical: '结算支付周期' }),
  T('结算', { canonical: '结算支付周期', context: /非全日制/u }),
  T('劳务派遣', { qualifier: true }),
  T('被派遣劳动者', { qualifier: true }),
  T('注册资本'),
  // 工时、休假、工资
  T('每日工作'),
  T('每周工作'),
  T('延长工作时间'),
  T('延长劳动时间', { canonical: '延长工作时间' }),
  T('延长其劳动时间', { canonical: '延长工作时间' }),
  T('延长其工作时间', { canonical: '延长工作时间' }),
  T('加班', { canonical: '延长工作时间' }),
  // Night work, which the law bars for pregnant (7 months on) and nursing workers (女职工劳动保护特别规定第六条、第九条).
  T('夜班劳动'),
  T('夜班工作', { canonical: '夜班劳动' }),
  T('夜间劳动', { canonical: '夜班劳动' }),
  T('工资报酬', { benefit: true }),
  T('加班费', { canonical: '工资报酬', benefit: true }),
  T('加班工资', { canonical: '工资报酬', benefit: true }),
  T('休息日', { qualifier: true }),
  T('法定休假日', { qualifier: true }),
  T('法定节假日', { canonical: '法定休假日', qualifier: true }),
  T('年休假', { benefit: true }),
  T('带薪年休假', { canonical: '年休假', benefit: true }),
  T('最低工资标准'),
  T('最低工资', { canonical: '最低工资标准' }),
  T('工资支付'),
  T('支付工资', { canonical: '工资支付' }),
  T('工资支付周期', { canonical: '工资支付' }),
  T('人工费用'),
  T('工资保证金'),
  T('工资支付台账'),
  T('服务台账'),
  // 每月扣除的部分不得超过…当月工资的20%: the share of a month's wage an employer may keep back for damages.
  T('扣除的部分', { canonical: '工资扣除', context: /工资/u }),
  T('扣除部分', { canonical: '工资扣除', context: /工资/u }),
  T('扣除的数额', { canonical: '工资扣除', context: /工资/u }),
  T('以实物', { canonical: '实物支付工资', context: /工资/u }),
  T('实物或者有价证券', { canonical: '实物支付工资', context: /工资/u }),
  T('有价证券', { canonical: '实物支付工资', context: /工资/u }),
  // 劳动争议
  T('申请仲裁'),
  T('仲裁时效', { canonical: '申请仲裁' }),
  T('申请劳动人事争议仲裁', { canonical: '申请仲裁' }),
  T('申请劳动争议仲裁', { canonical: '申请仲裁' }),
  T('仲裁时效期间', { canonical: '申请仲裁' }),
  T('仲裁庭裁决'),
  // Security for an advance enforcement (劳动争议调解仲裁法第四十四条: 劳动者申请先予执行的，可以不提供担保).
  T('担保', { canonical: '先予执行担保', context: /先予执行/u }),
  // The union told before an employer ends a contract on its own (劳动合同法第四十三条: 应当事先将理由通知工会).
  T('通知工会', { act: true }),
  T('通知本单位工会', { canonical: '通知工会', act: true }),
  // A party's request to postpone a hearing, made so many days before it (劳动争议调解仲裁法第三十五条: 开庭三日前).
  T('延期开庭'),
  // Suits other than a labour dispute's after an award (劳动争议调解仲裁法第五十条: 十五日), each with its own period, named by the
  // words of the sentence or of the suit's own clause: for state compensation (国家赔偿法第十四条: 三个月); against an administrative
  // act (行政诉讼法第四十六条: 六个月), after review a case of its own (第四十五条, 行政复议法第三十四条: 十五日). One sentence may give
  // both periods (直接向人民法院提起诉讼的，…六个月；不服复议决定的，…十五日内提起诉讼).
  T('提起诉讼', { canonical: '国家赔偿诉讼', context: /赔偿义务机关|赔偿请求人/u }),
  T('提起行政诉讼'),
  T('提起诉讼', { canonical: '提起行政诉讼', context: /行政行为|复议决定|复议期满|(?:处罚|处理|追回|认定|许可)决定/u, unless: /仲裁|赔偿/u, ownClause: true }),
  ...['复议决定', '经行政复议', '经复议', '复议期满', '复议期限届满', '复议机关逾期'].map((term) =>
    // 不经行政复议, 直接…提起行政诉讼 is the suit without review.
    T(term, { canonical: '经行政复议', qualifier: true, unless: /(?:不|未|无须|无需|可以不)经(?:行政)?复议/u, ownClause: true }),
  ),
  T('提起诉讼'),
  T('撤销裁决'),
  T('终局裁决'),
  T('是否受理', { canonical: '仲裁受理', context: /仲裁/u }),
  T('受理条件', { canonical: '仲裁受理', context: /仲裁/u }),
  T('应当受理', { canonical: '仲裁受理', context: /仲裁/u }),
  // 劳动保障监察、经办、人力资源市场的办理期限
  T('调查', { canonical: '监察调查', context: /(?:违法行为|违反劳动保障|劳动保障监察|监察机构|立案)/u }),
  T('办理完毕', { canonical: '经办办结', context: /经办机构/u }),
  T('办结', { canonical: '经办办结', context: /经办机构/u }),
  T('备案', { canonical: '业务备案', context: /开展[^，。；]{0,24}?业务/u }),
  T('书面报告', { context: /(?:人力资源服务机构|分支机构|变更|终止)/u }),
  // A period of silence after which something follows (…十五日内未提出异议的，集体合同即行生效; …2年内未被发现…的，不再查处).
  T('即行生效', { canonical: '集体合同生效', context: /集体合同/u }),
  T('不再查处', { canonical: '查处时效', context: /未被[^，。；]{0,20}?发现/u }),
  T('不再立案查处', { canonical: '查处时效', context: /未被[^，。；]{0,20}?发现/u }),
  // 未按规定申报时按上月缴费额的110%确定应缴数额（社会保险法第六十二条）.
  T('上月缴费额', { canonical: '上月缴费额确定' }),
  // 骗取、冒领社会保险待遇的罚款（社会保险法第八十八条）.
  ...['骗取', '冒领'].map((term) => T(term, { canonical: '骗取社会保险待遇', context: /社会保险|保险待遇|保险金|养老金|保险基金/u })),
  // 行政处罚、行政许可的听证：当事人要求听证的期限（行政处罚法第六十四条、行政许可法第四十七条）.
  T('要求听证', { canonical: '听证申请' }),
  T('申请听证', { canonical: '听证申请' }),
  T('提出听证申请', { canonical: '听证申请' }),
  // 残疾人就业条例第八条第二款: 用人单位安排残疾人就业的比例不得低于本单位在职职工总数的1.5% (a province may set more, not less).
  T('安排残疾人就业比例', { canonical: '按比例安排残疾人就业' }),
  T('安排残疾人就业人数比例', { canonical: '按比例安排残疾人就业' }),
  // 行政诉讼的期限，分别按起算的文书：被告提交证据和答辩状（行政诉讼法第六十七条：收到起诉状副本之日起十五日内）；上诉（第八十五条：
  // 判决书送达之日起十五日内，裁定书送达之日起十日内）.
  // The defendant of an administrative suit is always the administration: a shorter period binds only itself.
  T('答辩状', { canonical: '行政诉讼答辩举证', context: /起诉状副本/u, adminAct: true }),
  ...['提起上诉', '上诉状', '提出上诉'].flatMap((term) => [
    T(term, { canonical: '不服判决上诉', context: /判决书送达/u }),
    T(term, { canonical: '不服裁定上诉', context: /裁定书送达/u }),
  ]),
  // 没有强制执行权的行政机关申请人民法院强制执行的期限（行政强制法第五十三条：自期限届满之日起三个月内）: the administration's own
  // period, so a shorter one binds only itself.
  T('申请人民法院强制执行', { canonical: '申请法院强制执行', adminAct: true }),
  T('申请强制执行', { canonical: '申请法院强制执行', context: /人民法院/u, adminAct: true }),
  // 行政复议的申请期限（行政复议法第二十条：自知道或者应当知道该行政行为之日起六十日内）.
  T('申请行政复议', { canonical: '行政复议申请' }),
  T('提出行政复议申请', { canonical: '行政复议申请' }),
  T('行政复议申请'),
  // 申请材料不齐全时一次告知补正的期限（行政许可法第三十二条：当场或者五日内）. The same words in other procedures give other
  // periods (政府信息公开条例第三十条 7个工作日, 行政复议法第三十一条, 国家赔偿法第十二条): those are left out, not compared.
  // 分次告知…需要补正的内容: the same notice, given in parts (行政许可法第三十二条: 一次告知).
  ...['一次告知', '一次性告知', '一次性书面告知', '补正告知', '分次告知'].map((term) =>
    T(term, { canonical: '补正告知', context: /申请材料不齐全|不符合法定形式/u, unless: /复议|政府信息|信息公开|赔偿|起诉|诉讼|仲裁/u }),
  ),
  // A heavier penalty for a party who argues its case (行政处罚法第四十五条第二款: 不得因当事人陈述、申辩而给予更重的处罚): the act
  // however the sentence words the case (无理申辩的，可以从重处理). Terms are matched with 的 left out (更重处罚).
  ...['更重处罚', '从重处罚', '从重处理', '加重处罚', '加重处理'].map((term) =>
    T(term, { canonical: '因申辩加重处罚', context: /申辩[^，。；]{0,20}?的/u, act: true }),
  ),
  // The same for a 处分 (公务员法第六十三条: 不得因公务员申辩而加重处分; 公职人员政务处分法第四十三条).
  ...['加重处分', '加重政务处分', '从重处分', '加重一档'].map((term) =>
    T(term, { canonical: '因申辩加重处分', context: /申辩[^。；]{0,30}?的|因[^，。；]{0,12}?申辩而/u, act: true }),
  ),
  // 政府信息公开条例第二十六条: 主动公开的政府信息自形成或者变更之日起20个工作日内公开, whatever the information is called (社会保险信息).
  // The day the information is formed may be named by what forms it (自拨付完成之日起…主动公开).
  T('主动公开', { context: /形成或者变更|形成之日|变更之日|之日起|形成后|变更后/u, adminAct: true }),
  // …or named by where it goes, counted from the day the information is formed (自评价报告形成之日起30个工作日内…向社会公开).
  T('向社会公开', { canonical: '主动公开', context: /形成或者变更|形成之日|变更之日|形成后|变更后/u, adminAct: true }),
  T('行政许可决定'),
  // 行政处罚法第六十条: 自行政处罚案件立案之日起九十日内作出行政处罚决定: the administration's own period.
  T('作出行政处罚决定', { context: /立案/u, adminAct: true }),
  // 公务员法第九十五条: 自知道该人事处理之日起三十日内向原处理机关申请复核; other 复核 (of an assessment, a grade) are not this one.
  T('申请复核', { context: /人事处理|处分|公务员/u }),
  T('许可决定', { canonical: '行政许可决定' }),
  // 人力资源市场、事业单位
  T('人力资源服务许可证'),
  T('职业中介活动', { qualifier: true }),
  T('聘用合同', { implies: '事业单位' }),
  // How long a contract's text is kept for inspection (聘用合同文本…至少保存二年备查): a period of the keeping, not of the contract.
  T('保存', { canonical: '保存期限', context: /(?:合同|协议)[^，。；]{0,6}?文本[^。；]{0,16}?保存[^，。；]{0,8}?备查/u }),
  T('事业单位', { qualifier: true }),
  T('旷工'),
  T('公务员', { qualifier: true }),
  // 受处分的期间为：警告，六个月；记过，十二个月；记大过，十八个月 (公务员法第六十四条): each kind of 处分 is a tier.
  T('受处分期间', { canonical: '处分期间' }),
  T('处分期间'),
  T('处分期', { canonical: '处分期间' }),
  ...['警告', '记过', '记大过', '降级', '撤职'].map((term) => T(term, { qualifier: true, tier: true, context: /处分/u })),
  T('聘任合同', { qualifier: true }),
  // 童工、未成年工
  T('童工', { qualifier: true }),
  T('未成年工', { qualifier: true }),
];

/** Bump when TOPICS or the claim extractor changes: stored topic indexes are rebuilt on the next write. */
export const TOPICS_VERSION = 57;

/** A term may name different subjects in different contexts (收取 from a worker, from a student): its definitions in order. */
const BY_TERM = new Map<string, TopicDef[]>();
for (const t of TOPICS) BY_TERM.set(t.term, [...(BY_TERM.get(t.term) ?? []), t]);
const TIERS = new Set(TOPICS.filter((t) => t.tier).map((t) => t.canonical ?? t.term));
const QUALIFIERS = new Set(TOPICS.filter((t) => t.qualifier).map((t) => t.canonical ?? t.term));
const BENEFITS = new Set(TOPICS.filter((t) => t.benefit).map((t) => t.canonical ?? t.term));
const SORTED = [...BY_TERM.keys()].sort((a, b) => b.length - a.length);
const FIRST_CHARS = new Map<string, string[]>();
for (const term of SORTED) {
  const list = FIRST_CHARS.get(term[0]) ?? [];
  list.push(term);
  FIRST_CHARS.set(term[0], list);
}

export interface TopicHit {
  topic: string;
  /** Offsets in the searched string. */
  start: number;
  end: number;
}

/**
 * Topics found in a text, leftmost-longest, non-overlapping. 的 inside a term
 * is skipped (失业人员的名单 = 失业人员名单); offsets point into the original.
 * `sentence` is the sentence the text is part of, for the terms' `unless`.
 */
export function findTopics(text: string, sentence: string = text): TopicHit[] {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '的') continue;
    chars.push(text[i]);
    at.push(i);
  }
  const s = chars.join('');
  const out: TopicHit[] = [];
  for (let i = 0; i < s.length;) {
    const candidates = FIRST_CHARS.get(s[i]);
    let def: TopicDef | undefined;
    for (const t of candidates ?? []) {
      if (!s.startsWith(t, i)) continue;
      // The context may be named once for a sentence of several clauses (社会保险经办机构办理…，…；办理失业保险金申领，…办理完毕);
      // the sentence holds the text, so it is the one searched.
      def = BY_TERM.get(t)!.find((d) => (d.context?.test(d.ownClause ? text : sentence) ?? true) && !d.unless?.test(d.ownClause ? text : sentence));
      if (def) break;
    }
    if (def) {
      out.push({ topic: def.canonical ?? def.term, start: at[i], end: at[i + def.term.length - 1] + 1 });
      i += def.term.length;
    } else i++;
  }
  return out;
}

const GENERAL = new Set(TOPICS.filter((t) => t.context && !t.act).map((t) => t.canonical ?? t.term));
const ACTS = new Set(TOPICS.filter((t) => t.act).map((t) => t.canonical ?? t.term));

const ACT_SCOPES = new Map(TOPICS.filter((t) => t.scope).map((t) => [t.canonical ?? t.term, t.scope!]));

/** Whether a law's case only says where the act on `topic` happens (see TopicDef.scope). */
export function isActScope(topic: string, conditionText: string): boolean {
  return ACT_SCOPES.get(topic)?.test(conditionText) ?? false;
}

/** A subject that names the act itself (向劳动者收取财物): no likeness of wording is needed to know a provision is about it. */
export function namesAct(topic: string): boolean {
  return ACTS.has(topic);
}

/**
 * A subject named by a general word (办理完毕, 备案, 书面报告): many provisions on
 * different acts share it, and the act is told by the other words of the clause.
 */
export function isGeneral(topic: string): boolean {
  return GENERAL.has(topic);
}

/** A graded qualifier (一级伤残): only the nearest one before a figure applies. */
export function isTier(topic: string): boolean {
  return TIERS.has(topic);
}

export function isQualifier(topic: string): boolean {
  return QUALIFIERS.has(topic);
}

const IMPLIED = new Map(TOPICS.filter((t) => t.implies).map((t) => [t.canonical ?? t.term, t.implies!]));

/** The special case a subject exists only in (聘用合同 → 事业单位), or undefined. */
export function impliedQualifier(topic: string): string | undefined {
  return IMPLIED.get(topic);
}

const NOT_PRIMARY = new Set(TOPICS.filter((t) => t.qualifier && !t.primary).map((t) => t.canonical ?? t.term));
const WEAK = new Set(TOPICS.filter((t) => t.weak).map((t) => t.canonical ?? t.term));

/** Whether a topic can be the subject of a figure (qualifiers like 休息日 only narrow one). */
export function canBePrimary(topic: string, notice: boolean): boolean {
  if (NOT_PRIMARY.has(topic)) return false;
  return notice || !WEAK.has(topic);
}

export function isBenefit(topic: string): boolean {
  return BENEFITS.has(topic);
}

const ADMIN_ACTS = new Set(TOPICS.filter((t) => t.adminAct).map((t) => t.canonical ?? t.term));

/** Whether only the administration does the act (主动公开). */
export function isAdminAct(topic: string): boolean {
  return ADMIN_ACTS.has(topic);
}
