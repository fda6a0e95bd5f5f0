/**
 * `client:interaction`: an island hydrates when the reader first reaches it (focus, pointer, key or touch
 * inside it), or at once when the page's URL has a query string, where the calculator keeps its state (a
 * shared link); a fragment alone links to a heading and hydrates nothing. The island's server-rendered form
 * is on screen from the first paint; hydrating it during load was the calculator page's longest task on a
 * phone.
 *
 * Nothing the reader does first is lost: a form submitted before hydration is held and submitted again
 * once the island runs, and the island reads back any value typed before it took over (`formValues` in
 * DeadlineCalculator.tsx).
 */
import type { ClientDirective } from 'astro';

const STARTS = ['focusin', 'pointerdown', 'keydown', 'touchstart'] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let started = false;
  let held: HTMLFormElement | undefined;
  const hold = (event: Event) => {
    event.preventDefault();
    held = event.target as HTMLFormElement;
    void start();
  };
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of STARTS) el.removeEventListener(type, start, true);
    const hydrate = await load();
    await hydrate();
    el.removeEventListener('submit', hold, true);
    // The island's own submit handler runs now; a form without one has nothing to replay.
    if (held?.isConnected) held.requestSubmit();
  };
  el.addEventListener('submit', hold, true);
  for (const type of STARTS) el.addEventListener(type, start, { capture: true, passive: true });
  if (location.search.length > 1) void start();
};

export default interaction;
