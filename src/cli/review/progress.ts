/** Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise (logs, pipes). */
import type { WriteStream } from "tty";

const WIDTH = 24;

export interface Progress {
  step(done: number, file: string): void;
  end(): void;
}

export function progress(
  total: number,
  stream: Pick<WriteStream, "write" | "isTTY"> = process.stderr
): Progress {
  const tty = Boolean(stream.isTTY);
  return {
    step(done, file) {
      if (!tty) {
        stream.write(`[${done}/${total}] ${file}\n`);
        return;
      }
      const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
      const name = file.length > 40 ? `…${file.slice(-39)}` : file;
      stream.write(
        `\r\x1b[K[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${done}/${total} ${name}`
      );
    },
    end() {
      if (tty) stream.write("\n");
    },
  };
}
