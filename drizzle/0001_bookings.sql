CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
ALTER TABLE "hotels" ADD COLUMN "next_booking_number" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "idempotency_keys_scope_created_idx" ON "idempotency_keys" USING btree ("scope","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_hotel_reference_idx" ON "bookings" USING btree ("hotel_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_room_occupied_idx" ON "bookings" USING btree ("room_id") WHERE "bookings"."checked_in_at" is not null and "bookings"."checked_out_at" is null and "bookings"."status" = 'CONFIRMED';