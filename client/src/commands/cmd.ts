// The shape of every command callback; factories in this folder take the Ctx and return one.
export type Cmd = (...args: unknown[]) => unknown;
