// The library build (and, for a package with `svara.embed`, `vite build --mode embed`): tools/vite/.
import { packageConfig } from '../../tools/vite/package.js';

export default packageConfig(import.meta.dirname);
