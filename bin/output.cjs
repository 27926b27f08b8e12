// Standard output and standard error for the command line, made as cheaply as each allows.
//
// Node makes process.stdout and process.stderr on first use, with its stream machinery and, for
// a pipe, its network code: about a tenth of a small check's time. A file, /dev/null, a pipe or a
// socket is written to directly with fs.writeSync instead (as Node's own stream for a file does);
// a terminal goes through Node's stream, which knows about terminals. Either way a reader that
// has gone (`icld-budget … | head`) ends the output quietly, not with a stack trace.
"use strict";
const fs = require("node:fs");

/** Whether a file descriptor can be written to directly: a file, /dev/null, a pipe or a socket (not a terminal). */
function isDirect(fd, { fstatSync, statSync } = fs, platform = process.platform) {
  if (platform === "win32") return false;
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() || stat.isFIFO() || stat.isSocket()) return true;
    return stat.isCharacterDevice() && stat.rdev === statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}

const readerGone = (error) => error && error.code === "EPIPE";

/** Writes through the stream `open()` makes on first use; a reader that has gone ends the output. */
function streamWriter(open) {
  let stream;
  let gone = false;
  return {
    write(data) {
      if (gone) return false;
      if (!stream) {
        stream = open();
        stream.on("error", (error) => {
          if (!readerGone(error)) throw error;
          gone = true;
        });
      }
      return stream.write(data);
    },
    /** Bytes still waiting to be written. */
    pending: () => (stream && !gone ? stream.writableLength : 0),
  };
}

/**
 * Writes to `fd` directly. Should the descriptor ever refuse to wait (EAGAIN: a pipe that another
 * program made non-blocking), the rest goes through the stream `open()` makes, in order.
 */
function directWriter(fd, open, writeSync = fs.writeSync) {
  let fallback;
  let gone = false;
  return {
    write(data) {
      if (fallback) return fallback.write(data);
      if (gone) return false;
      const bytes = typeof data === "string" ? Buffer.from(data) : data;
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
        return true;
      } catch (error) {
        if (readerGone(error)) {
          gone = true;
          return false;
        }
        if (error.code !== "EAGAIN") throw error;
        fallback = streamWriter(open);
        return fallback.write(bytes.subarray(done));
      }
    },
    pending: () => (fallback ? fallback.pending() : 0),
    /** Written directly, so not to a terminal. */
    direct: true,
  };
}

/** The writer for a standard file descriptor; `open` makes Node's stream for it (process.stdout, process.stderr). */
function outputFor(fd, open) {
  return isDirect(fd) ? directWriter(fd, open) : streamWriter(open);
}

module.exports = { isDirect, streamWriter, directWriter, outputFor };
