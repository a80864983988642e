import { describe, expect, it } from 'vitest';
import { STAGES, StageError, stageConfig } from '../lib/stage';

describe('stageConfig', () => {
  it('defaults to dev when no stage is given', () => {
    expect(stageConfig(undefined)).toEqual({ stage: 'dev', terminationProtection: false });
  });

  it.each(STAGES)('accepts %s', (stage) => {
    expect(stageConfig(stage).stage).toBe(stage);
  });

  it('turns termination protection on for prod only', () => {
    expect(STAGES.filter((s) => stageConfig(s).terminationProtection)).toEqual(['prod']);
  });

  it.each([['Prod'], ['production'], [''], [42], [null], [{ stage: 'prod' }]])('rejects %j', (value) => {
    expect(() => stageConfig(value)).toThrow(StageError);
  });
});
