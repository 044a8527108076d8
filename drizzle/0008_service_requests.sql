CREATE TYPE "public"."request_department" AS ENUM('HOUSEKEEPING', 'MAINTENANCE', 'FRONT_DESK');--> statement-breakpoint
CREATE TYPE "public"."request_kind" AS ENUM('AMENITIES', 'CLEANING', 'MAINTENANCE', 'WAKE_UP', 'LATE_CHECKOUT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'CANCELLED');--> statement-breakpoint
ALTER TYPE "public"."staff_role" ADD VALUE 'HOUSEKEEPING';--> statement-breakpoint
ALTER TYPE "public"."staff_role" ADD VALUE 'MANAGER';--> statement-breakpoint
CREATE TABLE "request_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hotel_id" uuid NOT NULL,
	"kind" "request_kind" NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"department" "request_department" NOT NULL,
	"target_minutes" integer DEFAULT 30 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hotel_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"type_id" uuid NOT NULL,
	"kind" "request_kind" NOT NULL,
	"department" "request_department" NOT NULL,
	"type_name" text NOT NULL,
	"status" "request_status" DEFAULT 'NEW' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"language" text,
	"requested_via_token_id" uuid,
	"promised_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"assigned_staff_id" uuid,
	"decline_reason" text,
	"acknowledged_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"guest_seen_at" timestamp with time zone,
	"guest_emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "late_checkout_time" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "do_not_disturb_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "hotels" ADD COLUMN "check_out_time" text DEFAULT '11:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "hotels" ADD COLUMN "guide" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "request_types" ADD CONSTRAINT "request_types_hotel_id_hotels_id_fk" FOREIGN KEY ("hotel_id") REFERENCES "public"."hotels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_hotel_id_hotels_id_fk" FOREIGN KEY ("hotel_id") REFERENCES "public"."hotels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_type_id_request_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."request_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_requested_via_token_id_guest_booking_tokens_id_fk" FOREIGN KEY ("requested_via_token_id") REFERENCES "public"."guest_booking_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_assigned_staff_id_staff_users_id_fk" FOREIGN KEY ("assigned_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_types_hotel_idx" ON "request_types" USING btree ("hotel_id","position");--> statement-breakpoint
CREATE INDEX "service_requests_hotel_status_idx" ON "service_requests" USING btree ("hotel_id","status","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_hotel_created_idx" ON "service_requests" USING btree ("hotel_id","created_at","id");--> statement-breakpoint
CREATE INDEX "service_requests_booking_idx" ON "service_requests" USING btree ("booking_id","created_at");