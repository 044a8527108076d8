"use client";

import { useEffect } from "react";

const COUNT = /^\(\d+\)\s*/;

/**
 * "(2) Your stay · …" while `count` things wait for the guest, so a tab in the background shows it.
 * The title itself is the page's (in the guest's language); when it changes, as after a switch of
 * language, the count is put back in front of the new one.
 */
export function useTabTitle(count: number) {
  useEffect(() => {
    const apply = () => {
      const base = document.title.replace(COUNT, "");
      const wanted = count > 0 ? `(${count}) ${base}` : base;
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const watch = new MutationObserver(apply);
    watch.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => watch.disconnect();
  }, [count]);
}
