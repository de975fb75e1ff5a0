import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/*
 * After every navigation focus moves to the new page's heading, so a screen reader
 * announces where the person landed and the keyboard starts from the top of the page.
 * Switching a tab inside a page (a case's sections, the settings' parts) changes the
 * address but not the page: focus then stays on the tab.
 */

const TAB_PAGES = [/^(\/cases\/\d+)(\/[a-z-]+)?$/, /^(\/settings)(\/[a-z]+)?$/];

/** The page an address shows, without the tab chosen on it. */
export function pageOf(location: string): string {
  if (location === '/cases/new') return location;
  for (const pattern of TAB_PAGES) {
    const match = pattern.exec(location);
    if (match) return match[1]!;
  }
  return location;
}

/** How long to wait for a page that loads its data before its heading appears. */
const MAX_FRAMES = 60;

export function useFocusHeadingOnNavigate(): void {
  const [location] = useLocation();
  const page = pageOf(location);
  const previous = useRef(page);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const main = document.querySelector('main');
      const active = document.activeElement;
      // A field the new page focused itself (the passphrase on unlock) keeps the focus.
      if (main && active && active !== document.body && main.contains(active) && active.tagName !== 'H1' && active.tagName !== 'A') return;
      const heading = main?.querySelector('h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        return;
      }
      if (++frames < MAX_FRAMES) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [page]);
}
