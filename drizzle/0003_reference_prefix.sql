ALTER TABLE "hotels" ADD COLUMN "reference_prefix" text;--> statement-breakpoint
ALTER TABLE "hotels" ADD COLUMN "booking_number_year" integer;--> statement-breakpoint
-- Backfill: the slug's initials (or its first three characters), uppercase; a hotel whose candidate
-- is taken by an older hotel, or is the legacy "BK", gets two letters of it plus four of a hash.
-- Existing bookings keep their references; the new numbering starts at 0001 under the new prefix.
WITH candidates AS (
  SELECT id, created_at, upper(CASE
    WHEN length(regexp_replace(slug, '([a-z0-9])[a-z0-9]*(-|$)', '\1', 'g')) >= 2
      THEN left(regexp_replace(regexp_replace(slug, '([a-z0-9])[a-z0-9]*(-|$)', '\1', 'g'), '[^a-z0-9]', '', 'g'), 6)
    ELSE left(regexp_replace(slug, '[^a-z0-9]', '', 'g'), 3)
  END) AS base
  FROM "hotels"
), padded AS (
  -- rpad would also cut a longer base to two characters.
  SELECT id, created_at, CASE WHEN length(base) < 2 THEN rpad(base, 2, 'X') ELSE base END AS base FROM candidates
), ranked AS (
  SELECT id, base, row_number() OVER (PARTITION BY base ORDER BY created_at, id) AS rn FROM padded
)
UPDATE "hotels" h SET "reference_prefix" = CASE
  WHEN r.rn = 1 AND r.base <> 'BK' THEN r.base
  ELSE left(r.base, 2) || upper(substr(md5(h.id::text), 1, 4))
END
FROM ranked r WHERE r.id = h.id;--> statement-breakpoint
ALTER TABLE "hotels" ALTER COLUMN "reference_prefix" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "hotels" ADD CONSTRAINT "hotels_reference_prefix_unique" UNIQUE("reference_prefix");--> statement-breakpoint
ALTER TABLE "hotels" ADD CONSTRAINT "hotels_reference_prefix_format" CHECK ("hotels"."reference_prefix" ~ '^[A-Z0-9]{2,6}$' and "hotels"."reference_prefix" <> 'BK');
