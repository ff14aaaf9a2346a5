// esbuild inlines just this field of package.json into the bundle, so the CLI reports the version
// it was built from without reading files at run time.
import { version } from '../../package.json';

export const VERSION: string = version;
