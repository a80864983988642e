import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * A value as cdk-nag prints it in a finding id: `{ Ref: X }` as `<X>`, `{ Fn::GetAtt: [A, B] }` as `<A.B>`,
 * joins joined, policy variables `${a:b}` as `<a:b>`. Only for values of the construct's own stack (a reference
 * to another stack resolves differently at synthesis).
 */
export function nagString(scope: IConstruct, value: string): string {
  const render = (v: unknown): string => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('Ref' in o) return `<${String(o.Ref)}>`;
      if ('Fn::GetAtt' in o) {
        const [resource, attribute] = o['Fn::GetAtt'] as [string, string];
        return `<${resource}.${attribute}>`;
      }
      if ('Fn::Join' in o) {
        const [separator, parts] = o['Fn::Join'] as [string, unknown[]];
        return parts.map(render).join(separator);
      }
    }
    return JSON.stringify(v);
  };
  return render(Stack.of(scope).resolve(value)).replace(/\$\{([^}]+)\}/g, '<$1>');
}

/** Acknowledges cdk-nag's wildcard finding (AwsSolutions-IAM5) for one resource, with the reason. */
export function acknowledgeWildcardResource(scope: IConstruct, resource: string, reason: string): void {
  Validations.of(scope).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${nagString(scope, resource)}]`,
    reason,
  });
}

/** Acknowledges cdk-nag's wildcard finding (AwsSolutions-IAM5) for one action, with the reason. */
export function acknowledgeWildcardAction(scope: IConstruct, action: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[Action::${action}]`, reason });
}
