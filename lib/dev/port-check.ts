import net from "node:net";

/** A start-up problem the user fixes by configuration: reported in one line, without a stack. */
export class StartupError extends Error {}

export function portBusy(port: number, what: string, variable: string): StartupError {
  return new StartupError(`Port ${port} (${what}) is already in use: set ${variable} to a free port.`);
}

/**
 * Fails early, before migrations, when something already listens on the port. Binding the wildcard
 * address also collides with a listener on 127.0.0.1 or ::1 alone.
 */
export async function ensurePortFree(port: number, what: string, variable: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE") reject(portBusy(port, what, variable));
      else if (e.code === "EACCES") reject(new StartupError(`Port ${port} (${what}) needs privileges: set ${variable} to a port above 1023.`));
      else reject(e);
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Runs a listen call, turning "address in use" into the same one-line error. */
export async function listening<T>(start: () => Promise<T>, port: number, what: string, variable: string): Promise<T> {
  try {
    return await start();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") throw portBusy(port, what, variable);
    throw e;
  }
}
