import { describe, expect, it } from 'vitest';
import { capitalise } from '@/domain/labels';

describe('capitalise', () => {
  it('puts only the first letter in capitals', () => {
    expect(capitalise('trust name: at most 120 characters')).toBe('Trust name: at most 120 characters');
    expect(capitalise('')).toBe('');
    expect(capitalise('ésprit de corps')).toBe('Ésprit de corps');
  });
});
