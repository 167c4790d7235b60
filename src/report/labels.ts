import type { Severity, Verdict } from '../engine/types.js';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const VERDICT_LABEL: Record<Verdict, string> = { pass: '合法', revise: '修改后可提交', fail: '不合法' };
