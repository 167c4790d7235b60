/**
 * Turning pdf.js exceptions into HrssErrors. pdf.js errors are English and
 * carry internal names; users get a code and a Chinese sentence, and the
 * original error stays available as `cause` for --debug.
 */
import { HrssError, isHrssError } from '../../../errors.js';

/** pdf.js PasswordResponses: NEED_PASSWORD = 1, INCORRECT_PASSWORD = 2. */
const INCORRECT_PASSWORD = 2;

export function pdfFailure(e: unknown, passwordGiven: boolean, where?: string): HrssError {
  if (isHrssError(e)) return e as HrssError;
  const name = typeof e === 'object' && e !== null ? String((e as { name?: unknown }).name ?? '') : '';
  if (name === 'PasswordException') {
    const code = (e as { code?: unknown }).code;
    const wrong = passwordGiven && (code === INCORRECT_PASSWORD || code === undefined);
    return new HrssError('E_PDF_ENCRYPTED', wrong ? '提供的 PDF 打开密码不正确，无法解密该文件' : 'PDF 设置了打开密码，需要提供正确的密码才能读取内容', {
      cause: e,
    });
  }
  if (e instanceof RangeError && /allocation|memory/i.test(e.message)) {
    return new HrssError('E_OUT_OF_MEMORY', '读取 PDF 时内存不足', { cause: e });
  }
  const detail = name === 'InvalidPDFException' ? '文件结构无效' : '解析失败';
  const at = where ? `（${where}）` : '';
  return new HrssError('E_PDF_CORRUPT', `PDF 文件已损坏或不是有效的 PDF：${detail}${at}`, { cause: e });
}
