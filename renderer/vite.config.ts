import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is served from file:// in Electron and from the web host in browser mode,
// so every asset URL is relative.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  // Styles are CSS Modules per component; classes are read as styles.camelCase (or styles['kebab-case']).
  css: { modules: { localsConvention: 'camelCase' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    chunkSizeWarningLimit: 4096,
    // Two pages: the app (index.html) and the member's scoring page the meeting hub serves (member.html).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        member: fileURLToPath(new URL('member.html', import.meta.url)),
      },
    },
  },
  server: { port: 5173, strictPort: true },
});
