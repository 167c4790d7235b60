/**
 * The words the clause analysis reads, grouped by what they mean in law
 * (who acts is read in roles.ts): how a duty is stated, what counts as a breach, a grant, an
 * activity, a measure, money owed, a paper that attests a fact, a protected
 * attribute. Each is a regular-expression source without flags; the
 * detectors (effects.ts) combine them with the structure of the clause.
 */

// ---- how a duty is stated -------------------------------------------------------------

/** Words that forbid or waive what follows them, across commas until a new duty starts (不得滥用行政权力，限定…). 不可抗力 is a noun. */
export const PROHIBITION =
  '(?:不得|不准|不应|不能|不可(?!抗力)|不予(?!录用|聘用|受理|认可|承认|采信|考虑|办理|享受|(?:批准|许可|认定|登记|备案|行政许可|工伤认定)(?:的)?决定)|不再|不要|不需要?|不必|无需|无须|毋须|严禁|禁止|免于|免予|一律不)';
/** Words that remove or deny their own object only (取消…证明, 免收工本费, 男女不限): they reach to the end of their clause. */
export const REMOVAL = '(?:杜绝|防止|避免|纠正|清理|取消|停止|废止|免收|免除|免费|不收取|不收费|不缴纳|不交纳|免缴|免交|不要求|不限|不向)';
/** Both kinds. */
export const NEGATOR = `(?:${PROHIBITION}|${REMOVAL})`;

export const MODAL_WORDS: Array<[string, 'must' | 'may' | 'mustNot' | 'needNot' | 'only']> = [
  ['可以不', 'needNot'],
  ['无需', 'needNot'],
  ['无须', 'needNot'],
  ['不需要', 'needNot'],
  ['不需', 'needNot'],
  ['不必', 'needNot'],
  ['不得', 'mustNot'],
  ['禁止', 'mustNot'],
  ['严禁', 'mustNot'],
  ['不准', 'mustNot'],
  ['不应', 'mustNot'],
  ['无权', 'mustNot'],
  ['应当', 'must'],
  ['必须', 'must'],
  ['须', 'must'],
  ['需', 'must'],
  ['应', 'must'],
  ['一律', 'must'],
  ['方可', 'only'],
  ['才能', 'only'],
  ['才可以', 'only'],
  ['方能', 'only'],
  ['始得', 'only'],
  ['才可', 'only'],
  ['可以', 'may'],
  ['有权', 'may'],
  ['允许', 'may'],
  ['可', 'may'],
];

// ---- conditions ------------------------------------------------------------------------

/**
 * What describes a breach in a condition: the clause is about someone's wrongdoing, and what follows reacts to it. A refusal to
 * consent (拒绝授予通讯录权限, 拒绝同意) is the person's right, not a breach (个人信息保护法第十六条); a step of a procedure not
 * yet taken (未经调解的, 未经仲裁的) is no wrongdoing either.
 */
export const VIOLATION =
  '(?:违反|违规|违法(?!所得)|既不|未按|未在[^，。；]{0,12}?(?:期限|时限|日|个月)内|未依法|未如实|未经(?!调解|协商|仲裁|复核|复议|申诉|前置)|未取得|未履行|未及时|未足额|不按|不如实|拒不|拒绝(?!授予|授权|同意|开启|[^，。；]{0,10}?权限)|拒付|拒报|迟报|瞒报|谎报|无正当理由|欠缴|逾期未|逾期不|逾期仍|擅自|弄虚作假|虚报|冒领|骗取|套取|伪造|变造|隐瞒|提供虚假|出具虚假|虚假宣传|阻挠|妨碍|干扰|扰乱|恶意|无理|不配合|情节严重|情节恶劣|造成[^，。；]{0,10}?后果|屡次|拖欠|克扣|扣押|被查实|经查实|存在[^，。；]{0,10}?(?:问题|行为)|失信|违约|缠访|闹访|缠诉|滋事)';

/** Conduct of officials, answered by discipline, not by a measure against the public. */
export const OFFICIAL = '(?:工作人员|国家工作人员|公职人员|主管人员|直接责任人员|经办人员|执法人员|行政机关|经办机构|主管部门)';

// ---- licences ---------------------------------------------------------------------------

/** Grants of the administration that can stand before an activity. Strong ones are licences by name. */
export const GRANT_STRONG = '(?:批准|审批|核准|许可证|许可|资质证书|资质|执照|准入)';
export const GRANT_WEAK = '(?:同意|备案|登记|认定|审核|审定|验收|注册|确认|审查|评估|考核|核验)';
export const GRANT_PAPER = '(?:凭证|证明|证书|证件|证|批复|批文|文件|资格|同意函|批准函|复函|预审合格意见书|审核意见书|预审意见)';

/** Activities a licence stands before: what a person or an operator is free to do unless the law says otherwise. */
export const ACTIVITY =
  '(?:从事|开展|经营|营业|开业|设立|开办|举办|招收|招用|招聘|招生|上岗|执业|入驻|承接|承揽|承包|发布|上线|运营|办学|开设|组织|进行|提供|实施|输出|派遣|进入|参与经营|参与(?=[^，。；]{0,8}?(?:服务|项目|业务))|营运|销售|安排(?=[^，。；]{0,12}?(?:加班|延长工作时间))|解除(?:劳动合同|聘用合同|劳动关系)?|终止(?:劳动合同|劳动关系))';

/** What is not a free activity but a benefit or an administrative step: gating it on a decision is not a licence. */
export const BENEFIT_ACT =
  '(?:享受|申领|领取|申请[^，。；]{0,8}?(?:补贴|补助|资金|奖励|贷款|待遇)|获得|获取|纳入|列入|拨付|发放|支付|兑现|给予|补贴|奖补|认定为|评为|确定为)';

// ---- sanctions -------------------------------------------------------------------------

/** Measures that are penalties by their name (行政处罚法第九条). */
export const PENALTY_CLASSIC: Array<[string, string]> = [
  ['fine', '(?:并处|处以|予以|给予|课以|可处|应处|被处以?|还应处|另处|并|处)(?![理置分室长罚事])[^，。；：]{0,24}?罚款'],
  ['fine', '罚款[0-9零一二两三四五六七八九十百千万.]+(?:元|倍)'],
  // Not 罚没收入, the revenue from fines and confiscations (罚没 + 收入); not what was confiscated, named as a thing (罚款、没收的违法
  // 所得应当全部上缴国库) or counted (没收违法所得金额, 没收违法所得数额等罚没指标).
  [
    'confiscation',
    '(?<!罚)没收(?!入|的)(?![^，。；：、]{0,8}?(?:金额|数额|总额|指标|情况))(?:其|该)?(?:[^，。；：]{0,12}?(?:违法所得|非法财物|财物|工具|设备|物品|资金|保证金|押金))?',
  ],
  ['revocation', '吊销(?:其|该)?[^，。；：]{0,14}?(?:许可证|执照|证书|资格证|资质|证照|许可)'],
  [
    'suspension',
    '(?:暂扣(?:其|该)?|暂停(?:其|该))[^，。；：]{0,12}?(?:许可证|执照|证书|证照|资格证)(?:[^，。；：]{0,4}?[0-9零一二两三四五六七八九十]+个?(?:月|年|日))?',
  ],
  ['closure', '责令(?:其|该)?(?:停产停业|停业整顿|停产整顿|关闭|停止营业|停业|停止经营)'],
  ['closure', '(?:予以|依法)?取缔'],
  ['occupation', '(?:限制|禁止)(?:其|该)?从业'],
  ['occupation', '限制开展生产经营活动'],
  // A bar on hiring for a time (责令其在六个月内暂停招用新的劳动者) limits the business itself (行政处罚法第九条第四项).
  ['occupation', '(?:暂停|停止|限制)(?:其|该)?(?:[0-9零一二两三四五六七八九十]+个?(?:月|年)内)?(?:新增)?招用(?:新的?)?(?:劳动者|人员|员工|职工)'],
  // So does a bar on sending out or placing workers, its trade (暂停其12个月内新增派遣外派人员).
  [
    'occupation',
    '(?:暂停|停止|限制)(?:其|该)?(?:[0-9零一二两三四五六七八九十]+个?(?:月|年)内)?(?:新增)?(?:派遣|外派|输出|招收)(?:新的?)?[^，。；：]{0,6}?(?:劳动者|人员|员工|职工|劳务人员)',
  ],
  // …and a bar on its business for a time (暂停其在本省新增企业年金业务6个月).
  [
    'occupation',
    '(?:暂停|停止|限制)(?:其|该(?:机构|单位|企业|公司))(?:在[^，。；：]{1,8}?)?(?:[0-9零一二两三四五六七八九十]+个?(?:月|年)内)?(?:新增|新开展|开展|承接|新承接|经营)[^，。；：]{0,12}?业务(?:[^，。；：]{0,2}?[0-9零一二两三四五六七八九十]+个?(?:月|年))?',
  ],
  ['detention', '行政拘留'],
  // 环境保护法第五十九条's measure, a fine repeated each day: only a law may set it.
  ['fine', '按日连续处罚'],
  ['reprimand', '(?:予以|给予|并|进行)(?:警告|通报批评)'],
];

/** Measures that punish without the name: loss of a standing, a lower grade, a ban, a cut in money owed. Only after a breach. */
export const PENALTY_DISGUISED: Array<[string, string]> = [
  [
    'qualification',
    '(?:取消|暂停|撤销|终止|中止|注销|收回)(?:其|该)?[^，。；：]{0,22}?(?:资格|资质|定点|备案|入库|入围|会员|星级|协议|许可)(?![证明])(?:[^，。；：]{0,6}?[0-9零一二两三四五六七八九十半]+(?:个月|年))?',
  ],
  ['downgrade', '降低(?:其|该)?[^，。；：]{0,8}?(?:等级|资质等级|星级|信用等级|诚信等级|评级|级别)'],
  ['downgrade', '(?:降为|降至|降级为|下调为)[^，。；：]{0,8}?(?:级|星级|等级)'],
  ['ban', '(?:限制|禁止)(?:其|该)?(?:参加|参与|申报|申请|享受|承接)[^，。；：]{0,16}'],
  [
    'ban',
    '(?:[0-9零一二两三四五六七八九十]+(?:年|个月)内|今后[0-9零一二两三四五六七八九十]+年|一定期限内)(?:不得|禁止|不予|不再)(?:再次|重新)?(?:提出)?(?:在[^，。；：]{1,6}?)?(?:申报|申请|参加|参与|承接|享受|受理|从事|担任|报考|应聘|报名|代收|接收|转送)[^，。；：]{0,14}',
  ],
  // The persons of a body barred from the trade for a time (五年内禁止其法定代表人和主要负责人从事职业技能评价相关工作): 限制从业.
  [
    'ban',
    '(?:[0-9零一二两三四五六七八九十]+(?:年|个月)内|终身|一定期限内)(?:禁止|不得|限制)(?:其|该)?(?:机构|单位|组织)?(?:的)?(?:法定代表人|主要负责人|负责人|[^，。；：]{0,6}?人员)(?:[和、及][^，。；：]{0,10}?)?(?:担任|从事)[^，。；：]{0,16}',
  ],
  // Services withheld from one who broke a rule (对未按规定报送…的用人单位，经办机构暂停为其办理…业务).
  ['ban', '(?:暂停|停止|不予|不再)为(?:其|该单位|该企业|该用人单位)(?:的?(?:职工|员工|人员))?(?:办理|提供)[^，。；：]{0,24}?(?:业务|手续|事项|服务)'],
  // 暂停办理其社会保险待遇调整…等相关业务, 暂停办理该企业的…业务 (the person after the verb).
  ['ban', '(?:暂停|停止|不予|不再)办理(?:其|该(?:企业|单位|用人单位|机构))[^，。；：]{0,30}?(?:业务|手续|事项)'],
  // …and the person before it (对涉案用人单位暂停办理社会保险登记变更…等全部经办业务).
  ['ban', '(?<=对[^，。；：]{1,12}?(?:单位|企业|机构|人员))(?:暂停|停止|不予|不再)办理[^，。；：]{0,36}?(?:业务|手续|事项)'],
  ['ban', '(?:不予|暂停|停止)受理其[^，。；：]{0,30}?(?:申请|申报)'],
  // An online account's rights withdrawn for a time (暂停其政务服务网在线申办权限3个月).
  [
    'ban',
    '(?:暂停|停止|限制|取消|冻结)(?:其|该)?[^，。；：]{0,16}?(?:申办|办理|办事|申报|登录|使用|在线)[^，。；：]{0,4}?权限(?:[^，。；：]{0,4}?[0-9零一二两三四五六七八九十]+个?(?:月|年|日))?',
  ],
  // A term in which one's applications are refused (自列入之日起一年内对其提出的…申请不予受理; 六个月内…再次提出申请的，不予受理).
  ['ban', '[0-9零一二两三四五六七八九十]+(?:个月|年)内[^。；：]{0,30}?(?:申请|申报)(?:的[，,])?(?:一律)?不予(?:受理|办理)'],
  ['ban', '(?:停止|暂停|取消)(?:其|该)?享受[^，。；：]{0,16}?(?:补贴|补助|资金|待遇|优惠|政策)'],
  [
    'deduction',
    '(?:扣减|核减|扣除|减发|停发|停止拨付|暂停拨付|暂停发放|停止发放)(?:其|该)?[^，。；：]{0,18}?(?:补贴|补助|资金|奖补|返还|奖励|经费|待遇)(?:[^，。；：]{0,8}?(?:百分之[0-9零一二两三四五六七八九十]+|[0-9]+%))?',
  ],
  ['blacklist', '(?:列入|纳入)[^，。；：]{0,14}?(?:黑名单|失信名单|失信人员名单|失信联合惩戒对象名单|严重失信[^，。；：]{0,8}?名单|经营异常名录)'],
];

// ---- compulsion -------------------------------------------------------------------------

export const COMPULSION: Array<[string, string]> = [
  [
    'seizure',
    '(?:查封|扣押|扣留|封存|暂扣)(?:其|该|被检查单位的?|当事人的?)?[^，。；：、]{0,14}?(?:场所|设施|财物|财产|账户|存款|证件|证照|执照|证书|营业执照|物品|资金|工具|设备|账册|账簿|台账|社会保障卡|身份证件?|银行卡|卡)',
  ],
  ['seizure', '(?:予以|可以|可|有权|应当|并|当场|先行)(?:查封|扣押|扣留|封存)'],
  // 依法冻结的账户: the account named by what happened to it.
  ['freeze', '冻结(?!的)(?:其|该)?[^，。；：、]{0,16}?(?:存款|汇款|账户|资金|财产|款项|基金(?![^，。；：、]{0,16}?(?:存款|账户|资金|款项)))'],
  // 划拨的待遇资金 (money transferred, a noun phrase) is no measure.
  ['transfer', '(?:强制)?划拨(?!的)(?:其|该)?[^，。；：、]{0,10}?(?:存款|汇款|资金|款项)'],
  ['transfer', '强制(?:划拨|扣缴|扣款|扣划)'],
  // 从其…账户中直接扣划（划扣）应退款项: money taken from a person's account without a court.
  ['transfer', '(?:扣划|划扣)(?!的)(?:其|该)?[^，。；：、]{0,10}?(?:存款|汇款|资金|款项)'],
  // 从其存款账户中直接划拨罚款: the account named first, what is taken after the verb.
  ['transfer', '从(?:其|该|当事人的?|被执行人的?)?[^，。；：、]{0,8}?(?:存款|银行)?账户(?:中|内)?(?:直接)?(?:划拨|扣划|划扣|扣缴|扣收)'],
  // 对…账户，…通知发卡银行予以冻结: the account named before the measure.
  ['freeze', '(?:予以|依法予以|先行)冻结(?=[，。；]|$)'],
  ['freeze', '(?:暂停|停止|限制|中止)(?:其|该)?[^，。；：]{0,16}?账户[^，。；：]{0,6}?(?:的)?(?:支付|使用|结算|交易|资金划转)(?:功能)?'],
  [
    'seizure',
    '(?:将|把|对)(?:其|该)?[^，。；：]{0,12}?(?:账户|资金|款项|财产|存款|财物|证件|证照|场所|设施|物品)[^，。；：]{0,4}?(?:予以|先行|依法|一律)?(?:冻结|查封|扣押|扣留|封存)',
  ],
  ['enforcement', '加处罚款'],
  ['enforcement', '加收[^，。；：]{0,12}?滞纳金'],
];

// ---- fees ---------------------------------------------------------------------------------

export const PAY_VERB = '(?:缴纳|交纳|缴存|交存|预存|预交|预缴|缴付|交付|存储|存入)';
// 考核收费, 审核收费: 核 ends another word and 收费 is a noun.
// 征收机构 names the collecting body, it collects nothing here.
export const COLLECT_VERB = '(?:收取|收缴|征收(?!机构|机关|部门)|代收|预收|(?<![考审])核收|统一收取|加收)';
export const MONEY =
  '(?:(?:每[^，。；：、]{0,3}?)?[0-9零一二两三四五六七八九十百千万.]+万?元的[^，。；：、]{0,10}?(?:押金|保证金|风险金|抵押金|质保金|履约金|费用|费(?!率))|相当于[^，。；：、]{0,20}?的[^，。；：、]{0,6}?(?:押金|保证金|风险金|抵押金|质保金|履约金)|[^，。；：、]{0,10}?(?:费用|费(?!率)|押金|保证金|保障金|风险金|抵押金|质保金|履约金))';
/** Money that is not a charge of the administration: pay, compensation, subsidies, budget funds, social insurance (and the occupational injury protection of platform workers that the state runs beside it) and other charges set by law. */
export const NOT_FEE =
  '(?:补贴|补助|奖励|奖补|工资|报酬|赔偿|补偿|经费|会费|保险费|欠费|年金|公积金|工会经费|残疾人就业保障金|工资保证金|滞纳金|罚款|税|医疗费|丧葬费|抚恤|生活费|护理费|培训费补贴|工伤医疗|待遇|职业伤害保障费)';

// ---- certificates -------------------------------------------------------------------------

export const DEMAND_VERB = '(?:补充提供|一并提交|提供|提交|出具|出示|附送|附上|附|报送|上传|携带|交验|递交|持有|持|凭)';
/** Papers that attest a fact. 说明、承诺书 only count when someone else issues them. */
// 证实 is no attestation inside 凭证实行, 保证实现 or 论证实施 (a noun or verb ending in 证, then 实行/实现/实施).
export const ATTEST_STRONG = '(?:证明(?:材料|书|文件)?|(?<![凭保论验])证实(?:材料)?(?![行施现际])|公证书|公证文书)';
export const ATTEST_WEAK = '(?:情况说明|说明(?:材料)?|承诺书|意见书|书面意见|鉴定意见|核实表|证明表|情况表)';

// ---- markets --------------------------------------------------------------------------------

export const LOCAL = '(?:本地|本省|本市州|本州|本市|本县|本区|当地|省内|市内|县内|我省|我市|湖南省|湖南|(?<=在)湘|本行政区域|本区域)';
export const OUTSIDE =
  '(?:外地|外省(?:[（(]区、市[）)])?|外市|省外(?!出(?:务工|就业|劳动|人员))|市外(?!出(?:务工|就业|劳动|人员))|县外(?!出(?:务工|就业|劳动|人员))|非本地|非本省|非本市|非本县)';
export const OPERATOR =
  '(?:企业|机构|单位|公司|供应商|经营者|服务商|服务机构|培训机构|评价机构|评价组织|社会组织|平台|银行|产品|事务所|律师事务所|律师|培训中心|教育中心|报纸|报刊|旅行社|疗养院|休养基地|酒店|宾馆)';
/** Lists an operator must be on: the means of restricting choice without the word 指定. */
export const ROSTER = '(?:名单|名录|目录|库|推荐名单|备选库|合作|定点|入围|指定)';

// ---- protected attributes --------------------------------------------------------------------

export const HIRING = '(?:招聘|招用|招录|招收|招募|录用|聘用|应聘|报考|报名|岗位|任职条件|入职|用工|求职|招工|竞聘|选聘|聘任)';
