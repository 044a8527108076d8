"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { useChannel } from "@/components/realtime/realtime-provider";
import type { MenuCategory, MenuItem } from "@/lib/db/schema";
import type { ConsoleMenu } from "@/lib/menus/console-menu";
import { menuChannel } from "@/lib/realtime/channels";
import { buttonClass, FormError } from "./fields";
import { MenuCategoryForm } from "./menu-category-form";
import { MenuItemForm } from "./menu-item-form";
import { MenuItemRow } from "./menu-item-row";
import { useApi } from "./use-api";

type Editing = { kind: "item"; item: MenuItem | null; categoryId: string } | { kind: "category"; category: MenuCategory | null } | null;

const move = <T,>(list: T[], index: number, by: -1 | 1): T[] => {
  const next = [...list];
  const [x] = next.splice(index, 1);
  next.splice(index + by, 0, x!);
  return next;
};

/** The console's menu: everyone toggles sold-out; ADMIN adds, edits, deletes and reorders. Live on menu.changed. */
export function MenuEditor({ menu, canEdit }: { menu: ConsoleMenu; canEdit: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState<Editing>(null);
  const { call, pending, error } = useApi();
  const refresh = useCallback(() => router.refresh(), [router]);
  useChannel(menuChannel(menu.hotelSlug), (name) => name === "menu.changed" && refresh(), refresh);

  const act = async (url: string, method: string, body?: unknown, confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    if (await call(url, method, body)) refresh();
  };
  const itemsOf = (categoryId: string) => menu.items.filter((i) => i.categoryId === categoryId);
  const done = () => {
    setEditing(null);
    refresh();
  };

  return (
    <div className="space-y-6">
      <FormError error={error} />
      {canEdit && editing?.kind !== "category" && (
        <button type="button" className={buttonClass("secondary")} onClick={() => setEditing({ kind: "category", category: null })}>
          Add category
        </button>
      )}
      {editing?.kind === "category" && editing.category === null && <MenuCategoryForm category={null} defaultLanguage={menu.defaultLanguage} onDone={done} onCancel={() => setEditing(null)} />}
      {menu.categories.length === 0 && <p className="text-stone-700">No categories yet.</p>}
      {menu.categories.map((c, ci) => (
        <section key={c.id} aria-labelledby={`mc-${c.id}`} className="rounded-lg border border-stone-200 bg-white">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 px-4 py-3">
            <div>
              <h2 id={`mc-${c.id}`} className="text-lg font-semibold">
                {c.name}
              </h2>
              {c.description && <p className="text-sm text-stone-700">{c.description}</p>}
            </div>
            {canEdit && (
              <div className="flex flex-wrap gap-2">
                <button type="button" className={buttonClass("secondary")} disabled={pending || ci === 0} aria-label={`Move ${c.name} up`} onClick={() => act("/api/console/menus/reorder", "POST", { type: "categories", ids: move(menu.categories, ci, -1).map((x) => x.id) })}>
                  ↑
                </button>
                <button type="button" className={buttonClass("secondary")} disabled={pending || ci === menu.categories.length - 1} aria-label={`Move ${c.name} down`} onClick={() => act("/api/console/menus/reorder", "POST", { type: "categories", ids: move(menu.categories, ci, 1).map((x) => x.id) })}>
                  ↓
                </button>
                <button type="button" className={buttonClass("secondary")} onClick={() => setEditing({ kind: "category", category: c })}>
                  Rename
                </button>
                <button type="button" className={buttonClass("secondary")} onClick={() => setEditing({ kind: "item", item: null, categoryId: c.id })}>
                  Add item
                </button>
                <button type="button" className={buttonClass("danger")} disabled={pending} onClick={() => act(`/api/console/menus/categories/${c.id}`, "DELETE", undefined, `Delete the category “${c.name}”?`)}>
                  Delete
                </button>
              </div>
            )}
          </div>
          {editing?.kind === "category" && editing.category?.id === c.id && (
            <div className="p-4">
              <MenuCategoryForm category={c} defaultLanguage={menu.defaultLanguage} onDone={done} onCancel={() => setEditing(null)} />
            </div>
          )}
          {editing?.kind === "item" && editing.item === null && editing.categoryId === c.id && (
            <div className="p-4">
              <MenuItemForm item={null} categoryId={c.id} categories={menu.categories} currency={menu.currency} defaultLanguage={menu.defaultLanguage} onDone={done} onCancel={() => setEditing(null)} />
            </div>
          )}
          <ul className="divide-y divide-stone-200">
            {itemsOf(c.id).map((item, ii, list) =>
              editing?.kind === "item" && editing.item?.id === item.id ? (
                <li key={item.id} className="p-4">
                  <MenuItemForm item={item} categoryId={c.id} categories={menu.categories} currency={menu.currency} defaultLanguage={menu.defaultLanguage} onDone={done} onCancel={() => setEditing(null)} />
                </li>
              ) : (
                <MenuItemRow
                  key={item.id}
                  item={item}
                  currency={menu.currency}
                  defaultLanguage={menu.defaultLanguage}
                  canEdit={canEdit}
                  pending={pending}
                  onToggleSoldOut={() => act(`/api/console/menus/items/${item.id}/sold-out`, "PUT", { soldOut: !item.soldOut })}
                  onEdit={() => setEditing({ kind: "item", item, categoryId: c.id })}
                  onDelete={() => act(`/api/console/menus/items/${item.id}`, "DELETE", undefined, `Delete “${item.name}” from the menu?`)}
                  onMove={ii > 0 || ii < list.length - 1 ? (by) => act("/api/console/menus/reorder", "POST", { type: "items", categoryId: c.id, ids: move(list, ii, by).map((x) => x.id) }) : undefined}
                  first={ii === 0}
                  last={ii === list.length - 1}
                />
              ),
            )}
            {itemsOf(c.id).length === 0 && <li className="px-4 py-3 text-sm text-stone-700">No items.</li>}
          </ul>
        </section>
      ))}
    </div>
  );
}
