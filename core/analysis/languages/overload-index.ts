// Methods and functions looked up by name and argument count at every call site. Scanning a list per
// call made generated code quadratic (8,000 same-named methods whose arity never matched the call:
// each call walked all of them), so every front end indexes its members once, here.

/** Members by key (a name, or container and name) and by key and arity, in declaration order. */
export class OverloadIndex<T> {
  private readonly byKey = new Map<string, T>();
  private readonly byArity = new Map<string, T>();

  add(key: string, arity: number, member: T): void {
    if (!this.byKey.has(key)) this.byKey.set(key, member);
    const withArity = `${key}\u0000${arity}`;
    if (!this.byArity.has(withArity)) this.byArity.set(withArity, member);
  }

  /** The first member with that key taking `arity` parameters, else the first with that key. */
  find(key: string, arity: number): T | undefined {
    return this.exact(key, arity) ?? this.byKey.get(key);
  }

  /** The first member with that key taking exactly `arity` parameters. */
  exact(key: string, arity: number): T | undefined {
    return this.byArity.get(`${key}\u0000${arity}`);
  }
}
