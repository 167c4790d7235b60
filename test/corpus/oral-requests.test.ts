import { describe, expect, it } from 'vitest';
import { oralRefusals, oralRequestKind } from '../../src/corpus/oral-requests.js';

describe('a request the law lets be made by word of mouth, refused', () => {
  it('reads the refusal in UTF-16 offsets after astral characters', () => {
    const text = '𠮷申请人以口头方式提出的，代收部门不予接收，也不作记录。';
    const [r] = oralRefusals(text);
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
    expect(r.phrase).toContain('不予接收');
    expect(oralRefusals('仲裁申请一律以书面形式提出，仲裁院不接受口头申请。')).toHaveLength(1);
  });

  it('is silent where the spoken way is kept', () => {
    expect(oralRefusals('书面申请有困难的，也可以口头申请，由代收部门当场记录。')).toEqual([]);
    expect(oralRefusals('申请人以口头方式提出的，代收部门应当当场记录并由申请人签字确认。')).toEqual([]);
  });

  it('tells what the law lets be asked for by word of mouth', () => {
    expect(oralRequestKind('申请人申请行政复议，可以书面申请；书面申请有困难的，也可以口头申请。')).toBe('行政复议');
    expect(oralRequestKind('书写仲裁申请确有困难的，可以口头申请，由劳动争议仲裁委员会记入笔录。')).toBe('仲裁');
    expect(oralRequestKind('申请人应当以书面形式提出申请。')).toBeNull();
  });
});
