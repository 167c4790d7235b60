/**
 * Issue 10, file-system side: what an attacker (or a careless user) can put
 * in a folder or on a command line — symbolic links out of the library,
 * loops, FIFOs, control characters in file names, `-o` aimed at a device, a
 * pipe, a link or an input — run through the real CLI.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { docSource, tempDir, writeFiles } from '../helpers/library.js';
import { schemaErrors } from '../helpers/schema.js';

const AS_OF = '2026-01-01';
const SAMPLE_DOCX = join(ROOT, 'fixtures/drafts/sample-draft.docx');
const doc = (number: string, title: string): string => docSource({ number, registration: `HNPR—2025—1${number.replace(/\D/g, '').slice(-4)}`, title });

/** Characters no report, terminal line or XML file may carry raw. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('library mode does not follow links out of the folder, loops or special files (item 1)', () => {
  function hostile(): string {
    const cwd = tempDir();
    writeFiles(cwd, { 'lib/a.md': doc('湘人社规〔2025〕1号', '湖南省甲办法'), 'lib/sub/b.md': doc('湘人社规〔2025〕2号', '湖南省乙办法') });
    symlinkSync('/etc/passwd', join(cwd, 'lib/passwd.txt'));
    symlinkSync('/etc', join(cwd, 'lib/etc-link'));
    symlinkSync('.', join(cwd, 'lib/loop'));
    execFileSync('mkfifo', [join(cwd, 'lib/fifo.md')]);
    return cwd;
  }

  it('keeps /etc out of the JSON and HTML reports, audits each file once and invents no duplicate numbers', async () => {
    const cwd = hostile();
    const passwdFirstLine = readFileSync('/etc/passwd', 'utf8').split('\n')[0];
    const json = await runCli(['check', 'lib', '-f', 'json', '--as-of', AS_OF], { cwd });
    expect(json.code).toBe(1); // the skipped entries count like unreadable files
    const report = JSON.parse(json.stdout);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.documents.map((d: { path: string; status: string; error: { code: string } | null }) => [d.path, d.error?.code ?? d.status])).toEqual([
      ['lib/a.md', 'ok'],
      ['lib/etc-link/', 'E_SYMLINK_OUTSIDE'],
      ['lib/fifo.md', 'E_SPECIAL_FILE'],
      ['lib/passwd.txt', 'E_SYMLINK_OUTSIDE'],
      ['lib/sub/b.md', 'ok'],
    ]);
    expect(json.stdout).not.toContain(passwdFirstLine);
    expect(json.stdout).not.toMatch(/"path": "(?:\/etc|lib\/etc-link\/[^"]|lib\/loop)/);
    const ruleIds = report.documents.flatMap((d: { findings: Array<{ ruleId: string }> }) => d.findings.map((f) => f.ruleId));
    expect(ruleIds).not.toContain('library/duplicate-number');

    const html = await runCli(['check', 'lib', '-f', 'html', '-o', 'report.html', '--as-of', AS_OF], { cwd });
    expect(html.code).toBe(1);
    const page = readFileSync(join(cwd, 'report.html'), 'utf8');
    expect(page).not.toContain(passwdFirstLine);
    expect(page).toContain('E_SYMLINK_OUTSIDE');
    expect(page).not.toMatch(/lib\/loop|\/etc\/(?!passwd)/);
  });

  it('never opens a FIFO named on the command line, and follows a link named there (the user chose it)', async () => {
    const cwd = hostile();
    const fifo = await runCli(['check', 'lib/fifo.md', '-f', 'json', '--as-of', AS_OF], { cwd });
    expect(fifo.code).toBe(1);
    expect(JSON.parse(fifo.stdout).documents[0]).toMatchObject({ path: 'lib/fifo.md', status: 'unreadable', error: { code: 'E_SPECIAL_FILE' } });
    writeFiles(cwd, { 'elsewhere/c.md': doc('湘人社规〔2025〕3号', '湖南省丙办法') });
    symlinkSync(join(cwd, 'elsewhere/c.md'), join(cwd, 'chosen.md'));
    const chosen = await runCli(['check', 'chosen.md', '-f', 'json', '--as-of', AS_OF], { cwd });
    expect(JSON.parse(chosen.stdout).documents[0]).toMatchObject({ path: 'chosen.md', status: 'ok', meta: { documentNumber: '湘人社规〔2025〕3号' } });
  });
});

describe('file names cannot drive the terminal (item 5)', () => {
  // Retitles the window, clears the screen, then prints a line of its own that claims success; U+202E shows the rest backwards.
  const EVIL = 'x\u001b]0;pwned\u0007\u001b[2J\r\n✔ 未发现问题（共审核 1 个文件）\n\u202egnp.md';
  const SHOWN = 'x\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\x0a✔ 未发现问题（共审核 1 个文件）\\x0a\\u{202E}gnp.md';

  function library(): string {
    const cwd = tempDir();
    // Without a validity period, so the file has findings and stylish prints its name.
    writeFiles(cwd, {
      [`lib/${EVIL}`]: docSource({ number: '湘人社规〔2025〕5号', title: '湖南省丁办法', closing: '本办法自2025年3月1日起施行。' }),
      'lib/ok.md': doc('湘人社规〔2025〕6号', '湖南省戊办法'),
    });
    execFileSync('mkfifo', [join(cwd, 'lib', `\u001b[31mpipe\u001b[0m.md`)]);
    return cwd;
  }

  it('escapes control and bidi characters in stylish, Markdown, CSV and JUnit output, and keeps the exact path in JSON', async () => {
    const cwd = library();
    const stylish = await runCli(['check', 'lib', '--as-of', AS_OF], { cwd });
    expect(stylish.stdout).toContain(`lib/${SHOWN}`);
    expect(stylish.stdout).toContain('lib/\\x1b[31mpipe\\x1b[0m.md');
    expect(stylish.stdout).not.toMatch(RAW_CONTROL);
    expect(stylish.stdout.split('\n').filter((l) => l.startsWith('✔'))).toEqual([]);

    // The opinion escapes Markdown punctuation as well (the backslashes of the escapes included), so only the name's presence is checked here.
    const markdown = await runCli(['check', 'lib', '-f', 'markdown', '--as-of', AS_OF], { cwd });
    expect(markdown.stdout).toMatch(/x\\+x1b\\+\]0;pwned/);
    expect(markdown.stdout).not.toMatch(RAW_CONTROL);

    const junit = await runCli(['check', 'lib', '-f', 'junit', '--as-of', AS_OF], { cwd });
    expect(junit.stdout).toContain(`classname="lib/${SHOWN}"`);
    expect(junit.stdout).not.toMatch(RAW_CONTROL);

    for (const format of ['csv', 'markdown']) {
      const clean = await runCli(['clean', 'lib', '-f', format, '--as-of', AS_OF], { cwd });
      expect(clean.stdout, format).toContain(SHOWN);
      expect(clean.stdout.replace(/\r\n/g, '\n'), format).not.toMatch(RAW_CONTROL);
    }

    const json = await runCli(['check', 'lib', '-f', 'json', '--as-of', AS_OF], { cwd });
    expect(JSON.parse(json.stdout).documents.map((d: { path: string }) => d.path)).toContain(`lib/${EVIL}`);
  });

  it('escapes them in messages on stderr too', async () => {
    const cwd = library();
    const missing = await runCli(['check', `missing\u001b[2J\r✔.md`], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing\\x1b[2J\\x0d✔.md');
    expect(missing.stderr).not.toMatch(RAW_CONTROL);

    const name = `草案\u001b[2J\r.docx`;
    copyFileSync(SAMPLE_DOCX, join(cwd, name));
    const annotated = await runCli(['annotate', name, '--as-of', AS_OF], { cwd });
    expect(annotated.stderr).toContain('已生成 草案\\x1b[2J\\x0d.审核.docx');
    expect(annotated.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('-o onto special files and links (item 6)', () => {
  it('writes through a FIFO and /dev/null, and through a link to the file it names', async () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'a.md': doc('湘人社规〔2025〕7号', '湖南省己办法') });
    execFileSync('mkfifo', [join(cwd, 'report.pipe')]);
    const received = new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(join(cwd, 'report.pipe'), 'utf8')
        .on('data', (d) => (text += d))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    const piped = await runCli(['check', 'a.md', '-f', 'json', '-o', 'report.pipe', '--as-of', AS_OF], { cwd });
    expect(piped.stderr).toBe('');
    expect(JSON.parse(await received).documents[0].path).toBe('a.md');
    expect(lstatSync(join(cwd, 'report.pipe')).isFIFO()).toBe(true);

    await runCli(['check', 'a.md', '-f', 'json', '-o', '/dev/null', '--as-of', AS_OF], { cwd });
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);

    mkdirSync(join(cwd, 'out'));
    writeFileSync(join(cwd, 'out/latest.json'), 'old');
    symlinkSync('out/latest.json', join(cwd, 'report.json'));
    await runCli(['check', 'a.md', '-f', 'json', '-o', 'report.json', '--as-of', AS_OF], { cwd });
    expect(readlinkSync(join(cwd, 'report.json'))).toBe('out/latest.json');
    expect(JSON.parse(readFileSync(join(cwd, 'out/latest.json'), 'utf8')).documents[0].path).toBe('a.md');
  });

  it('refuses a folder or a link to nowhere before auditing anything', async () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'a.md': doc('湘人社规〔2025〕8号', '湖南省庚办法') });
    symlinkSync('gone/x.json', join(cwd, 'dangling.json'));
    for (const target of ['.', 'dangling.json']) {
      const r = await runCli(['check', 'a.md', '-o', target, '--as-of', AS_OF], { cwd });
      expect(r.code, target).toBe(2);
      expect(r.stderr, target).toContain('[E_OUTPUT_TARGET]');
    }
    expect(lstatSync(join(cwd, 'dangling.json')).isSymbolicLink()).toBe(true);
  });
});

describe('-o never replaces a file the run reads (items 8, 19)', () => {
  function office(): string {
    const cwd = tempDir();
    writeFiles(cwd, { 'lib/a.md': doc('湘人社规〔2025〕9号', '湖南省辛办法') });
    copyFileSync(SAMPLE_DOCX, join(cwd, 'lib/b.docx'));
    writeFileSync(join(cwd, 'hrss-audit.config.json'), '{ "termFiles": ["./terms.yaml"] }\n');
    writeFileSync(
      join(cwd, 'terms.yaml'),
      'version: 1\nrules:\n  - id: office/phrases\n    kind: existence\n    severity: warning\n    description: 套话\n    basis: 本厅写作规范\n    message: 文件使用了套话“{{match}}”。\n    terms:\n      - 高度重视\n',
    );
    return cwd;
  }

  function expectRefused(r: CliResult, named: string): void {
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[E_OUTPUT_IS_INPUT]');
    expect(r.stderr).toContain(named);
  }

  it('refuses, naming the file, for a document of the library, the input itself, the config, a term file and the cache', async () => {
    const cwd = office();
    const before = readFileSync(join(cwd, 'lib/b.docx'));
    expectRefused(await runCli(['check', 'lib', '-o', 'lib/b.docx', '--as-of', AS_OF], { cwd }), 'lib/b.docx');
    expectRefused(await runCli(['clean', 'lib', '-o', 'lib/b.docx', '--as-of', AS_OF], { cwd }), 'lib/b.docx');
    expect(readFileSync(join(cwd, 'lib/b.docx')).equals(before)).toBe(true);

    const same = await runCli(['check', 'lib/a.md', '-o', 'lib/a.md', '--as-of', AS_OF], { cwd });
    expectRefused(same, 'lib/a.md');
    expect(same.stderr).not.toContain('没有找到');
    expectRefused(await runCli(['check', 'lib', '-o', 'hrss-audit.config.json', '--as-of', AS_OF], { cwd }), '配置文件');
    expectRefused(await runCli(['check', 'lib', '-o', 'terms.yaml', '--as-of', AS_OF], { cwd }), '词表文件');
    expectRefused(await runCli(['check', 'lib', '--cache', '--cache-location', 'c.cache', '-o', 'c.cache', '--as-of', AS_OF], { cwd }), '缓存文件');
    expectRefused(await runCli(['annotate', 'lib/b.docx', '-o', 'terms.yaml', '--as-of', AS_OF], { cwd }), '词表文件');
    expect(readFileSync(join(cwd, 'hrss-audit.config.json'), 'utf8')).toContain('termFiles');
    expect(readFileSync(join(cwd, 'terms.yaml'), 'utf8')).toContain('高度重视');
  });

  it('refuses to merge reports over one of them', async () => {
    const cwd = office();
    await runCli(['check', 'lib', '-f', 'json', '-o', 'shard.json', '--as-of', AS_OF], { cwd });
    const before = readFileSync(join(cwd, 'shard.json'), 'utf8');
    expectRefused(await runCli(['merge-reports', 'shard.json', '-f', 'json', '-o', 'shard.json'], { cwd }), '分片报告');
    expect(readFileSync(join(cwd, 'shard.json'), 'utf8')).toBe(before);
  });
});

describe('paths with glob characters are paths (item 10)', () => {
  it('audits folders named 文件(1), drafts{a,b}, 规范性文件[2024] and star*dir', async () => {
    const cwd = tempDir();
    const folders = ['文件(1)', 'drafts{a,b}', '规范性文件[2024]', 'star*dir'];
    folders.forEach((f, i) => writeFiles(cwd, { [`${f}/通知.md`]: doc(`湘人社规〔2025〕${20 + i}号`, `湖南省第${i}办法`) }));
    writeFiles(cwd, { 'draftsa/decoy.md': doc('湘人社规〔2025〕30号', '湖南省诱饵办法') });
    const r = await runCli(['check', ...folders, '-f', 'json', '--as-of', AS_OF], { cwd });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).documents.map((d: { path: string }) => d.path)).toEqual(folders.map((f) => `${f}/通知.md`).sort());
  });
});

describe('unreadable subfolders (item 11)', () => {
  /** chmod does not stop root: as root the CLI runs as nobody, so the folder really cannot be read. */
  function runAsUser(args: string[], cwd: string): Promise<CliResult> {
    const asRoot = process.getuid?.() === 0;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        cwd,
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined } as NodeJS.ProcessEnv,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  }

  it('are reported per folder with a code and make the exit status 1, like an unreadable file', async () => {
    const cwd = tempDir();
    chmodSync(cwd, 0o755);
    writeFiles(cwd, { 'lib/a.md': doc('湘人社规〔2025〕40号', '湖南省壬办法'), 'lib/secret/b.md': doc('湘人社规〔2025〕41号', '湖南省癸办法') });
    for (const d of ['lib', 'lib/secret']) chmodSync(join(cwd, d), 0o755);
    chmodSync(join(cwd, 'lib/a.md'), 0o644);
    chmodSync(join(cwd, 'lib/secret'), 0o000);
    try {
      const r = await runAsUser(['check', 'lib', '-f', 'json', '--as-of', '2026-01-01', '--rule', 'numbering/document-number'], cwd);
      const report = JSON.parse(r.stdout);
      expect(r.code).toBe(1);
      expect(report.summary.unreadable).toBe(1);
      expect(report.documents.map((d: { path: string; error: { code: string } | null }) => [d.path, d.error?.code ?? null])).toEqual([
        ['lib/a.md', null],
        ['lib/secret/', 'E_DIR_READ'],
      ]);
    } finally {
      chmodSync(join(cwd, 'lib/secret'), 0o755);
    }
  });
});

describe('clear messages (item 19)', () => {
  it('annotate names a file that does not exist; an unknown --rule is called a command-line rule', async () => {
    const cwd = tempDir();
    const missing = await runCli(['annotate', '不存在的草案.docx'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[E_FILE_NOT_FOUND]');
    expect(missing.stderr).toContain('不存在的草案.docx');

    writeFiles(cwd, { 'a.md': doc('湘人社规〔2025〕50号', '湖南省子办法') });
    const rule = await runCli(['check', 'a.md', '--rule', 'validity/mising'], { cwd });
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('命令行 --rule 指定的规则“validity/mising”不存在');
    expect(rule.stderr).not.toContain('配置中的规则');
    writeFileSync(join(cwd, 'hrss-audit.config.json'), '{ "rules": { "validity/mising": "off" } }\n');
    const configured = await runCli(['check', 'a.md'], { cwd });
    expect(configured.stderr).toContain('配置文件中的规则“validity/mising”不存在');
  });

  it('annotate accepts part names with a leading slash or backslashes, as check does', async () => {
    const cwd = tempDir();
    const parts = unzipSync(readFileSync(SAMPLE_DOCX));
    const variants: Record<string, (n: string) => string> = { 'slash.docx': (n) => `/${n}`, 'backslash.docx': (n) => n.replace(/\//g, '\\') };
    for (const [file, rename] of Object.entries(variants)) {
      writeFileSync(join(cwd, file), zipSync(Object.fromEntries(Object.entries(parts).map(([n, d]) => [n.startsWith('word/') ? rename(n) : n, d]))));
      const check = await runCli(['check', file, '-f', 'json', '--as-of', AS_OF], { cwd });
      const findings = JSON.parse(check.stdout).documents[0].findings.length;
      expect(findings, file).toBeGreaterThan(0);
      const annotate = await runCli(['annotate', file, '-o', `out-${file}`, '--as-of', AS_OF], { cwd });
      expect(annotate.stderr, file).toContain(`写入批注 ${findings} 条`);
      const out = unzipSync(readFileSync(join(cwd, `out-${file}`)));
      const names = Object.keys(out);
      // The parts keep the names they had; comments were added to the body Word shows.
      expect(names, file).toContain(rename('word/document.xml'));
      const body = new TextDecoder().decode(out[rename('word/document.xml')]);
      expect(body.match(/<w:commentReference /g)?.length, file).toBe(findings);
    }
  });

  it('removes the temp file a killed run left beside the report, and nothing else', async () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'a.md': doc('湘人社规〔2025〕60号', '湖南省丑办法') });
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const leftover = `.report.json.${dead}.deadbeef.tmp`;
    writeFileSync(join(cwd, leftover), '{"half": ');
    writeFileSync(join(cwd, 'notes.tmp'), 'mine');
    await runCli(['check', 'a.md', '-f', 'json', '-o', 'report.json', '--as-of', AS_OF], { cwd });
    expect(existsSync(join(cwd, leftover))).toBe(false);
    expect(readdirSync(cwd).sort()).toEqual(['a.md', 'notes.tmp', 'report.json']);
  });
});
