import { Buffer } from "buffer";
import process from "process";
import { Readable } from "stream";
import { todayIso } from "../core";

/**
 * Where the command reads and writes. `main()` takes one so tests capture output without touching
 * process.stdout; the real one writes to the process's streams.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today as YYYY-MM-DD (the default --as-of). */
  today(): string;
  /** The working directory relative paths are resolved against. */
  cwd(): string;
  /** Standard input (read only by commands that take it, such as `deadline --tsv`). */
  stdin(): Readable;
  /** Resolves once everything written has been handed to the OS (so exiting loses nothing). */
  flush(): Promise<void>;
  /** True when stderr is a terminal (progress lines are shown only then). */
  isTerminal?(): boolean;
}

/** Output piped into a program that stopped reading (`kehoach check … | head`): end quietly. */
function exitOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}
let pipesGuarded = false;
function guardPipes(): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  exitOnBrokenPipe(process.stdout);
}

export const processIo: CliIo = {
  stdout: (text) => {
    guardPipes();
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  today: () => todayIso(),
  cwd: () => process.cwd(),
  stdin: () => process.stdin,
  isTerminal: () => Boolean(process.stderr.isTTY),
  flush: () =>
    Promise.all([
      new Promise<void>((resolve) => process.stdout.write("", () => resolve())),
      new Promise<void>((resolve) => process.stderr.write("", () => resolve())),
    ]).then(() => undefined),
};

/** An io that keeps what is written, for tests and embedding. */
export function memoryIo(today = "2025-10-15", cwd = ".", input = ""): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    today: () => today,
    cwd: () => cwd,
    stdin: () => Readable.from([Buffer.from(input, "utf8")]),
    flush: () => Promise.resolve(),
  };
  return io;
}
