import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { requestTypes, type RequestType } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { kindProblems, type CreateRequestTypeInput, type UpdateRequestTypeInput } from "./schemas";

// The hotel's request types, edited by ADMIN (the console's settings). A type's kind never
// changes; its words, department, promise, options and translations do. Requests keep a snapshot
// of the name and department they were asked with.

export async function listRequestTypes(hotelId: string): Promise<RequestType[]> {
  return getDb().select().from(requestTypes).where(eq(requestTypes.hotelId, hotelId)).orderBy(asc(requestTypes.position), asc(requestTypes.createdAt));
}

export async function createRequestType(hotelId: string, input: CreateRequestTypeInput): Promise<RequestType> {
  return transaction(async (tx) => {
    const [last] = await tx.select({ p: sql<number>`coalesce(max(${requestTypes.position}), -1)::int` }).from(requestTypes).where(eq(requestTypes.hotelId, hotelId));
    const [row] = await tx
      .insert(requestTypes)
      .values({ hotelId, ...input, position: input.position ?? (last?.p ?? -1) + 1 })
      .returning();
    return row!;
  });
}

export async function updateRequestType(hotelId: string, typeId: string, input: UpdateRequestTypeInput): Promise<RequestType> {
  return transaction(async (tx) => {
    const [current] = await tx.select().from(requestTypes).where(and(eq(requestTypes.id, typeId), eq(requestTypes.hotelId, hotelId))).for("update");
    if (!current) throw new AppError("NOT_FOUND", "Request type not found");
    // The kind's rules over the type as it will be (an AMENITIES type keeps its items…).
    const next = { kind: current.kind, department: input.department ?? current.department, options: input.options ?? current.options };
    const problems = kindProblems(next);
    if (Object.keys(problems).length) throw new AppError("VALIDATION_ERROR", "Invalid request", problems);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const [row] = await tx
      .update(requestTypes)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(requestTypes.id, current.id))
      .returning();
    return row!;
  });
}
