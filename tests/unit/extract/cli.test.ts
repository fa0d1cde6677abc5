// The extract CLI end to end: a child process on a saved page.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PageHints } from '../../../lib/core/hints/page-hints';
import { FIXTURES_DIR } from './fixture-pages';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runExtract(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'lib/node/cli/extract.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('extract CLI', () => {
  it('prints the PageHints of a LinkedIn company page as indented JSON', () => {
    const { status, stdout, stderr } = runExtract(
      `${FIXTURES_DIR}linkedin-company-audiense.html`,
      '--url',
      'https://www.linkedin.com/company/audiense/about/',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"url": /);
    const hints = JSON.parse(stdout) as PageHints;
    expect(hints.kind).toBe('linkedin-company');
    expect(hints.company).toMatchObject({
      name: 'Audiense',
      industry: 'Advertising Services',
      employees: { min: 51, max: 200 },
      hq: { city: 'London', country: 'GB' },
    });
  });

  it.each([
    [
      'a missing file',
      ['nope.html', '--url', 'https://acme.com/'],
      'extract: cannot read file nope.html: no such file',
    ],
    [
      'a relative URL',
      [`${FIXTURES_DIR}site-learnnode.html`, '--url', 'x'],
      'extract: --url must be an absolute http(s) URL, got "x"',
    ],
    [
      'a non-http URL',
      [`${FIXTURES_DIR}site-learnnode.html`, '--url', 'ftp://acme.com/'],
      'extract: --url must be an absolute http(s) URL, got "ftp://acme.com/"',
    ],
    [
      'no URL',
      [`${FIXTURES_DIR}site-learnnode.html`],
      'extract: missing --url <page-url> (the address the page was saved from)',
    ],
    ['no file', ['--url', 'https://acme.com/'], 'extract: missing <file.html> argument'],
    [
      'an unknown option',
      ['a.html', '--url', 'https://acme.com/', '--nope'],
      "extract: Unknown option '--nope'",
    ],
  ])('exits 2 with one line on stderr for %s', (_label, args, message) => {
    const { status, stdout, stderr } = runExtract(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n`);
  });

  // Issue 14 item 8: the stack the extension would store, attributed as the
  // worker attributes it.
  const names = (stdout: string) =>
    (JSON.parse(stdout) as PageHints).technologies.map((t) => t.name);

  it('prints the stack of a company’s own site, with evidence in words', () => {
    const { status, stdout } = runExtract(
      `${FIXTURES_DIR}site-caktusgroup-blog.html`,
      '--url',
      'http://www.caktusgroup.com/blog/2015/06/08/testing-client-side-applications-django-post-mortem/',
    );
    expect(status).toBe(0);
    expect(names(stdout)).toEqual(expect.arrayContaining(['Django', 'Python', 'HubSpot']));
    const hints = JSON.parse(stdout) as PageHints;
    expect(hints.technologies.find((t) => t.name === 'Django')?.evidence).toMatch(/\w+ \w+/);
  });

  it.each([
    [
      'a LinkedIn company page',
      'linkedin-company-motion-signed-in.html',
      'https://www.linkedin.com/company/motionapp/',
    ],
    [
      'a LinkedIn profile',
      'linkedin-person-signed-in.html',
      'https://www.linkedin.com/in/robertkcheung/',
    ],
    [
      'a publisher’s article',
      'other-techcrunch-article.html',
      'https://techcrunch.com/2016/01/12/hackerrank-jobs-takes-the-mystery-out-of-technical-recruiting/',
    ],
  ])('prints no technologies for %s, whose scripts are its host’s', (_label, file, url) => {
    const { status, stdout } = runExtract(`${FIXTURES_DIR}${file}`, '--url', url);
    expect(status).toBe(0);
    expect(names(stdout)).toEqual([]);
  });

  it('prints no technologies for a company site’s markup served on a blog host', () => {
    const { status, stdout } = runExtract(
      `${FIXTURES_DIR}site-leandata-blog.html`,
      '--url',
      'https://leandata.wordpress.com/2016/01/the-winds-of-change/',
    );
    expect(status).toBe(0);
    expect(names(stdout)).toEqual([]);
  });
});
