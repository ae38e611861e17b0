/**
 * The panel's stylesheet, adopted into the widget's shadow root as a
 * constructable stylesheet (no <style>, no style attributes: strict CSP).
 * Logical properties throughout, so a right-to-left page or locale mirrors it.
 * It also places the loader's container (.slot), which shares the shadow root. No rem units:
 * the casino's root font size must not resize the chat.
 */
export const panelStyles = `
.slot {
  position: fixed;
  inset-block-end: calc(92px + env(safe-area-inset-bottom, 0px));
  inset-inline-end: 20px;
  z-index: 2147483000;
  inline-size: min(380px, calc(100vw - 40px));
  block-size: min(620px, calc(100vh - 112px));
}
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
  text-align: start;
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
.subtitle { margin: 0; font-size: 13px; }
.minimize {
  display: grid;
  place-items: center;
  inline-size: 44px;
  block-size: 44px;
  border: 0;
  border-radius: 8px;
  background: transparent;
  color: inherit;
  cursor: pointer;
}
.minimize:hover { background: rgb(255 255 255 / 0.15); }
.minimize svg { inline-size: 22px; block-size: 22px; fill: currentColor; stroke: none; }
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
  padding: 14px;
  background: #f5f6f7;
  overscroll-behavior: contain;
}
.empty { margin: 0 0 12px; color: #4d4d4d; font-size: 14px; text-align: center; }
.lines { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.message { display: flex; flex-direction: column; max-inline-size: 82%; }
.message.own { align-self: flex-end; align-items: flex-end; }
.message.theirs { align-self: flex-start; align-items: flex-start; }
.who { font-size: 12px; color: #4d4d4d; margin-block-end: 2px; }
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
.text a { color: #0a53be; text-decoration: underline; }
.own .text { background: #0b6e4f; border-color: #0b6e4f; color: #fff; }
.own .text a { color: #fff; }
.file.image { margin: 0; font-size: 12px; }
.file.image a { color: #0a53be; }
.thumb { display: block; max-inline-size: 200px; max-block-size: 160px; border-radius: 10px; border: 1px solid #e2e4e7; background: #fff; }
/* Notices (help resources, a transfer) are read calmly: full width, a soft panel, nothing alarming. */
.message.by-system { align-self: stretch; max-inline-size: none; }
.by-system .text { background: #eef5f9; border-color: #cfe1ec; border-inline-start: 4px solid #3b7ea1; border-radius: 10px; color: #1f2d36; }
.bot-answer .intro { margin: 0 0 6px; }
.articles { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.article { border: 1px solid #e2e4e7; border-radius: 10px; background: #f9fafb; }
.article-title {
  display: block;
  inline-size: 100%;
  min-block-size: 40px;
  padding-block: 8px;
  padding-inline: 10px;
  border: 0;
  background: none;
  color: #0a53be;
  font: inherit;
  font-weight: 600;
  text-align: start;
  text-decoration: underline;
  cursor: pointer;
}
.article-body { margin: 0; padding-block: 0 10px; padding-inline: 10px; white-space: pre-wrap; font-size: 14px; }
.actions, .inline-form { display: flex; flex-wrap: wrap; gap: 6px; margin-block-start: 8px; }
.action {
  min-block-size: 40px;
  padding-inline: 14px;
  border: 1px solid #0b6e4f;
  border-radius: 10px;
  background: #0b6e4f;
  color: #fff;
  font: inherit;
  font-size: 14px;
  font-weight: 600;
  cursor: pointer;
}
.action.quiet { background: #fff; color: #0b6e4f; }
.action:disabled { opacity: 0.55; cursor: default; }
.field {
  flex: 1;
  min-inline-size: 0;
  min-block-size: 40px;
  margin: 0;
  padding-block: 8px;
  padding-inline: 10px;
  border: 1px solid #767676;
  border-radius: 8px;
  background: #fff;
  color: inherit;
  font-family: inherit;
  font-size: 16px;
  resize: vertical;
}
.oops { margin: 6px 0 0; color: #b3261e; font-size: 13px; }
.offer { margin: 0; padding-block: 8px; padding-inline: 12px; background: #fff6d6; color: #3d3000; font-size: 13px; border-block-start: 1px solid #e2e4e7; }
.offer-text { margin: 0; }
.end { display: flex; flex-direction: column; gap: 10px; margin-block-start: 12px; padding: 12px; border: 1px solid #e2e4e7; border-radius: 12px; background: #fff; }
.end .inline-form { margin: 0; }
.rating { display: flex; flex-direction: column; gap: 8px; }
.rating fieldset { border: 0; margin: 0; padding: 0; }
.rating legend { padding: 0; font-weight: 600; }
.stars { display: flex; gap: 2px; }
/* The radio lies transparent over its star: native keyboard and screen-reader behaviour, a star to click. */
.star { position: relative; padding: 2px 4px; font-size: 30px; line-height: 1; color: #8c8c8c; border-radius: 6px; }
.star input { position: absolute; inset: 0; margin: 0; opacity: 0; cursor: pointer; }
.star.on { color: #9a6700; }
.thanks { margin: 0; font-size: 14px; color: #0b6e4f; font-weight: 600; }
.file-note { margin: 0; padding-inline: 12px; background: #fff; }
.file-note:empty { display: none; }
.attach {
  display: grid;
  place-items: center;
  flex: none;
  inline-size: 44px;
  block-size: 44px;
  border: 1px solid #767676;
  border-radius: 10px;
  background: #fff;
  color: #0b6e4f;
  cursor: pointer;
}
.attach svg { inline-size: 22px; block-size: 22px; fill: currentColor; }
.attach:disabled { opacity: 0.55; }
.meta { display: flex; gap: 6px; font-size: 11px; color: #595959; margin-block-start: 2px; }
[data-delivery="failed"] .delivery { color: #b3261e; font-weight: 600; }
[data-delivery="failed"] .text { opacity: 0.7; }
.status { align-self: center; font-size: 13px; color: #404040; text-align: center; padding-block: 4px; }
.typing {
  margin: 0;
  min-block-size: 22px;
  padding-block: 2px;
  padding-inline: 16px;
  font-size: 12px;
  font-style: italic;
  color: #4d4d4d;
  background: #f5f6f7;
}
.topics { padding-block: 8px 0; padding-inline: 10px; background: #fff; border-block-start: 1px solid #e2e4e7; }
.topics-prompt { margin: 0 0 6px; font-size: 13px; color: #404040; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; max-block-size: 92px; overflow-y: auto; }
.chip {
  min-block-size: 32px;
  padding-block: 4px;
  padding-inline: 12px;
  border: 1px solid #0b6e4f;
  border-radius: 16px;
  background: #fff;
  color: #0b6e4f;
  font: inherit;
  font-size: 13px;
  cursor: pointer;
}
.chip[aria-pressed="true"] { background: #0b6e4f; color: #fff; }
.composer {
  display: flex;
  gap: 8px;
  align-items: flex-end;
  padding: 10px;
  border-block-start: 1px solid #e2e4e7;
  background: #fff;
}
.topics + .composer { border-block-start: 0; }
.input {
  flex: 1;
  resize: none;
  min-block-size: 44px;
  max-block-size: 140px;
  margin: 0;
  padding-block: 10px;
  padding-inline: 12px;
  border: 1px solid #767676;
  border-radius: 10px;
  background: #fff;
  /* 16px or more: iOS Safari zooms the page into any smaller field on focus. */
  font-family: inherit;
  font-size: 16px;
  line-height: 1.4;
  color: inherit;
}
.input::placeholder { color: #6b6b6b; }
.send {
  min-block-size: 44px;
  padding-inline: 16px;
  border: 0;
  border-radius: 10px;
  background: #0b6e4f;
  color: #fff;
  font: inherit;
  font-size: 16px;
  font-weight: 600;
  cursor: pointer;
}
.input:focus-visible, .send:focus-visible, .minimize:focus-visible, .log:focus-visible, .chip:focus-visible, .text a:focus-visible,
.action:focus-visible, .field:focus-visible, .attach:focus-visible, .article-title:focus-visible, .star:has(:focus-visible) {
  outline: 3px solid #ffbf47;
  outline-offset: 2px;
}
.vh {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
/*
 * Phones: the panel fills the visual viewport (viewport-fit.ts keeps --pb-vt and
 * --pb-vh in step with it, so the on-screen keyboard never covers the composer),
 * the launcher hides behind it (the minimize button and Escape close it) and
 * the edges keep clear of the notch and the home indicator.
 */
@media (max-width: 639.98px) {
  .slot { inset: var(--pb-vt, 0px) 0 auto; inline-size: auto; block-size: var(--pb-vh, 100%); }
  .launcher[aria-expanded="true"] { display: none; }
  .panel { border-radius: 0; box-shadow: none; }
  .head {
    padding-block-start: max(14px, env(safe-area-inset-top, 0px));
    padding-inline: max(18px, env(safe-area-inset-left, 0px)) max(10px, env(safe-area-inset-right, 0px));
  }
  .composer {
    padding-block-end: max(10px, env(safe-area-inset-bottom, 0px));
    padding-inline: max(10px, env(safe-area-inset-left, 0px)) max(10px, env(safe-area-inset-right, 0px));
  }
}
`;
