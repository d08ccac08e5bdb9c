/** Watching the page for text that appears, changes or goes: batched, collapsed, and blind to our own UI. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdditionsObserver, MUTATION_DEBOUNCE_MS, outermost } from '../../src/content/additions';
import { UI_HOST_ATTRIBUTE } from '../../src/content/extract';
import { body, sleep } from './helpers/dom';

/** Long enough for one batch to be reported. */
const AFTER_BATCH = MUTATION_DEBOUNCE_MS + 60;
/** Lets the observer see the mutations (its records arrive in a microtask), but no timer fire. */
const observed = () => sleep(0);

let controller: AbortController;
let callbacks: ReturnType<typeof spies>;

const spies = () => ({
  added: vi.fn<(roots: Node[]) => void>(),
  removed: vi.fn<() => void>(),
  changed: vi.fn<(nodes: Text[]) => void>(),
});

function watch(): void {
  callbacks = spies();
  new AdditionsObserver(document, controller.signal, callbacks);
}

const element = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild as HTMLElement;
};

beforeEach(() => {
  body('<article><p id="first">Putin arrived in Tehran.</p></article><ul id="live"></ul>');
  controller = new AbortController();
  watch();
});
afterEach(() => controller.abort());

describe('additions', () => {
  it('reports a burst of additions once, after the page settles', async () => {
    const live = document.getElementById('live')!;
    const items = ['Erdogan lands', 'Raisi greets him', 'Talks begin'].map((t) => element(`<li>${t}</li>`));
    for (const item of items) live.append(item);
    await observed();
    expect(callbacks.added).not.toHaveBeenCalled();

    await sleep(AFTER_BATCH);
    expect(callbacks.added).toHaveBeenCalledTimes(1);
    expect(callbacks.added.mock.calls[0]![0]).toEqual(items);
  });

  it('collapses nested additions to their outermost root', async () => {
    const article = document.querySelector('article')!;
    const section = element('<section><h2>Live</h2></section>');
    article.append(section);
    const paragraph = element('<p>Biden reacts.</p>');
    section.append(paragraph);
    const text = document.createTextNode(' Sullivan adds.');
    paragraph.append(text);
    const other = document.createTextNode(' Peskov confirms.');
    document.getElementById('first')!.append(other);

    await sleep(AFTER_BATCH);
    expect(callbacks.added).toHaveBeenCalledTimes(1);
    expect(callbacks.added.mock.calls[0]![0]).toEqual([section, other]);
  });

  it('leaves out what was added and removed again before the batch', async () => {
    const live = document.getElementById('live')!;
    const flash = element('<li>Loading…</li>');
    const kept = element('<li>Erdogan lands</li>');
    live.append(flash, kept);
    flash.remove();

    await sleep(AFTER_BATCH);
    expect(callbacks.added).toHaveBeenCalledWith([kept]);
  });

  it('reports later bursts as batches of their own', async () => {
    const live = document.getElementById('live')!;
    const one = element('<li>One</li>');
    live.append(one);
    await sleep(AFTER_BATCH);
    const two = element('<li>Two</li>');
    live.append(two);
    await sleep(AFTER_BATCH);
    expect(callbacks.added.mock.calls).toEqual([[[one]], [[two]]]);
  });

  it('reads a flood of additions as one rescan of the body', async () => {
    const live = document.getElementById('live')!;
    for (let i = 0; i < 250; i++) live.append(element(`<li>Comment ${i}</li>`));
    await sleep(AFTER_BATCH);
    expect(callbacks.added).toHaveBeenCalledWith([document.body]);
  });
});

describe('our own UI', () => {
  it('ignores the card host, whatever happens inside it', async () => {
    const host = element(`<div ${UI_HOST_ATTRIBUTE}><p>Vladimir Putin</p></div>`);
    document.body.append(host);
    await sleep(AFTER_BATCH);
    host.querySelector('p')!.append(element('<span>President of Russia</span>'));
    host.querySelector('p')!.firstChild!.textContent = 'Recep Tayyip Erdoğan';
    host.querySelector('span')!.remove();
    await sleep(AFTER_BATCH);
    expect(callbacks.added).not.toHaveBeenCalled();
    expect(callbacks.changed).not.toHaveBeenCalled();
    expect(callbacks.removed).not.toHaveBeenCalled();
  });
});

describe('removals and changed text', () => {
  it('reports removed text, once per batch', async () => {
    document.getElementById('first')!.remove();
    document.getElementById('live')!.remove();
    await sleep(AFTER_BATCH);
    expect(callbacks.removed).toHaveBeenCalledTimes(1);
    expect(callbacks.added).not.toHaveBeenCalled();
  });

  it('reports text nodes whose text changed', async () => {
    const node = document.getElementById('first')!.firstChild as Text;
    node.data = 'Erdogan arrived in Tehran.';
    node.appendData(' Putin followed.');
    await sleep(AFTER_BATCH);
    expect(callbacks.changed).toHaveBeenCalledTimes(1);
    expect(callbacks.changed).toHaveBeenCalledWith([node]);
  });

  it('reads text added and then changed in one batch once, as part of the addition', async () => {
    const item = element('<li>Erdogan</li>');
    document.getElementById('live')!.append(item);
    // Streamed text: the new item's text grows while the batch waits.
    (item.firstChild as Text).appendData(' lands in Tehran');
    const changedElsewhere = document.getElementById('first')!.firstChild as Text;
    changedElsewhere.data = 'Putin arrived in Tehran on Tuesday.';
    await sleep(AFTER_BATCH);
    expect(callbacks.added).toHaveBeenCalledWith([item]);
    expect(callbacks.changed.mock.calls).toEqual([[[changedElsewhere]]]);
  });

  it('does not report a changed node that left the page before the batch', async () => {
    const paragraph = document.getElementById('first')!;
    (paragraph.firstChild as Text).data = 'Changed';
    paragraph.remove();
    await sleep(AFTER_BATCH);
    expect(callbacks.changed).not.toHaveBeenCalled();
    expect(callbacks.removed).toHaveBeenCalledTimes(1);
  });
});

describe('lifetime', () => {
  it('reports nothing once its signal is aborted, even a batch already waiting', async () => {
    document.getElementById('live')!.append(element('<li>Pending</li>'));
    await observed();
    controller.abort();
    document.getElementById('live')!.append(element('<li>After</li>'));
    await sleep(AFTER_BATCH);
    expect(callbacks.added).not.toHaveBeenCalled();
  });
});

describe('outermost', () => {
  it('keeps only the nodes no other listed node contains, in order', () => {
    const root = body('<div id="a"><p id="b"><b id="c">x</b></p></div><p id="d">y</p>');
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => root.querySelector(`#${id}`)!);
    expect(outermost([c!, d!, b!])).toEqual([d, b]);
    expect(outermost([b!, a!, d!])).toEqual([a, d]);
  });
});
