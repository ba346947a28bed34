// The sticky jump bar under the range control: the comparison's panels and the map, one tap away on
// a phone (where the header's section links have scrolled out of reach). A panel inside a lazy
// section does not exist until the section mounts, so a jump to it scrolls to the section, waits
// for the panel to appear, then lands on it with the hash set (use-hash-anchor.ts then keeps it in
// place while the panels above finish loading). A wheel, key or touch meanwhile cancels the wait.
import type { MouseEvent } from "react";
import { JUMP_TARGETS } from "./sections";

/** How long a jump waits for a lazy panel to mount, ms. */
const WAIT_MS = 10_000;

function jumpWhenMounted(id: string, sectionId: string) {
  document.getElementById(sectionId)?.scrollIntoView({ block: "start", behavior: "instant" });
  const started = performance.now();
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
  };
  const inputs = ["wheel", "touchstart", "keydown"] as const;
  for (const type of inputs)
    window.addEventListener(type, cancel, { capture: true, passive: true, once: true });
  const done = () => {
    for (const type of inputs) window.removeEventListener(type, cancel, { capture: true });
  };
  const poll = () => {
    if (cancelled || performance.now() - started > WAIT_MS) return done();
    const el = document.getElementById(id);
    if (!el) return void requestAnimationFrame(poll);
    done();
    if (window.location.hash === `#${id}`) el.scrollIntoView({ block: "start", behavior: "instant" });
    else window.location.hash = id;
  };
  requestAnimationFrame(poll);
}

export function JumpNav() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string, section: string) => {
    if (document.getElementById(id)) return;
    event.preventDefault();
    jumpWhenMounted(id, section);
  };
  return (
    <nav aria-label="Jump to" className="jump-nav">
      <ul>
        {JUMP_TARGETS.map((t) => (
          <li key={t.id}>
            <a href={`#${t.id}`} onClick={(e) => onClick(e, t.id, t.section)}>
              {t.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
