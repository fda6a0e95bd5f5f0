/** On the root page: open the remembered or best-matching language, unless the reader came from this site. */
import { bestLocale, LOCALES } from '../domain/i18n/locales';

const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')];
let remembered: string | null = null;
try {
  remembered = localStorage.getItem('lang');
} catch {
  /* not remembered */
}
const fromHere = document.referrer !== '' && new URL(document.referrer).origin === location.origin;
if (!fromHere) {
  const code = LOCALES.some((l) => l.code === remembered) ? remembered! : bestLocale(navigator.languages).code;
  const link = links.find((a) => a.dataset.locale === code);
  if (link) location.replace(link.href);
}
for (const a of links)
  a.addEventListener('click', () => {
    try {
      localStorage.setItem('lang', a.dataset.locale ?? '');
    } catch {
      /* ignore */
    }
  });
