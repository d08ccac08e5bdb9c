/**
 * The card's stylesheet, scoped by the shadow root so nothing leaks in or out. Pixel units only: rem
 * would follow the page's root font size. Colours come from two themes chosen by the content script
 * (page background and system scheme); motion is dropped under prefers-reduced-motion.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --line: #e3e3e8; --accent: #b45309; --chip: #f3f4f6;
  --chip-page: #fef3c7; --link: #1a56db; --shadow: 0 8px 28px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: min(70vh, 560px);
  overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  border-radius: 10px; box-shadow: var(--shadow); padding: 12px 14px 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  text-align: left; animation: dramatis-in 120ms ease-out;
}
.card.dark {
  --bg: #1f2023; --fg: #ececf1; --muted: #a1a1aa; --line: #3a3b40; --accent: #f59e0b; --chip: #2c2d31;
  --chip-page: #4a3a12; --link: #8ab4f8; --shadow: 0 8px 28px rgba(0,0,0,.5);
}
@keyframes dramatis-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
*, *::before, *::after { box-sizing: border-box; }
header { display: flex; align-items: flex-start; gap: 4px; }
.titles { flex: 1; min-width: 0; }
h2 { margin: 0; font-size: 16px; line-height: 1.3; font-weight: 650; overflow-wrap: anywhere; }
.native { color: var(--muted); font-size: 13px; margin-top: 1px; }
.meta { color: var(--muted); font-size: 12px; margin-top: 4px; }
.kind { color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: .04em; font-size: 11px; }
.description { margin: 6px 0 8px; }
.roles, .designations { margin: 8px 0; }
.roles-label { font-size: 11px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
ul { margin: 2px 0 0; padding: 0; list-style: none; }
li { margin: 1px 0; }
.role-title { font-weight: 550; }
.role-period, .note { color: var(--muted); }
.ended { font-weight: 550; }
.ownership { margin: 6px 0; color: var(--muted); font-size: 13px; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 6px; }
.chip { font: inherit; font-size: 12px; border: 1px solid var(--line); background: var(--chip); color: var(--fg);
  border-radius: 999px; padding: 2px 9px; cursor: pointer; text-align: left; }
.chip.on-page { background: var(--chip-page); }
.chip-label { color: var(--muted); }
.chip:hover, .chip:focus-visible { border-color: var(--accent); outline: none; }
.mentions { display: flex; align-items: center; justify-content: space-between; font-size: 12px; color: var(--muted);
  border-top: 1px solid var(--line); margin-top: 8px; padding-top: 6px; }
footer { font-size: 12px; color: var(--muted); margin-top: 4px; }
.links { display: flex; gap: 12px; margin: 6px 0 4px; }
a, .link { color: var(--link); text-decoration: none; background: none; border: 0; padding: 0; font: inherit; cursor: pointer; }
a:hover, .link:hover, a:focus-visible, .link:focus-visible { text-decoration: underline; outline: none; }
.sources { line-height: 1.4; }
.not-this { margin-top: 6px; }
.not-this summary { cursor: pointer; }
.mute { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.mute button { font: inherit; font-size: 12px; border: 1px solid var(--line); background: var(--chip); color: var(--fg);
  border-radius: 6px; padding: 3px 8px; cursor: pointer; }
.icon { font: 16px/1 system-ui, sans-serif; width: 26px; height: 26px; border: 0; border-radius: 6px; background: none;
  display: inline-flex; align-items: center; justify-content: center;
  color: var(--muted); cursor: pointer; padding: 0; flex: none; }
.icon:hover, .icon:focus-visible { background: var(--chip); color: var(--fg); outline: none; }
.icon.pinned { color: var(--accent); }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
`;
