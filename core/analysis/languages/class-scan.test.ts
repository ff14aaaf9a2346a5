import { describe, expect, it } from 'vitest';
import { ancestorsIn, blankCommentsAndStrings, scanClasses } from './class-scan.js';

describe('class scan', () => {
  it('blanks comments and strings but keeps offsets and line breaks', () => {
    const java = 'int a; // class Fake extends MapFunction {\nString s = "class X {"; /* {\n } */ char c = \'{\';';
    const masked = blankCommentsAndStrings(java, 'java');
    expect(masked.length).toBe(java.length);
    expect(masked.split('\n').length).toBe(java.split('\n').length);
    expect(masked).not.toContain('Fake');
    expect(masked).not.toContain('X {');
    expect(blankCommentsAndStrings("x = '''class A(MapFunction):''' # class B(MapFunction):", 'python')).not.toMatch(/class/);
  });

  it('finds named and anonymous classes with their bases, through base classes of the file', () => {
    const java = 'class Base extends RichMapFunction<A, B> {}\nclass Leaf extends Base implements Serializable { int x; }\nvoid f() { s.map(new FilterFunction<T>() { boolean filter(T t) { return true; } }); }';
    const classes = scanClasses(blankCommentsAndStrings(java, 'java'), 'java');
    expect(classes.map((c) => `${c.anonymous ? 'new ' : ''}${c.name}`)).toEqual(['Base', 'Leaf', 'new FilterFunction']);
    const leaf = classes.find((c) => c.name === 'Leaf')!;
    expect([...ancestorsIn(classes)(leaf)]).toEqual(expect.arrayContaining(['Base', 'RichMapFunction', 'Serializable']));
    expect(java.slice(leaf.start, leaf.end)).toBe(' int x; ');
  });

  it('reads Python class bodies by indentation', () => {
    const python = 'class Counter(KeyedProcessFunction):\n    def f(self):\n        pass\n\nx = 1\n';
    const [counter] = scanClasses(python, 'python');
    expect(counter?.bases).toEqual(['KeyedProcessFunction']);
    expect(python.slice(counter!.start, counter!.end)).toBe('\n    def f(self):\n        pass');
  });
});
