"use client";

import type { MenuCategory } from "@/lib/db/schema";
import { buttonClass, FormError, SubmitButton, TextField } from "./fields";
import { formValues, useApi } from "./use-api";

export function MenuCategoryForm({ category, onDone, onCancel }: { category: MenuCategory | null; onDone: () => void; onCancel: () => void }) {
  const { call, pending, error, fieldError } = useApi();
  const idp = category ? `cat-${category.id}` : "cat-new";
  return (
    <form
      noValidate
      aria-label={category ? `Edit ${category.name}` : "New category"}
      className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const ok = await call(category ? `/api/console/menus/categories/${category.id}` : "/api/console/menus/categories", category ? "PATCH" : "POST", { name: v.name, description: v.description || null });
        if (ok) onDone();
      }}
    >
      <FormError error={error} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${idp}-name`} label="Category name" name="name" defaultValue={category?.name ?? ""} error={fieldError("name")} required />
        <TextField id={`${idp}-desc`} label="Description (optional)" name="description" defaultValue={category?.description ?? ""} error={fieldError("description")} />
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{category ? "Save category" : "Add category"}</SubmitButton>
        <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
