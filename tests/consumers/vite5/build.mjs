// Vite 5 with no configuration: the client build (index.html) and the
// SSR build for Node.
import { build } from 'vite5';

await build({ logLevel: 'warn' });
await build({ logLevel: 'warn', build: { ssr: 'src/node.js', outDir: 'dist-node' } });
