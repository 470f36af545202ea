import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { nextLegalStep, recordLegalStep, type LegalActRecord } from '../../../api/domain/education/legalSteps';
import { legalActs, type LegalAct } from '../../../api/domain/education/vocabulary';

describe('四步法 (东政办〔2023〕101号 Art. 16; 临政办发〔2020〕14号 §四)', () => {
  it('goes ① → ② → ③ (+ 催告) → ④ in order, with the documents', () => {
    let done: LegalActRecord[] = [];
    expect(nextLegalStep(done)).toMatchObject({ act: 'education', stepNumber: 1 });
    done = recordLegalStep(done, 'education', '2026-03-01');
    expect(nextLegalStep(done)).toMatchObject({ act: 'order_to_correct', document: '《责令送被监护人接受义务教育通知书》' });
    done = recordLegalStep(done, 'order_to_correct', '2026-03-10');
    expect(nextLegalStep(done)).toMatchObject({ act: 'administrative_penalty', document: '《行政处罚决定书》' });
    done = recordLegalStep(done, 'administrative_penalty', '2026-03-20');
    expect(nextLegalStep(done)).toMatchObject({ act: 'performance_reminder', stepNumber: 3, document: '《履行行政决定催告书》' });
    done = recordLegalStep(done, 'performance_reminder', '2026-04-20');
    expect(nextLegalStep(done)).toMatchObject({ act: 'court', stepNumber: 4 });
    done = recordLegalStep(done, 'court', '2026-04-20'); // same day allowed
    expect(nextLegalStep(done)).toBeNull();
    expect(done.map((r) => r.act)).toEqual(['education', 'order_to_correct', 'administrative_penalty', 'performance_reminder', 'court']);
  });

  it('refuses skipping, repeating, backdating and acting after the end', () => {
    expect(() => recordLegalStep([], 'administrative_penalty', '2026-03-01')).toThrow(expect.objectContaining({ code: 'legal_step_out_of_order' }));
    const one = recordLegalStep([], 'education', '2026-03-10');
    expect(() => recordLegalStep(one, 'education', '2026-03-11')).toThrow(expect.objectContaining({ code: 'legal_step_already_done' }));
    expect(() => recordLegalStep(one, 'order_to_correct', '2026-03-09')).toThrow(expect.objectContaining({ code: 'legal_step_date_before_previous' }));
    const three = recordLegalStep(recordLegalStep(one, 'order_to_correct', '2026-03-11'), 'administrative_penalty', '2026-03-12');
    expect(() => recordLegalStep(three, 'court', '2026-04-01')).toThrow(expect.objectContaining({ code: 'legal_step_out_of_order' })); // 催告 first
    const all = legalActs.reduce<LegalActRecord[]>((acc, act) => recordLegalStep(acc, act, '2026-05-01'), []);
    expect(() => recordLegalStep(all, 'court', '2026-05-02')).toThrow(expect.objectContaining({ code: 'legal_steps_complete' }));
  });

  test.prop([fc.array(fc.record({ act: fc.constantFrom(...legalActs), day: fc.integer({ min: 1, max: 28 }) }), { maxLength: 12 })])(
    'whatever is attempted, the accepted records are a prefix of the legal order with non-decreasing dates',
    (attempts) => {
      let done: LegalActRecord[] = [];
      for (const { act, day } of attempts) {
        try {
          done = recordLegalStep(done, act as LegalAct, `2026-03-${String(day).padStart(2, '0')}`);
        } catch {
          // refused attempts leave the record unchanged
        }
      }
      expect(done.map((r) => r.act)).toEqual(legalActs.slice(0, done.length));
      for (let i = 1; i < done.length; i++) expect(done[i].date >= done[i - 1].date).toBe(true);
    },
  );
});
