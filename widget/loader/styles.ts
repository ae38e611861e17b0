/**
 * The loader's stylesheet: the launcher and its unread badge.
 * Adopted as a constructable stylesheet (strict CSP: no <style>, no style
 * attributes). Logical properties place it at the inline end, so a
 * right-to-left page gets it bottom-left with no second stylesheet. The
 * panel's frame (.slot) is styled by the panel's own sheet, which shares this
 * shadow root: it is empty until the panel arrives, and every page view pays
 * for these bytes.
 * `:host{all:initial!important}`: a host page's `* { all: unset !important }`
 * or `div { display: none !important }` reaches our host element, and for
 * !important rules the shadow tree's own wins (CSS Cascade 5, "context").
 * Inside the shadow root no page selector applies.
 */
export const loaderStyles = `:host{all:initial!important;display:block!important}
.launcher{position:fixed;inset-block-end:calc(20px + env(safe-area-inset-bottom,0px));inset-inline-end:calc(20px + env(safe-area-inset-right,0px));z-index:2147483000;display:grid;place-items:center;width:60px;height:60px;padding:0;margin:0;border:0;border-radius:50%;background:#0b6e4f;color:#fff;cursor:pointer;box-shadow:0 4px 16px rgb(0 0 0/.3)}
.launcher:focus-visible{outline:3px solid #ffbf47;outline-offset:3px}
svg{width:26px;height:26px;fill:currentColor;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.badge{position:absolute;inset-block-start:-4px;inset-inline-end:-4px;min-inline-size:22px;padding:0 6px;border-radius:11px;background:#c62828;font:700 12px/22px system-ui,sans-serif;text-align:center}
[hidden]{display:none!important}`;
