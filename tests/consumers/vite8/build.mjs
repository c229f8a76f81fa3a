// Vite 8 with no configuration: the client build (index.html) and the
// SSR build for Node.
import { build } from 'vite8';

await build({ logLevel: 'warn' });
await build({ logLevel: 'warn', build: { ssr: 'src/node.js', outDir: 'dist-node' } });
