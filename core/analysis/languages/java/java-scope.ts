// Block scopes of a Java method body: locals shadow outer locals; an assignment to a name no
// scope declares is a field (the evaluator stores it on the class).
import type { Value } from './java-values.js';

export class Scope {
  private readonly vars = new Map<string, Value>();
  constructor(
    /** Collects every name that ever holds a known value (see JavaEvaluator.isRelevant). */
    private readonly known: Set<string>,
    private readonly parent?: Scope,
  ) {}

  child(): Scope {
    return new Scope(this.known, this);
  }

  lookup(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }

  declare(name: string, value: Value): void {
    if (value.kind !== 'unknown') this.known.add(name);
    this.vars.set(name, value);
  }

  /** Assigns an existing local; false when no scope declares it (then it is a field). */
  assign(name: string, value: Value): boolean {
    if (this.vars.has(name)) {
      if (value.kind !== 'unknown') this.known.add(name);
      this.vars.set(name, value);
      return true;
    }
    return this.parent?.assign(name, value) ?? false;
  }
}
