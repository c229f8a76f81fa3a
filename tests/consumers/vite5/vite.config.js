// The one line Vite 5 needs, for its dev server only: its dependency
// pre-bundling moves dingdian.js away from dingdian_bg.wasm. `vite build`
// works without it, and Vite 6 and later need nothing.
export default {
  optimizeDeps: { exclude: ['dingdian'] },
};
