package org.grassroots.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every output file of the tool (输出文件) goes through here, and what happens depends on what sits
 * at the path:
 *
 * <ul>
 *   <li>nothing, or a regular file: the text is written to a hidden temporary file in the same
 *       folder and moved over the path atomically only when complete and the run was not
 *       cancelled, so neither Ctrl-C nor a failure leaves a half-written file; a file replaced
 *       keeps its permissions (and, where allowed, its owner and group);
 *   <li>a symbolic link: followed; its target is replaced as above, in the target's folder, and the
 *       link stays a link;
 *   <li>anything else (a FIFO, a device such as {@code /dev/null}, {@code /dev/stdout}): written to
 *       directly, never replaced.
 * </ul>
 */
final class OutputFiles {
  /** Writes a file's text. */
  @FunctionalInterface
  interface Body {
    void write(Writer out) throws IOException;
  }

  /** Symbolic links followed at most (the kernel's own limit is 40). */
  private static final int MAX_LINKS = 40;

  private OutputFiles() {}

  /** Writes {@code target} (UTF-8) through {@code body}. */
  static void write(Path target, RunControl control, Body body) throws IOException {
    control.checkpoint();
    Path real = followLinks(target);
    if (isSpecial(real)) {
      try (Writer out = new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(real, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16)) {
        body.write(out);
      }
      return;
    }
    Path tmp = temporary(real);
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        body.write(out);
      }
      control.checkpoint();
      replace(tmp, real);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code target} with {@code bytes} (an .xlsx workbook) as {@link #write(Path, RunControl, Body)} writes text. */
  static void writeBytes(Path target, RunControl control, byte[] bytes) throws IOException {
    control.checkpoint();
    Path real = followLinks(target);
    if (isSpecial(real)) {
      Files.write(real, bytes, StandardOpenOption.WRITE);
      return;
    }
    Path tmp = temporary(real);
    try {
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      control.checkpoint();
      replace(tmp, real);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Lets {@code writer} write its files into a temporary directory beside {@code dir}, then puts
   * each into {@code dir} (created if need be) as {@link #write} would.
   *
   * @return the files as they are in {@code dir}
   */
  static List<Path> writeDirectory(Path dir, RunControl control, Function<Path, List<Path>> writer)
      throws IOException {
    control.checkpoint();
    Path abs = followLinks(dir);
    Path tmp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".");
    try {
      List<Path> written = writer.apply(tmp);
      control.checkpoint();
      Files.createDirectories(abs);
      List<Path> out = new ArrayList<>();
      for (Path f : written) {
        Path target = abs.resolve(tmp.relativize(f.toAbsolutePath()).toString());
        Files.createDirectories(target.getParent());
        put(f, target);
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

  /** Puts the complete file {@code written} at {@code target}, following links, replacing or writing into. */
  private static void put(Path written, Path target) throws IOException {
    Path real = followLinks(target);
    if (isSpecial(real)) {
      try (OutputStream out = Files.newOutputStream(real, StandardOpenOption.WRITE)) {
        Files.copy(written, out);
      }
      return;
    }
    replace(written, real);
  }

  /** The path with every symbolic link followed (a dangling link: the path it points to). */
  static Path followLinks(Path target) throws IOException {
    Path p = target.toAbsolutePath();
    if (Files.exists(p)) {
      return p.toRealPath();
    }
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
      p = p.getParent().resolve(Files.readSymbolicLink(p)).toAbsolutePath();
    }
    return p;
  }

  /** Something other than a regular file or nothing: written into, never replaced. */
  private static boolean isSpecial(Path real) {
    return Files.exists(real) && !Files.isRegularFile(real) && !Files.isDirectory(real);
  }

  /** A new hidden file name beside {@code real}. */
  private static Path temporary(Path real) {
    // not Files.createTempFile: its owner-only permissions would stay with a new file
    return real.resolveSibling("." + real.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime()
        + ".part");
  }

  /** Moves the complete {@code tmp} over {@code real} atomically, keeping the permissions of a file replaced. */
  private static void replace(Path tmp, Path real) throws IOException {
    if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      keepAttributes(real, tmp);
    }
    try {
      Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // another file system (a report file whose link points elsewhere): copy beside, then move
      Path near = temporary(real);
      try {
        Files.copy(tmp, near);
        if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
          keepAttributes(real, near);
        }
        Files.move(near, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(near);
      }
    }
  }

  /** Gives {@code to} the permissions of {@code from}, and its owner and group where the user may. */
  private static void keepAttributes(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (view == null) {
      return; // not a POSIX file system: the new file has the folder's defaults
    }
    PosixFileAttributes was = Files.readAttributes(from, PosixFileAttributes.class);
    view.setPermissions(was.permissions());
    try {
      PosixFileAttributes now = view.readAttributes();
      if (!now.group().equals(was.group())) {
        view.setGroup(was.group());
      }
      if (!now.owner().equals(was.owner())) {
        view.setOwner(was.owner());
      }
    } catch (IOException e) {
      // only root may give a file away: the file stays the writer's, with the permissions kept
    }
  }
}
