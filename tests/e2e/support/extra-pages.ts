/**
 * Pages the real-browser tests serve besides the fixtures: a story that loads more paragraphs after a
 * delay, a live blog that posts, trims and rewrites its ticker, a fixture with a dark background, and a
 * page naming the entity of the test pack. Dynamic pages start changing only when a test calls their
 * `start()` (after the first annotation is in), so the additions always go through the content
 * script's observer, never its first read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, type TestServer } from '../../../scripts/lib/page-server';

const HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  '<meta property="article:published_time" content="2024-06-15T08:00:00Z">' +
  '<style>body{font:18px/1.6 Georgia,serif;margin:24px auto;max-width:760px}</style></head>';

/** Delay before the story's extra paragraphs arrive (as if fetched) once `start()` is called. */
export const APPEND_DELAY_MS = 200;
/** Interval between live-blog posts once `start()` is called. */
export const POST_INTERVAL_MS = 150;

export const APPENDING_PAGE = 'extra/appending.html';
/** Names marked before `start()`. */
export const APPENDING_FIRST = ['European Union'];
/** Names in the paragraphs `start()` appends. */
export const APPENDING_ADDED = ['Emmanuel Macron', 'Olaf Scholz', 'Antony Blinken', 'Volodymyr Zelensky'];
/** Names appended inside elements whose text is never read (must stay unmarked). */
export const APPENDING_BAIT = ['Benjamin Netanyahu', 'Hamas', 'Keir Starmer', 'Ursula von der Leyen'];

const appending = `${HEAD('Leaders gather for the summit')}
<body><main><article id="story">
<h1>Leaders gather for the summit</h1>
<p>The European Union hosts this year's summit in a small lakeside town.</p>
</article></main>
<script>
  const story = document.getElementById('story');
  const add = (tag, text, attrs) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    el.textContent = text;
    story.append(el);
    return el;
  };
  window.start = () => setTimeout(() => {
    add('p', 'Emmanuel Macron and Olaf Scholz arrived together on Saturday morning.', { id: 'late-1' });
    const p = add('p', 'Later, ', { id: 'late-2' });
    const b = document.createElement('b');
    b.textContent = 'Antony Blinken';
    p.append(b, ' met Volodymyr Zelensky behind closed doors.');
    add('textarea', 'Benjamin Netanyahu');
    add('pre', 'Hamas');
    add('script', 'Keir Starmer', { type: 'text/plain' });
    add('div', 'Ursula von der Leyen', { contenteditable: 'true' });
  }, ${APPEND_DELAY_MS});
</script></body></html>`;

export const LIVE_BLOG_PAGE = 'extra/live-blog.html';
/** Marked before `start()`: three posts (oldest last) and the ticker. */
export const LIVE_FIRST = ['Hamas', 'Benjamin Netanyahu', 'Antony Blinken', 'Olaf Scholz'];
/** After `start()`: two new posts, the two oldest trimmed, the ticker rewritten in place. */
export const LIVE_ADDED = ['Emmanuel Macron', 'Volodymyr Zelensky', 'Keir Starmer'];
export const LIVE_GONE = ['Hamas', 'Benjamin Netanyahu', 'Olaf Scholz'];

const liveBlog = `${HEAD('Live: the summit as it happens')}
<body><main>
<h1>Live: the summit as it happens</h1>
<p id="ticker">Latest: Olaf Scholz speaks in Berlin</p>
<ol id="feed" reversed>
  <li class="post"><time>10:20</time><h3>Arrivals</h3><p>Antony Blinken lands for the talks.</p></li>
  <li class="post"><time>10:10</time><h3>Absences</h3><p>Benjamin Netanyahu will not attend.</p></li>
  <li class="post"><time>10:00</time><h3>Overnight</h3><p>Hamas issued a statement overnight.</p></li>
</ol></main>
<script>
  const feed = document.getElementById('feed');
  const MAX_POSTS = 3;
  const queue = [
    ['10:30', 'Ceasefire call', 'Emmanuel Macron calls for a ceasefire.'],
    ['10:40', 'Thanks', 'Volodymyr Zelensky thanks the delegations.'],
  ];
  const post = ([time, title, text]) => {
    const li = document.createElement('li');
    li.className = 'post';
    li.innerHTML = '<time></time><h3></h3><p></p>';
    li.querySelector('time').textContent = time;
    li.querySelector('h3').textContent = title;
    li.querySelector('p').textContent = text;
    feed.prepend(li);
    while (feed.children.length > MAX_POSTS) feed.lastElementChild.remove();
  };
  window.start = () => {
    const timer = setInterval(() => {
      const next = queue.shift();
      if (next) return post(next);
      clearInterval(timer);
      // Tickers rewrite their text in place.
      document.getElementById('ticker').firstChild.data = 'Latest: Keir Starmer speaks in London';
    }, ${POST_INTERVAL_MS});
  };
</script></body></html>`;

export const SPA_PAGE = 'extra/spa.html';
/** Named by the first article of the single-page app, then by the one its `start()` navigates to. */
export const SPA_FIRST = ['Emmanuel Macron'];
export const SPA_SECOND = ['Keir Starmer', 'Olaf Scholz'];
const spa = `${HEAD('Summit app')}
<body><main id="app"><article><h1>Paris talks</h1><p>Emmanuel Macron hosts the talks.</p></article></main>
<script>
  // As a single-page app does: a new URL, then the new article rendered in the same task.
  window.start = () => {
    history.pushState({}, '', '/extra/spa/berlin');
    document.getElementById('app').innerHTML =
      '<article><h1>Berlin talks</h1><p>Keir Starmer meets Olaf Scholz in Berlin.</p></article>';
  };
</script></body></html>`;

export const PACK_PAGE = 'extra/pack-page.html';
/** The entity the test pack adds (see packs.ts), named on PACK_PAGE next to a bundled actor. */
export const PACK_ENTITY_NAME = 'Zorblax Quinterra';
const packPage = `${HEAD('Envoy visits Moscow')}
<body><main><article><h1>Envoy visits Moscow</h1>
<p>Vladimir Putin received the envoy Zorblax Quinterra at the Kremlin on Friday.</p>
</article></main></body></html>`;

export const LONG_PAGE = 'extra/long.html';
/** Paragraphs of the long page, each naming two actors: more mentions than the content script registers at once. */
export const LONG_PARAGRAPHS = 200;
const longPage = `${HEAD('A very long transcript')}
<body><main><article><h1>A very long transcript</h1>
${Array.from(
  { length: LONG_PARAGRAPHS },
  (_, i) => `<p>Paragraph ${i + 1}. Vladimir Putin spoke with Recep Tayyip Erdogan by phone.</p>`,
).join('\n')}
</article></main></body></html>`;

/** The same article as a dark page would show it (the card follows the page's scheme). */
export const DARK_STYLE = '<style>html,body{background:#15161a!important;color:#e8e8ea!important}</style>';
export const darkPath = (fixture: string) => `dark/${fixture}`;

export function addExtraPages(server: TestServer): void {
  server.addPage(APPENDING_PAGE, appending);
  server.addPage(LIVE_BLOG_PAGE, liveBlog);
  server.addPage(PACK_PAGE, packPage);
  server.addPage(SPA_PAGE, spa);
  server.addPage(LONG_PAGE, longPage);
  for (const fixture of ['tehran-summit.html']) {
    const html = readFileSync(join(PAGES_DIR, fixture), 'utf8').replace('</head>', `${DARK_STYLE}</head>`);
    server.addPage(darkPath(fixture), html);
  }
}
