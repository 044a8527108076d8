// One error type for everything a caller may see: the code picks the status and a safe message.
export const errorStatus = {
  TOKEN_REQUIRED: 401,
  UNAUTHENTICATED: 401,
  INVALID_TOKEN: 403,
  MISSING_SCOPE: 403,
  FORBIDDEN: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  // The order moved on since the caller's screen read it (a stale tablet's bump or recall).
  STATUS_CHANGED: 409,
  NOT_DURING_STAY: 400,
  LENGTH_REQUIRED: 411,
  IDEMPOTENCY_KEY_REUSED: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID_JSON: 400,
  VALIDATION_ERROR: 400,
  INVALID_CHANNEL: 403,
  NOT_AVAILABLE: 400,
  RATE_LIMITED: 429,
  TOO_MANY_OPEN_ORDERS: 429,
  // Service requests (lib/requests): too many open at once, or a second open late check-out.
  TOO_MANY_OPEN_REQUESTS: 429,
  ALREADY_REQUESTED: 409,
  // Breakfast ordering (lib/orders/breakfast): each date rule has its own code.
  OUTSIDE_STAY: 400,
  DATE_PASSED: 400,
  CUTOFF_PASSED: 400,
  SLOT_FULL: 409,
  ALREADY_ORDERED: 409,
  CHAT_CLOSED: 403,
  // A guest acting on an order (cancel, change) after check-out: one code for every order type.
  STAY_ENDED: 409,
  INTERNAL: 500,
  REALTIME_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: Record<string, string[]>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = errorStatus[code];
    this.fields = fields;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** A 429 that tells the client when to try again (sent as Retry-After). */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number, code: "RATE_LIMITED" | "TOO_MANY_OPEN_ORDERS" | "TOO_MANY_OPEN_REQUESTS" = "RATE_LIMITED") {
    super(code, message);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
