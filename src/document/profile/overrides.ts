import { PROVINCES } from '../../corpus/titles.js';
import { HrssError, type ErrorCode } from '../../errors.js';
import type { ProfileOverrides } from '../model.js';
import { DOCUMENT_KINDS, isDocumentKind, NATIONAL } from './kinds.js';

/**
 * What a user may say the document is: --kind, --issuer, --region on the
 * command line, or "document": { kind, issuer, region } in the config. A
 * value the tool cannot use is an error that names the allowed values
 * (E_USAGE on the command line, E_CONFIG_INVALID in a config; exit 2).
 */

export const REGION_VALUES: readonly string[] = [NATIONAL, ...PROVINCES];

/** Endings of the names of bodies that issue documents. */
const BODY_NAME = /(人民代表大会常务委员会|人民代表大会|人民政府|办公厅|办公室|厅|局|委员会|委|部|院|署|中心|总工会|联合会|银行|政府)$/u;

export interface RawOverrides {
  kind?: unknown;
  issuer?: unknown;
  region?: unknown;
}

function normaliseRegion(value: string): string | undefined {
  const v = value.trim();
  if (REGION_VALUES.includes(v)) return v;
  if (v === '国家' || v === '中央') return NATIONAL;
  // 湖南 for 湖南省, 广西 for 广西壮族自治区.
  return PROVINCES.find((p) => p.startsWith(v) && v.length >= 2);
}

/** Check and normalise overrides; `where` names the option or config key in messages. */
export function parseOverrides(raw: RawOverrides, origin: '命令行' | '配置文件', code: ErrorCode): ProfileOverrides {
  const key = (name: string): string => (origin === '命令行' ? `--${name}` : `配置项“document.${name}”`);
  const out: ProfileOverrides = {};
  if (raw.kind !== undefined) {
    const kind = String(raw.kind).trim();
    if (!isDocumentKind(kind)) throw new HrssError(code, `${key('kind')} 的取值“${kind}”不是可识别的文件类型。可选值：${DOCUMENT_KINDS.join('、')}`);
    out.kind = kind;
  }
  if (raw.region !== undefined) {
    const region = normaliseRegion(String(raw.region));
    if (!region) throw new HrssError(code, `${key('region')} 的取值“${String(raw.region)}”不是省级行政区名称。可选值：${REGION_VALUES.join('、')}`);
    out.region = region;
  }
  if (raw.issuer !== undefined) {
    const issuer = String(raw.issuer)
      .trim()
      .replace(/[ \u3000]/g, '');
    if (issuer.length < 2 || issuer.length > 40 || !BODY_NAME.test(issuer)) {
      throw new HrssError(
        code,
        `${key('issuer')} 的取值“${String(raw.issuer)}”不是机关名称：应写机关全称（2至40字），以“人民政府”“办公厅”“厅”“局”“委员会”“部”“院”“署”等结尾，例如“湖南省人力资源和社会保障厅”`,
      );
    }
    out.issuer = issuer;
  }
  if (Object.keys(out).length > 0) out.origin = origin === '命令行' ? '命令行选项' : '配置文件';
  return out;
}

/** Command-line values win over the config's, field by field. */
export function mergeOverrides(config: ProfileOverrides | undefined, cli: ProfileOverrides | undefined): ProfileOverrides | undefined {
  if (!config && !cli) return undefined;
  const merged: ProfileOverrides = { ...config, ...cli };
  delete merged.origin;
  if (Object.keys(merged).length === 0) return undefined;
  const fromCli = cli && Object.keys(cli).some((k) => k !== 'origin');
  const fromConfig = config && Object.keys(config).some((k) => k !== 'origin');
  merged.origin = fromCli && fromConfig ? '命令行选项和配置文件' : fromCli ? '命令行选项' : '配置文件';
  return merged;
}
