// Names of the problem matchers contributed in package.json `contributes.problemMatchers`; no
// `vscode` import, so problem-matchers.test.ts checks this list against the manifest.
export const BUILD_PROBLEM_MATCHERS = ['$flink-ft-maven', '$flink-ft-javac', '$flink-ft-kotlin', '$flink-ft-kotlin-warnings', '$flink-ft-scalac'];
