// Words of the gas-safety inspection campaign (东政办〔2023〕98号) as `as const` tuples, shared by
// DB enums, zod schemas and the UI, each with zh-CN and en labels. Roles are the product's, in
// ../auth/roles. No I/O.
import type { Role } from '../auth/roles';
import type { Bilingual } from '../shared/bilingual';


// 东政办〔2023〕98号 §一(二): gas-using venues inspected.
export const usingVenueTypes = [
  'restaurant',
  'shop_mall',
  'market',
  'tourist_site',
  'hospital',
  'school',
  'elderly_care',
  'temple',
] as const;

// 东政办〔2023〕98号 §一(二): enterprises inspected besides the venues.
export const enterpriseTypes = [
  'gas_operator',
  'hazchem_transport',
  'special_equipment_inspection',
  'appliance_seller',
] as const;

export const venueTypes = [...usingVenueTypes, ...enterpriseTypes] as const;
export type VenueType = (typeof venueTypes)[number];
export type EnterpriseType = (typeof enterpriseTypes)[number];

export const venueTypeLabels: Record<VenueType, Bilingual> = {
  restaurant: { zh: '餐饮', en: 'Restaurant' },
  shop_mall: { zh: '商超', en: 'Shop / mall' },
  market: { zh: '早夜市', en: 'Morning / night market' },
  tourist_site: { zh: '旅游景点', en: 'Tourist site' },
  hospital: { zh: '医院', en: 'Hospital' },
  school: { zh: '学校', en: 'School' },
  elderly_care: { zh: '养老机构', en: 'Elderly care' },
  temple: { zh: '寺院', en: 'Temple' },
  gas_operator: { zh: '燃气经营企业', en: 'Gas operating enterprise' },
  hazchem_transport: { zh: '危化品运输企业', en: 'Hazardous-chemical transport enterprise' },
  special_equipment_inspection: { zh: '特种设备检验机构', en: 'Special-equipment inspection body' },
  appliance_seller: { zh: '燃气器具销售企业', en: 'Gas-appliance seller' },
};

export function isEnterpriseType(type: VenueType): type is EnterpriseType {
  return (enterpriseTypes as readonly VenueType[]).includes(type);
}

// 东政办〔2023〕98号 §三(二): door-to-door safety checks differ for these pipeline-gas users.
export const pipelineUserKinds = ['residential', 'non_residential', 'none'] as const;
export type PipelineUserKind = (typeof pipelineUserKinds)[number];
/** §三(二): residential pipeline users are checked every 2 years, non-residential every year; bottled gas has no pipeline check. */
export const pipelineUserKindLabels: Record<PipelineUserKind, Bilingual> = {
  residential: { zh: '居民管道用户', en: 'Residential pipeline user' },
  non_residential: { zh: '非居民管道用户', en: 'Non-residential pipeline user' },
  none: { zh: '非管道用户（瓶装气）', en: 'Not a pipeline user (bottled gas)' },
};

// 东政办〔2023〕98号 §三(二) "各类燃气使用场所": the venue checklist.
export const venueHazardCategories = [
  'hose_too_long',
  'hose_not_metal',
  'regulator_aged',
  'alarm_missing',
  'illegal_operation',
  'residue_disposal',
  'modified_cylinder',
  'expired_cylinder',
] as const;

// 东政办〔2023〕98号 §三(二) "燃气经营企业": the enterprise checklist.
export const enterpriseHazardCategories = [
  'training_missing',
  'uncertified_staff',
  'safety_devices',
  'emergency_plan',
  'filling_records',
  'door_check_overdue',
  'repair_phone_missing',
] as const;

export const hazardCategories = [...venueHazardCategories, ...enterpriseHazardCategories] as const;
export type HazardCategory = (typeof hazardCategories)[number];

export const hazardCategoryLabels: Record<HazardCategory, Bilingual> = {
  hose_too_long: { zh: '连接管过长', en: 'Connection hose too long' },
  hose_not_metal: { zh: '未更换金属管', en: 'Hose not replaced by metal pipe' },
  regulator_aged: {
    zh: '调压器/密封件超期老化腐蚀泄漏',
    en: 'Regulator or seals past service life, aged, corroded or leaking',
  },
  alarm_missing: {
    zh: '可燃气体报警器未安装或未正常使用',
    en: 'Combustible-gas alarm not installed or not used properly',
  },
  illegal_operation: { zh: '非法经营', en: 'Illegal operation' },
  residue_disposal: { zh: '残液处理', en: 'Cylinder residue disposal' },
  modified_cylinder: { zh: '改装气瓶', en: 'Modified cylinder' },
  expired_cylinder: { zh: '过期报废气瓶翻新使用', en: 'Expired or scrapped cylinder refurbished and used' },
  training_missing: { zh: '未开展安全培训', en: 'Staff safety training missing' },
  uncertified_staff: { zh: '从业人员未持证上岗', en: 'Staff without certificates' },
  safety_devices: {
    zh: '压力容器检验及安全、消防、防雷、监控设施问题',
    en: 'Pressure-vessel inspection or safety, fire, lightning, CCTV devices',
  },
  emergency_plan: { zh: '应急预案缺失', en: 'Emergency plan missing' },
  filling_records: {
    zh: '充装记录、供用气合同及违规充装问题',
    en: 'Filling records, supply contracts or improper filling',
  },
  door_check_overdue: { zh: '入户安检不到位', en: 'Door-to-door safety checks overdue' },
  repair_phone_missing: { zh: '未公布24小时抢险维修电话', en: '24-hour repair phone not published' },
};

// 东政办〔2023〕98号 §五(二): major hazards (重大隐患) are listed and supervised until eliminated.
export const severities = ['general', 'major'] as const;
export type Severity = (typeof severities)[number];

export const severityLabels: Record<Severity, Bilingual> = {
  general: { zh: '一般隐患', en: 'General hazard' },
  major: { zh: '重大隐患', en: 'Major hazard' },
};

// 东政办〔2023〕98号 §四(二): closed-loop management of each hazard.
export const hazardStatuses = ['found', 'rectifying', 'rectified', 'verified'] as const;
export type HazardStatus = (typeof hazardStatuses)[number];

export const hazardStatusLabels: Record<HazardStatus, Bilingual> = {
  found: { zh: '已发现', en: 'Found' },
  rectifying: { zh: '整改中', en: 'Rectifying' },
  rectified: { zh: '已整改', en: 'Rectified' },
  verified: { zh: '已核验销号', en: 'Verified (closed)' },
};

// 东政办〔2023〕98号 §四(三): "五个一批".
export const enforcementOutcomes = [
  'rectify',
  'punish',
  'close_ban',
  'joint_discipline',
  'public_accountability',
] as const;
export type EnforcementOutcome = (typeof enforcementOutcomes)[number];

export const enforcementOutcomeLabels: Record<EnforcementOutcome, Bilingual> = {
  rectify: { zh: '整改治理一批', en: 'Rectify' },
  punish: { zh: '依法严惩一批', en: 'Punish by law' },
  close_ban: { zh: '关闭取缔一批', en: 'Close / ban' },
  joint_discipline: { zh: '联合惩戒一批', en: 'Joint discipline' },
  public_accountability: { zh: '问责曝光一批', en: 'Public accountability' },
};

// 附件1 counts what a group inspected: 地区 (county governments, the park committee),
// 重点行业领域部门 (city/county departments) and 企业 (enterprises and gas-using venues, per visit).
export const visitTargetKinds = ['government', 'department', 'enterprise'] as const;
export type VisitTargetKind = (typeof visitTargetKinds)[number];

// What a group records for its round report (附件1): problems, suggestions, officials interviewed,
// departments and governments visited (东政办〔2023〕98号 附件1).
export const reportItemKinds = ['problem', 'suggestion', 'interview', 'department', 'government'] as const;
export type ReportItemKind = (typeof reportItemKinds)[number];

// 东政办〔2023〕98号 §三(一) 政府层面: what a group checks at a county government or park committee,
// so a problem or suggestion can be filed under its checklist item.
export const checklistCategories = [
  'deployment',
  'work_plan',
  'task_force',
  'system_use',
  'system_entry',
  'four_responsibilities',
  'hazard_rectification',
  'publicity',
] as const;
export type ChecklistCategory = (typeof checklistCategories)[number];

export const checklistCategoryLabels: Record<ChecklistCategory, Bilingual> = {
  deployment: { zh: '研究、部署、开展、推动专项整治', en: 'Planning and driving the campaign' },
  work_plan: { zh: '专项整治工作方案制定及落实', en: 'Work plan drawn up and carried out' },
  task_force: { zh: '专班人员组成和集中办公', en: 'Task force staffing and joint office' },
  system_use: { zh: '电脑端系统和手机APP熟练使用', en: 'Use of the PC system and the mobile app' },
  system_entry: { zh: '燃气企业和使用场所录入系统', en: 'Enterprises and venues entered in the system' },
  four_responsibilities: { zh: '县区级和乡镇级“责任四包”制定及落实', en: '"Four-way responsibility" at county and township level' },
  hazard_rectification: { zh: '隐患排查及整改', en: 'Hazard checks and rectification' },
  publicity: { zh: '燃气安全知识宣传教育', en: 'Gas-safety publicity and education' },
};

/** Who is acting; `groupNo` is the inspection group an inspector belongs to (1–9, inspectionGroups). */
export interface Actor {
  readonly role: Role;
  readonly groupNo?: number | null;
}

// Photo evidence of a hazard's closed loop (东政办〔2023〕98号 §四(二) 发现—整改—复核): before, during/after
// rectification, and at verification.
export const photoStages = ['finding', 'rectification', 'verification'] as const;
export type PhotoStage = (typeof photoStages)[number];

export const photoStageLabels: Record<PhotoStage, Bilingual> = {
  finding: { zh: '发现', en: 'Finding' },
  rectification: { zh: '整改', en: 'Rectification' },
  verification: { zh: '复核', en: 'Verification' },
};
