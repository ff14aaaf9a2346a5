// The enum constants a local variable can hold, when its declaration picks one by a `switch`
// expression or a ternary of constants: `DeliveryGuarantee g = switch (mode) { case "none" -> NONE; ... }`.
// A setter given `g` then gives one of them; a rule can judge the weakest instead of giving up.
import type { Node } from 'web-tree-sitter';
import type { ArgumentInfo } from '../../model.js';
import { enumName, rangeOf } from './java-nodes.js';

const SCOPES = new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'static_initializer']);
/** Branches beyond this are not read: a real guarantee switch has a handful. */
const MAX_CHOICES = 16;

export function localEnumChoices(identifier: Node): ArgumentInfo['enumChoices'] {
  if (identifier.type !== 'identifier') return undefined;
  let scope: Node | null = identifier.parent;
  while (scope && !SCOPES.has(scope.type)) scope = scope.parent;
  if (!scope) return undefined;
  const name = identifier.text;
  let initializer: Node | undefined;
  let reassigned = false;
  const visit = (node: Node): void => {
    if (reassigned) return;
    if (node.type === 'variable_declarator' && node.childForFieldName('name')?.text === name && node.startIndex < identifier.startIndex) {
      initializer = node.childForFieldName('value') ?? undefined;
    } else if ((node.type === 'assignment_expression' && node.childForFieldName('left')?.text === name) || (node.type === 'update_expression' && node.namedChild(0)?.text === name)) {
      reassigned = true;
    }
    for (let i = 0; i < node.namedChildCount; i++) {
      const child = node.namedChild(i);
      if (child) visit(child);
    }
  };
  visit(scope);
  if (reassigned || !initializer) return undefined;
  const choices = branchValues(initializer);
  return choices && choices.length > 0 && choices.length <= MAX_CHOICES ? choices : undefined;
}

/** Every value the expression can take, each an enum constant; undefined if any is not. */
function branchValues(expression: Node): { name: string; range: ArgumentInfo['range'] }[] | undefined {
  if (expression.type === 'parenthesized_expression') {
    const inner = expression.namedChild(0);
    return inner ? branchValues(inner) : undefined;
  }
  if (expression.type === 'ternary_expression') {
    const yes = expression.childForFieldName('consequence');
    const no = expression.childForFieldName('alternative');
    const a = yes ? branchValues(yes) : undefined;
    const b = no ? branchValues(no) : undefined;
    return a && b ? [...a, ...b] : undefined;
  }
  if (expression.type === 'switch_expression') {
    const body = expression.childForFieldName('body');
    if (!body) return undefined;
    const values: { name: string; range: ArgumentInfo['range'] }[] = [];
    for (let i = 0; i < body.namedChildCount; i++) {
      const rule = body.namedChild(i);
      if (!rule || rule.type === 'line_comment' || rule.type === 'block_comment') continue;
      // Only `case X -> CONSTANT;` rules; a block, a throw or a `yield` is not read.
      if (rule.type !== 'switch_rule') return undefined;
      const result = rule.namedChild(rule.namedChildCount - 1);
      if (result?.type === 'throw_statement') continue;
      const value = result?.type === 'expression_statement' ? result.namedChild(0) : undefined;
      const name = value ? enumName(value) : undefined;
      if (!value || !name) return undefined;
      values.push({ name, range: rangeOf(value) });
    }
    return values;
  }
  const name = enumName(expression);
  return name ? [{ name, range: rangeOf(expression) }] : undefined;
}
