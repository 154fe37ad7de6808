package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out, --units, --tree and report files: what sits at the path decides how it is written. */
class OutputFilesTest {
  private final ToolRun tool = new ToolRun();
  @TempDir
  Path dir;


  @Test
  void aFifoIsWrittenIntoNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mk.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(mk.exitValue()).isZero();
    // the reader blocks until the tool opens the FIFO for writing
    CompletableFuture<String> read = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        read.complete(Files.readString(fifo, StandardCharsets.UTF_8));
      } catch (Exception e) {
        read.completeExceptionally(e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    assertThat(tool.run("assess", "--communities", "10", "--format", "csv", "--out", fifo.toString())).as(tool.err.toString())
        .isZero();
    assertThat(read.get(2, TimeUnit.MINUTES)).startsWith("grade,name,units").contains("(none)");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(fifo);
    }
  }

  @Test
  void aSymlinkIsFollowedAndItsTargetReplacedInItsOwnFolder() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path target = Files.writeString(elsewhere.resolve("units.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
    assertThat(tool.run("assess", "--communities", "10", "--units", link.toString())).as(tool.err.toString()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
    assertThat(Files.readString(target)).startsWith("unit,total,grade");
    try (var left = Files.list(elsewhere)) {
      assertThat(left).containsExactly(target); // no temporary file left in the target's folder
    }
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws Exception {
    Path secret = Files.writeString(dir.resolve("tree.csv"), "old\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Path report = Files.createDirectories(dir.resolve("r"));
    Path units = Files.writeString(report.resolve("units.csv"), "old\n");
    Files.setPosixFilePermissions(units, PosixFilePermissions.fromString("rw-------"));
    assertThat(tool.run("assess", "--communities", "10", "--format", "csv", "--out", secret.toString())).isZero();
    assertThat(Files.readString(secret)).startsWith("grade,name,units");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
    assertThat(tool.run("scenario", "--communities", "10", "--set", "grades[B].minTotal=60", "--report", report.toString()))
        .as(tool.err.toString()).isZero();
    assertThat(Files.readString(units)).startsWith("unit,");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(units))).isEqualTo("rw-------");
  }

  @Test
  void aReportFileThatIsASymlinkIsWrittenThrough() throws Exception {
    Path report = Files.createDirectories(dir.resolve("r"));
    Path kept = Files.writeString(dir.resolve("kept-grades.csv"), "old\n");
    Path link = Files.createSymbolicLink(report.resolve("grades.csv"), kept);
    assertThat(tool.run("scenario", "--communities", "10", "--set", "grades[B].minTotal=60", "--report", report.toString()))
        .as(tool.err.toString()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(kept)).startsWith("grade,");
  }
}
