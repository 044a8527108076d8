import type { OrderStatus } from "@/lib/db/schema";

/** The one set of words for an order's status, for the guest, the desk and the kitchen alike. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING: "Received",
  ACCEPTED: "Accepted",
  PREPARING: "Preparing",
  READY: "Ready",
  DELIVERING: "On its way",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

export const statusLabel = (status: string) => ORDER_STATUS_LABELS[status as OrderStatus] ?? status;
