/**
 * The loader's stylesheet: the launcher and the panel's frame. Adopted as a
 * constructable stylesheet (strict CSP: no <style>, no style attributes).
 * Logical properties place it at the inline end, so a right-to-left page gets
 * it bottom-left with no second stylesheet. `all: initial` keeps the casino's
 * CSS from leaking in through inherited properties (direction is not reset).
 */
export const loaderStyles = `:host{all:initial}
.launcher{position:fixed;inset-block-end:20px;inset-inline-end:20px;z-index:2147483000;display:grid;place-items:center;inline-size:60px;block-size:60px;padding:0;border:0;border-radius:50%;background:#0b6e4f;color:#fff;cursor:pointer;box-shadow:0 4px 16px rgb(0 0 0/.3)}
.launcher:hover{background:#095c42}
.launcher:focus-visible{outline:3px solid #ffbf47;outline-offset:3px}
.launcher svg{inline-size:28px;block-size:28px;fill:currentColor}
.slot{position:fixed;inset-block-end:92px;inset-inline-end:20px;z-index:2147483000;inline-size:min(380px,calc(100vw - 40px));block-size:min(620px,calc(100vh - 112px))}
.slot[hidden]{display:none}
@media (max-width:639.98px){.slot{inset:0;inline-size:auto;block-size:auto}.launcher[aria-expanded=true]{display:none}}`;
