// A round report of 71 hazards shaped like the generated data (data/generate/gasActivity.ts:
// descriptions "<category>（现场检查发现）", measures per category, "<surname>氏经营部"), for the
// document layout tests. The venue names are long on purpose: real names run to 20 characters.
import type { RoundReport } from '../../api/domain/gas/roundReport';
import { hazardListRows, type ListedHazard } from '../../api/domain/gas/hazardList';
import { districtCodes } from '../../api/domain/geo/vocabulary';
import { hazardCategories, hazardCategoryLabels, hazardStatuses } from '../../api/domain/gas/vocabulary';

const measures = ['更换为不超过2米的专用连接软管', '更换为金属波纹管', '更换调压器及密封件并做气密性检测', '安装可燃气体报警器并接入切断装置', '按要求立即整改并留存记录'];

export function reportFixture(hazardCount = 71, bodies: Partial<Record<string, string>> = {}): RoundReport {
  const hazards: ListedHazard[] = Array.from({ length: hazardCount }, (_, i) => ({
    id: `h${String(i).padStart(3, '0')}`,
    groupNo: 3,
    district: districtCodes[i % 3]!,
    venueName: ['乐都区碾伯镇东关街清真牛肉面馆', '平安区平安镇阳光小区燃气调压站', '民和县川口镇兴旺液化气供应站'][i % 3]!,
    venueType: 'restaurant',
    category: hazardCategories[i % hazardCategories.length]!,
    description: `\u0007${hazardCategoryLabels[hazardCategories[i % hazardCategories.length]!].zh}（现场检查发现）`,
    severity: i % 30 === 0 ? 'major' : 'general',
    status: hazardStatuses[i % hazardStatuses.length]!,
    responsibleUnit: ['马氏经营部', '韩氏经营部', '李氏经营部'][i % 3]!,
    responsiblePerson: '马某某',
    measures: measures[i % measures.length]!,
    foundOn: `2024-05-${String(1 + (i % 20)).padStart(2, '0')}`,
    deadline: `2024-06-${String(1 + (i % 28)).padStart(2, '0')}`,
    // Where it is (附件2's location columns, issue 12): an address, the township, a point to 6 decimals.
    venueAddress: ['碾伯镇东关街112号', '平安镇阳光小区南门', '川口镇迎宾路38号'][i % 3]!,
    township: ['碾伯镇', '平安镇', '川口镇'][i % 3]!,
    lon: Number((102.1 + (i % 7) * 0.013).toFixed(6)),
    lat: Number((36.48 + (i % 5) * 0.011).toFixed(6)),
  }));
  return {
    groupNo: 3,
    groupName: '第三包片督查组',
    roundNo: 1,
    roundName: '全面排查',
    reportDueOn: '2024-06-10',
    figures: {
      districtsInspected: 3, departments: 2, enterpriseVisits: 90, problemsFound: 5, hazardsFound: hazardCount, hazardsRectified: 30,
      majorsFound: 3, majorsRectified: 1, suggestions: 4, enterprisesPenalized: 2, finesWan: 1.73, officialsInterviewed: 6,
    },
    sections: [
      { key: 'work_done', title: '一、工作开展情况', body: bodies.work_done ?? '2024年5月1日至5月20日，第三包片督查组督查乐都区、民和县、平安区等地区3个、应急管理局、住建局等重点行业领域部门2个、马氏经营部等企业90家（次），发现问题5条、安全隐患71条、已整改30条（其中重大隐患3条、已整改1条），提出工作建议4条，责令处罚企业2家、罚款1.73万元，与行业领域部门谈话6人次。' },
      { key: 'practices', title: '二、主要做法和亮点', body: bodies.practices ?? '' },
      {
        key: 'shortcomings', title: '三、存在的问题和不足', body: '',
        children: [
          { key: 'party_government', title: '（一）党委政府方面。', body: bodies.party_government ?? '' },
          { key: 'departments', title: '（二）行业部门方面。', body: bodies.departments ?? '' },
          { key: 'enterprises', title: '（三）企业单位方面。', body: bodies.enterprises ?? '' },
        ],
      },
      { key: 'measures', title: '四、工作措施和整改建议', body: bodies.measures ?? '' },
    ],
    signature: '燃气安全专项整治第三包片督查组（代章）',
    hazardList: hazardListRows(3, hazards),
    inspectionDays: [],
    inspectionDaysText: '',
  };
}
