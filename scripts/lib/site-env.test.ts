import { describe, expect, it } from 'vitest';
import { SITE_ENV_DEFAULTS, siteEnv } from './site-env';

describe('siteEnv', () => {
  it('builds locally with nothing set (and with empty values)', () => {
    expect(siteEnv({})).toEqual({ ...SITE_ENV_DEFAULTS });
    expect(siteEnv({ SITE_URL: '', SITE_BASE_URL: ' ', SITE_REPOSITORY_URL: '' })).toEqual({ ...SITE_ENV_DEFAULTS });
  });

  it('takes what GitHub Pages gives a project site', () => {
    expect(
      siteEnv({
        SITE_URL: 'https://someone.github.io',
        SITE_BASE_URL: '/multi-container-pod',
        SITE_REPOSITORY_URL: 'https://github.com/someone/multi-container-pod/tree/main/',
      }),
    ).toEqual({
      url: 'https://someone.github.io',
      baseUrl: '/multi-container-pod/',
      repositoryUrl: 'https://github.com/someone/multi-container-pod/tree/main',
    });
    expect(siteEnv({ SITE_URL: 'https://www.example.org/' }).url).toBe('https://www.example.org');
  });

  it.each([
    [{ SITE_URL: 'someone.github.io' }, /^SITE_URL="someone.github.io" is not a URL: .*SITE_URL=https:\/\/owner.github.io/],
    [{ SITE_URL: 'https://someone.github.io/repo' }, /has a path: .*SITE_URL=https:\/\/someone.github.io\) and the path as SITE_BASE_URL=\/repo\//],
    [{ SITE_URL: 'ftp://someone.github.io' }, /is not an http\(s\) URL/],
    [{ SITE_BASE_URL: 'repo/' }, /^SITE_BASE_URL="repo\/" is not a path: .*SITE_BASE_URL=\/repo\//],
    [{ SITE_BASE_URL: '//evil.example/' }, /is not a path/],
    [{ SITE_REPOSITORY_URL: 'github.com/someone/repo' }, /^SITE_REPOSITORY_URL=.* is not a URL/],
  ])('rejects %o in one line, with the fix', (env, message) => {
    let error: unknown;
    try {
      siteEnv(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
