package org.grassroots.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Output files appear whole or not at all: each is written to a hidden temporary file next to it
 * and moved into place only when complete and the run was not cancelled, so neither Ctrl-C nor a
 * failure leaves a half-written file (an existing file is replaced only on success).
 */
final class OutputFiles {
  /** Writes a file's text. */
  @FunctionalInterface
  interface Body {
    void write(Writer out) throws IOException;
  }

  private OutputFiles() {}

  /** Writes {@code target} (UTF-8) through {@code body}. */
  static void write(Path target, RunControl control, Body body) throws IOException {
    control.checkpoint();
    Path dir = target.toAbsolutePath().getParent();
    // not Files.createTempFile: its owner-only permissions would stay with the moved file
    Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        body.write(out);
      }
      control.checkpoint();
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Lets {@code writer} write its files into a temporary directory beside {@code dir}, then moves
   * them into {@code dir} (created if need be).
   *
   * @return the files as they are in {@code dir}
   */
  static List<Path> writeDirectory(Path dir, RunControl control, Function<Path, List<Path>> writer)
      throws IOException {
    control.checkpoint();
    Path abs = dir.toAbsolutePath();
    Path tmp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".");
    try {
      List<Path> written = writer.apply(tmp);
      control.checkpoint();
      Files.createDirectories(abs);
      List<Path> out = new ArrayList<>();
      for (Path f : written) {
        Path target = abs.resolve(tmp.relativize(f.toAbsolutePath()).toString());
        Files.createDirectories(target.getParent());
        move(f, target);
        out.add(target);
      }
      return out;
    } finally {
      try (Stream<Path> left = Files.walk(tmp)) {
        for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Writes {@code target} with {@code bytes} (an .xlsx workbook), as {@link #write(Path, RunControl, Body)} writes text. */
  static void writeBytes(Path target, RunControl control, byte[] bytes) throws IOException {
    control.checkpoint();
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part");
    try {
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      control.checkpoint();
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
