import { describe, expect, it } from 'vitest';
import { keepsReporterSecret, reporterDisclosures } from '../../src/corpus/reporter-secrecy.js';

describe('the reporter’s identity handed to the one reported', () => {
  it('points at the handover, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷因核查需要，可以将举报人的姓名和举报材料原件提供给被举报单位，以便其对照说明情况。';
    const [d] = reporterDisclosures(text);
    expect(d.phrase).toBe('将举报人的姓名和举报材料原件提供给被举报单位');
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    expect(reporterDisclosures('受理部门可以把投诉人的联系方式告知被投诉人。')).toHaveLength(1);
  });

  it('is silent with consent, under a ban, and on what names no one', () => {
    expect(reporterDisclosures('经举报人书面同意，可以将其姓名告知被举报单位。')).toEqual([]);
    expect(reporterDisclosures('不得将举报人的姓名、联系方式透露给被举报单位。')).toEqual([]);
    expect(reporterDisclosures('可以将举报事项和有关证据提供给被举报单位，听取其陈述。')).toEqual([]);
  });

  it('reads the law’s duty to keep the reporter secret', () => {
    expect(keepsReporterSecret('社会保险行政部门对举报应当及时调查，按照规定处理，并为举报人保密。')).toBe('为举报人保密');
    expect(keepsReporterSecret('卫生行政部门对举报人、投诉人、检举人和控告人负有保密的义务。')).toBe('卫生行政部门对举报人、投诉人、检举人和控告人负有保密');
    expect(keepsReporterSecret('任何组织和个人有权举报。')).toBeNull();
  });
});
