// The one inline script: marks that JavaScript runs (so script-only controls show) and applies a
// remembered theme before first paint. Its SHA-256 is added to the Content Security Policy by
// astro.config.mjs, so it must stay byte-identical where it is rendered.
export const THEME_INIT =
  "document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
