/** Shows the English source under each translated passage, fetched from the English page on first use. */
let english: Promise<Map<string, string>> | undefined;

function load(): Promise<Map<string, string>> {
  english ??= (async () => {
    const { base = '/', bilingualSlug } = document.body.dataset;
    const res = await fetch(`${base}en/${bilingualSlug}/`);
    if (!res.ok) throw new Error(String(res.status));
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const map = new Map<string, string>();
    for (const el of doc.querySelectorAll<HTMLElement>('main [data-b]')) map.set(el.dataset.b!, el.innerHTML);
    return map;
  })();
  return english;
}

/** Turns the bilingual view on or off for the current page. */
export async function setBilingual(on: boolean): Promise<void> {
  document.documentElement.classList.toggle('bilingual', on);
  if (!on || document.querySelector('.bi-en')) return;
  const status = document.querySelector<HTMLElement>('[data-bilingual-status]');
  try {
    if (status) status.textContent = status.dataset.loading ?? '';
    const map = await load();
    for (const el of document.querySelectorAll<HTMLElement>('main [data-b]')) {
      const html = map.get(el.dataset.b!);
      // A passage still in English needs no English copy under it.
      const translated = [...el.childNodes].some(
        (n) => !(n instanceof HTMLElement && n.classList.contains('seg-missing')) && n.textContent?.trim(),
      );
      if (!html || !translated) continue;
      const en = document.createElement(/^H\d$/.test(el.tagName) ? 'p' : 'span');
      en.className = 'bi-en';
      en.lang = 'en';
      en.dir = 'ltr';
      en.innerHTML = html; // Same-origin page built by this site from its own sanitized pipeline.
      for (const id of en.querySelectorAll('[id]')) id.removeAttribute('id');
      if (/^H\d$/.test(el.tagName)) el.after(en);
      else el.append(en);
    }
    if (status) status.textContent = '';
  } catch {
    if (status) status.textContent = status.dataset.error ?? '';
  }
}
