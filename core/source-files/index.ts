// Finding the files of a workspace the way developers expect: .gitignore respected, build output skipped.
export { walkFiles, ALWAYS_SKIPPED_DIRECTORIES, type WalkOptions } from './walk-files.js';

export { readSourceFile, DEFAULT_MAX_FILE_BYTES, type SourceFile, type SkipReason } from './read-source-file.js';
