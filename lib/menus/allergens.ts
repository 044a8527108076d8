// The 14 allergens EU law asks menus to declare: a dish's "contains" and a guest's declaration
// use the same codes.
export const ALLERGENS = ["celery", "gluten", "crustaceans", "eggs", "fish", "lupin", "milk", "molluscs", "mustard", "nuts", "peanuts", "sesame", "soya", "sulphites"] as const;
