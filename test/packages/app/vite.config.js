import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // Vue must know that svara-* tags are custom elements, or v-model on them silently does nothing.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('svara-') } } }),
  ],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    rolldownOptions: { input: ['index.html', 'react.html', 'vue.html'] },
  },
});
