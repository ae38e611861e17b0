/**
 * The panel's stylesheet, adopted into the widget's shadow root as a
 * constructable stylesheet (no <style>, no style attributes: strict CSP).
 * Logical properties throughout, so a right-to-left page or locale mirrors it.
 * The loader positions and sizes the container; this fills it.
 */
export const panelStyles = `
.panel {
  display: flex;
  flex-direction: column;
  box-sizing: border-box;
  block-size: 100%;
  inline-size: 100%;
  overflow: hidden;
  background: #fff;
  color: #1a1a1a;
  border-radius: 14px;
  box-shadow: 0 10px 40px rgb(0 0 0 / 0.28);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
.head {
  display: flex;
  align-items: center;
  gap: 12px;
  padding-block: 14px;
  padding-inline: 18px 10px;
  background: #0b6e4f;
  color: #fff;
}
.heading { flex: 1; min-inline-size: 0; }
.title { margin: 0; font-size: 17px; font-weight: 650; }
.subtitle { margin: 0; font-size: 13px; opacity: 0.9; }
.minimize {
  display: grid;
  place-items: center;
  inline-size: 40px;
  block-size: 40px;
  border: 0;
  border-radius: 8px;
  background: transparent;
  color: inherit;
  cursor: pointer;
}
.minimize:hover { background: rgb(255 255 255 / 0.15); }
.minimize svg { inline-size: 22px; block-size: 22px; fill: currentColor; }
.link:empty { display: none; }
.link {
  margin: 0;
  padding-block: 6px;
  padding-inline: 18px;
  background: #fff6d6;
  color: #5c4500;
  font-size: 13px;
  text-align: center;
}
.log {
  flex: 1;
  overflow-y: auto;
  padding-block: 14px;
  padding-inline: 14px;
  background: #f5f6f7;
  overscroll-behavior: contain;
}
.empty { margin: 0 0 12px; color: #555; font-size: 14px; text-align: center; }
.lines { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.message { display: flex; flex-direction: column; max-inline-size: 82%; }
.message.own { align-self: flex-end; align-items: flex-end; }
.message.theirs { align-self: flex-start; align-items: flex-start; }
.who { font-size: 12px; color: #555; margin-block-end: 2px; }
.text {
  margin: 0;
  padding-block: 8px;
  padding-inline: 12px;
  border-radius: 14px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  background: #fff;
  border: 1px solid #e2e4e7;
}
.own .text { background: #0b6e4f; border-color: #0b6e4f; color: #fff; }
.by-system .text { background: transparent; border-style: dashed; }
.delivery { font-size: 11px; color: #666; margin-block-start: 2px; }
[data-delivery="failed"] .delivery { color: #b3261e; font-weight: 600; }
[data-delivery="failed"] .text { opacity: 0.7; }
.status { align-self: center; font-size: 13px; color: #444; text-align: center; padding-block: 4px; }
.composer {
  display: flex;
  gap: 8px;
  align-items: flex-end;
  padding: 10px;
  border-block-start: 1px solid #e2e4e7;
  background: #fff;
}
.input {
  flex: 1;
  resize: none;
  min-block-size: 44px;
  max-block-size: 140px;
  padding-block: 10px;
  padding-inline: 12px;
  border: 1px solid #c4c8cc;
  border-radius: 10px;
  font: inherit;
  color: inherit;
}
.send {
  min-block-size: 44px;
  padding-inline: 16px;
  border: 0;
  border-radius: 10px;
  background: #0b6e4f;
  color: #fff;
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
.input:focus-visible, .send:focus-visible, .minimize:focus-visible, .log:focus-visible {
  outline: 3px solid #ffbf47;
  outline-offset: 2px;
}
.visually-hidden {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
@media (max-width: 639.98px) {
  .panel { border-radius: 0; box-shadow: none; }
}
`;
