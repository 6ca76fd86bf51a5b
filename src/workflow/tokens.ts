/** Reading the parser's token tree: keys, literals and source positions. */
import type { BasicExpressionToken } from '@actions/workflow-parser/templates/tokens/basic-expression-token';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser/templates/tokens/type-guards';

export type Literal = string | number | boolean | null;

export function get(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token !== undefined && isMapping(token) ? token.find(key) : undefined;
}

export function entries(token: TemplateToken | undefined): Array<[string, TemplateToken]> {
  if (token === undefined || !isMapping(token)) return [];
  const result: Array<[string, TemplateToken]> = [];
  for (const pair of token) result.push([pair.key.toString(), pair.value]);
  return result;
}

export function items(token: TemplateToken | undefined): TemplateToken[] {
  if (token === undefined || !isSequence(token)) return [];
  return [...token];
}

/** A literal scalar's value; undefined for mappings, sequences and expressions. */
export function literal(token: TemplateToken | undefined): Literal | undefined {
  if (token === undefined) return undefined;
  if (isString(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (!token.isScalar || token.isExpression) return undefined;
  return null;
}

export function text(token: TemplateToken | undefined): string | undefined {
  const value = literal(token);
  return typeof value === 'string' ? value : undefined;
}

export function asMapping(token: TemplateToken | undefined): MappingToken | undefined {
  return token !== undefined && isMapping(token) ? token : undefined;
}

export function expressionOf(token: TemplateToken | undefined): BasicExpressionToken | undefined {
  return token !== undefined && isBasicExpression(token) ? token : undefined;
}

/**
 * The individual `${{ }}` of a value: the parser folds `echo ${{ a }} ${{ b }}` into one
 * `format('echo {0} {1}', a, b)` token but keeps the originals, each with its own position.
 */
export function expressionsIn(token: TemplateToken): Array<{ expression: string; line: number }> {
  const found: Array<{ expression: string; line: number }> = [];
  const visit = (node: TemplateToken): void => {
    if (isBasicExpression(node)) {
      const originals = node.originalExpressions ?? [node];
      for (const original of originals)
        found.push({ expression: original.expression, line: original.line ?? node.line ?? 1 });
      return;
    }
    if (isMapping(node)) for (const pair of node) visit(pair.value);
    if (isSequence(node)) for (const item of node) visit(item);
  };
  visit(token);
  return found;
}

/** Source text of a scalar, expressions shown as `${{ … }}`. */
export function sourceText(token: TemplateToken | undefined): string | undefined {
  if (token === undefined) return undefined;
  const expression = expressionOf(token);
  if (expression !== undefined) return expression.source ?? `\${{ ${expression.expression} }}`;
  const value = literal(token);
  return value === undefined || value === null ? undefined : String(value);
}
