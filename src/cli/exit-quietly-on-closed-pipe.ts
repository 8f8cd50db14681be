// `khoi calendar list | head` closes the pipe before the CLI has written everything: that is the reader's choice,
// not an error, so the CLI stops quietly instead of dying with an EPIPE stack trace.
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(0);
      throw error;
    });
  }
}
