/**
 * On phones the panel fills the screen; when the on-screen keyboard opens,
 * browsers shrink the visual viewport but not the layout viewport that
 * `position: fixed` uses, so the keyboard would cover the composer. Keep
 * --pb-vh and --pb-vt (read by the loader's phone layout) equal to the visual
 * viewport's height and offset. Written through a constructable stylesheet:
 * no style attribute, nothing a strict CSP objects to. Returns the cleanup.
 */
export function fitVisualViewport(win: Window, sheet: CSSStyleSheet): () => void {
  const viewport = win.visualViewport;
  if (!viewport) return () => {};
  let frame = 0;
  const apply = () => {
    frame = 0;
    sheet.replaceSync(`:host{--pb-vh:${Math.round(viewport.height)}px;--pb-vt:${Math.round(viewport.offsetTop)}px}`);
  };
  const schedule = () => {
    frame ||= win.requestAnimationFrame(apply);
  };
  viewport.addEventListener('resize', schedule);
  viewport.addEventListener('scroll', schedule);
  apply();
  return () => {
    win.cancelAnimationFrame(frame);
    viewport.removeEventListener('resize', schedule);
    viewport.removeEventListener('scroll', schedule);
  };
}
