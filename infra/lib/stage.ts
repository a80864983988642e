/**
 * Deployment stages. The stage comes from CDK context (`-c stage=prod`), defaults to `dev`, and names every
 * stack and physical resource, so several stages can live in one account side by side.
 */
export const STAGES = ['dev', 'staging', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageConfig {
  readonly stage: Stage;
  /** CloudFormation termination protection on the stage's stacks. */
  readonly terminationProtection: boolean;
}

const CONFIG: Record<Stage, Omit<StageConfig, 'stage'>> = {
  dev: { terminationProtection: false },
  staging: { terminationProtection: false },
  prod: { terminationProtection: true },
};

export class StageError extends Error {
  override name = 'StageError';
}

const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

/** Reads the `stage` context value: absent means `dev`; anything else must name a stage exactly. */
export function stageConfig(value: unknown): StageConfig {
  if (value === undefined) return { stage: 'dev', ...CONFIG.dev };
  if (typeof value !== 'string' || !isStage(value)) {
    throw new StageError(
      `Unknown stage ${JSON.stringify(value)}: pass -c stage=${STAGES.join('|')} (default dev).`,
    );
  }
  return { stage: value, ...CONFIG[value] };
}

/** Stack names: one CloudFormation stack per stage and concern, e.g. `prima-prod-data`. */
export const stackName = (stage: Stage, concern: string) => `prima-${stage}-${concern}`;
