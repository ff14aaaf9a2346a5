// Fluent chains (`env.from_collection(…).map(…).map(…)…`) nest one level per link in both the syntax
// tree and the lowered form. Generated jobs chain thousands of calls, which overflowed the stack of
// a recursive walk, so both the lowering and the evaluation walk a chain's spine in a loop: down to
// its base, then back out link by link. Arguments and other sub-expressions still recurse (nesting
// that deep is not a chain); the front end's stack-overflow guard stays as the safety net.
import type { Node } from 'web-tree-sitter';
import type { Expr } from './lowered-ast.js';
import type { CallExpr, MemberExpr } from './lowered-args.js';

/**
 * Lowers a chain without recursing per link. `innerOf` names the next node down the spine when
 * `node` is a link (a call's function, a member's object), `lowerBase` lowers the node the spine
 * ends at, and `wrap` builds one link around the already lowered inside.
 */
export function lowerChain(node: Node, innerOf: (link: Node) => Node | undefined, lowerBase: (base: Node) => Expr, wrap: (link: Node, inner: Expr) => Expr): Expr {
  const links: Node[] = [];
  let base = node;
  for (let inner = innerOf(base); inner; inner = innerOf(base)) {
    links.push(base);
    base = inner;
  }
  let expr = lowerBase(base);
  for (let i = links.length - 1; i >= 0; i--) expr = wrap(links[i]!, expr);
  return expr;
}

/** How a grammar spells chain links: call nodes (their `function` field), member nodes, the receiver keyword. */
export interface ChainSyntax {
  /** Nodes whose `function` field continues the chain (calls, Scala's `f[T]`). */
  calls: ReadonlySet<string>;
  member: string;
  objectField: string;
  nameField: string;
  /** `self` / `this`: a member of it is a name of the enclosing object and ends the chain. */
  receiver: string;
}

/** `innerOf` for {@link lowerChain}: the next node down the spine, or undefined where the chain starts. */
export function chainStep(syntax: ChainSyntax): (node: Node) => Node | undefined {
  return (node) => {
    if (syntax.calls.has(node.type)) return node.childForFieldName('function') ?? undefined;
    if (node.type !== syntax.member || !node.childForFieldName(syntax.nameField)) return undefined;
    const object = node.childForFieldName(syntax.objectField);
    return object && !(object.type === 'identifier' && object.text === syntax.receiver) ? object : undefined;
  };
}

/** A link of a lowered chain: a method call on a receiver, or (Scala, PyFlink types) a member access. */
export type ChainLink = CallExpr | MemberExpr;

/** The links of a lowered chain, innermost first, and the expression the chain starts from. */
export function chainOf(expr: Expr): { base: Expr; links: ChainLink[] } {
  const links: ChainLink[] = [];
  let base = expr;
  for (;;) {
    if (base.kind === 'call' && base.callee.kind === 'member') {
      links.push(base);
      base = base.callee.object;
    } else if (base.kind === 'member') {
      links.push(base);
      base = base.object;
    } else {
      break;
    }
  }
  return { base, links: links.reverse() };
}
