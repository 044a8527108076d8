"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { AllergyBanner } from "@/components/orders/allergy-banner";
import type { KitchenOrder } from "@/components/kitchen/model/ticket";

const bannerOf = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="ticket"][data-order-id="${CSS.escape(id)}"] [data-testid="allergy-alert"]`);

/** Whether `el` is wholly on screen: inside the viewport and inside every clipping box up to `root`. */
function wholeInView(el: HTMLElement, root: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  if (r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > window.innerHeight + 1 || r.right > window.innerWidth + 1) return false;
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (getComputedStyle(p).overflow === "visible") continue;
    const b = p.getBoundingClientRect();
    if (r.top < b.top - 1 || r.bottom > b.bottom + 1 || r.left < b.left - 1 || r.right > b.right + 1) return false;
  }
  return true;
}

/**
 * Allergy alerts whose ticket is out of view (below the fold of a scrolling column, or further
 * down the page), pinned above the board in full until the ticket's own banner is on screen: a
 * cook never has to scroll or tap to learn that an order carries an allergy.
 * Measured first as if the strip were not there (hidden for one synchronous layout read, so never
 * painted that way): no strip keeps itself alive by pushing the tickets it names out of view. Only
 * when something is out of view anyway does it also name what its own height pushes out.
 */
export function AllergyStrip({ orders, board }: { orders: readonly KitchenOrder[]; board: RefObject<HTMLElement | null> }) {
  const flagged = orders.filter((o) => o.allergy);
  const ids = flagged.map((o) => o.id).join(" ");
  const layout = orders.map((o) => `${o.id}:${o.status}`).join(" ");
  const strip = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const root = board.current;
    if (!root) return;
    const list = ids ? ids.split(" ") : [];
    const out = () => list.filter((id) => {
      const b = bannerOf(root, id);
      return !b || !wholeInView(b, root);
    });
    const measure = () => {
      const s = strip.current;
      let next: string[] = [];
      if (list.length > 0) {
        const withStrip = s ? out() : [];
        if (s) s.style.display = "none";
        const without = out();
        if (s) s.style.display = "";
        next = without.length ? [...new Set([...without, ...withStrip])] : [];
      }
      setHidden((prev) => (prev.size === next.length && next.every((id) => prev.has(id)) ? prev : new Set(next)));
    };
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    schedule();
    // Tickets settle their least heights just after mounting; look again once they have.
    const settled = setTimeout(schedule, 300);
    const observer = new ResizeObserver(schedule);
    observer.observe(root);
    for (const id of list) {
      const b = bannerOf(root, id);
      if (b) observer.observe(b);
    }
    root.addEventListener("scroll", schedule, { capture: true, passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settled);
      observer.disconnect();
      root.removeEventListener("scroll", schedule, { capture: true });
      window.removeEventListener("resize", schedule);
    };
  }, [board, ids, layout]);

  const shown = flagged.filter((o) => hidden.has(o.id));
  if (shown.length === 0) return null;
  const reveal = (id: string) => board.current?.querySelector(`[data-testid="ticket"][data-order-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
  return (
    <section ref={strip} aria-label="Allergy tickets out of view" data-testid="allergy-strip" className="mx-2 mt-2 flex max-h-[45%] shrink-0 flex-wrap gap-2 overflow-y-auto rounded-xl bg-red-950 p-2">
      {shown.map((o) => (
        <div key={o.id} data-testid="allergy-strip-item" data-order-id={o.id} className="flex min-w-[16rem] flex-1 basis-72 flex-col gap-1">
          <button type="button" onClick={() => reveal(o.id)} className="kitchen-meta self-start rounded-md bg-white px-3 py-1 font-black text-red-800">
            Room {o.room ?? "?"}: show ticket ↓
          </button>
          <AllergyBanner alert={o.allergy!} look="kitchen" className="kitchen-meta" />
        </div>
      ))}
    </section>
  );
}
