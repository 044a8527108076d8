ALTER TABLE "conversations" ADD COLUMN "resolved_at" timestamp with time zone;--> statement-breakpoint
-- Conversations resolved before this column: their last activity was the resolve (the best record there is).
UPDATE "conversations" SET "resolved_at" = "last_activity_at" WHERE "status" = 'RESOLVED';
