import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../../api/domain/education/idNumber';
import { checkRegisterTable } from '../../../api/domain/education/registerTable';
import { DomainError } from '../../../api/domain/shared/domainError';

const id = makeIdNumber('630202', '2015-04-01', 1, 1);

describe('checkRegisterTable', () => {
  it('finds columns by known headers or the mapping and reports row errors and ID warnings by line', () => {
    const checked = checkRegisterTable(
      'household',
      {
        header: ['身份证号', '姓名', 'born', '县区代码'],
        rows: [
          [id, '甲', '2015-04-01', '630202'],
          ['123', '乙', '2015-02-30', '6302'],
          [id, '', '2015-04-01', '630202'],
        ],
      },
      { birthDate: 'born' },
    );
    expect(checked.rows[0]).toEqual({ idNumber: id, name: '甲', birthDate: '2015-04-01', countyCode: '630202', schoolCode: null });
    expect(checked.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'birthDate', 'invalid_date'],
      [3, 'countyCode', 'invalid_county_code'],
      [4, 'name', 'required'],
    ]);
    expect(checked.warnings.map((w) => [w.row, w.code])).toEqual([[3, 'length']]);
  });

  it('a required column missing, or a mapped one absent, is refused before any row', () => {
    const missing = () => checkRegisterTable('students', { header: ['idNumber', 'countyCode'], rows: [] }, {});
    expect(missing).toThrow(DomainError);
    expect(missing).toThrow(/schoolCode/);
    expect(() => checkRegisterTable('poverty', { header: ['idNumber'], rows: [] }, { name: '姓名' })).toThrow(/name/);
  });
});
