import { describe, expect, it } from 'vitest';
import { repositoryOf } from './repository';

describe('repositoryOf', () => {
  it('is undefined when customFields.repositoryUrl is unset or empty', () => {
    expect(repositoryOf(undefined)).toBeUndefined();
    expect(repositoryOf('')).toBeUndefined();
    expect(repositoryOf(42)).toBeUndefined();
  });

  it('clones the repository of a tree URL, into the folder git names after it', () => {
    expect(repositoryOf('https://github.com/someone/multi-container-pod/tree/main/')).toEqual({
      tree: 'https://github.com/someone/multi-container-pod/tree/main',
      clone: 'https://github.com/someone/multi-container-pod',
      folder: 'multi-container-pod',
    });
    expect(repositoryOf('https://gitlab.com/group/labs/-/tree/trunk')?.clone).toBe('https://gitlab.com/group/labs');
    expect(repositoryOf('https://example.org/git/labs.git')).toEqual({ tree: 'https://example.org/git/labs.git', clone: 'https://example.org/git/labs.git', folder: 'labs' });
  });
});
