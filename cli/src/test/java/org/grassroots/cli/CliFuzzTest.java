package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the tool in process (模糊测试): jqwik generates tree CSVs and measurements CSVs (mutations
 * of valid ones: truncation, swapped columns, odd numbers, unicode, a byte order mark, GBK bytes,
 * empty files) and argument vectors, and every run must end with a documented exit code, never a
 * stack trace or an Error, a bilingual message naming the file (and line) when a file is at fault,
 * and nothing written when refused. {@code -Dgrassroots.fuzz.tries=N} sets the inputs per test
 * (default 100); the counts are printed at the end.
 */
class CliFuzzTest {
  private static final int TRIES = Integer.getInteger("grassroots.fuzz.tries", 100);
  private static final Map<String, AtomicInteger> OUTCOMES = new TreeMap<>();
  private static final Charset GBK = Charset.forName("GBK");
  private static final String TREE = "id,parent,kind\nd,,district\ns1,d,street\ns2,d,street\nc1,s1,community\n"
      + "c2,s1,community\nc3,s2,community\nc4,s2,community\n";
  private static final String MEASUREMENTS = "unit,indicator,value,period\nc1,i0,87.5,2024\nc1,i1,92,2024\n"
      + "c2,i0,64.25,2024\nc3,incident,1,2024\nc4,i2,70,2024-H1\nc4,i3,55.1234,2024\n";

  @TempDir
  Path dir;

  /** A valid file, then up to three mutations. */
  private static Arbitrary<byte[]> csv(String valid, List<String> oddValues) {
    Arbitrary<Mutation> one = Arbitraries.oneOf(
        Arbitraries.integers().between(0, valid.length()).map(n -> t -> t.substring(0, Math.min(n, t.length()))),
        Arbitraries.just(t -> t.replaceFirst("^([^,\n]*),([^,\n]*)", "$2,$1")),
        Arbitraries.just(t -> t.replaceFirst("\n.*$", "\n")),
        Arbitraries.just(t -> ""),
        Arbitraries.just(t -> "\uFEFF" + t),
        Arbitraries.just(t -> t.replace("\n", "\r\n")),
        Arbitraries.just(t -> t + t.substring(t.indexOf('\n') + 1)),
        Arbitraries.of(oddValues).tuple2().map(v -> t -> t.replace(v.get1(), v.get2())),
        Arbitraries.of(oddValues).map(v -> t -> t + v + "\n"),
        Arbitraries.strings().withChars("\"',;\t =+-@中\u0000\u001b\u00e9\ud83d\ude00").ofMaxLength(6)
            .map(s -> t -> t.isEmpty() ? s : t.substring(0, t.length() / 2) + s + t.substring(t.length() / 2)));
    Arbitrary<byte[]> text = one.list().ofMaxSize(3).map(ms -> {
      String t = valid;
      for (Mutation m : ms) {
        t = m.apply(t);
      }
      return t.getBytes(StandardCharsets.UTF_8);
    });
    // a share of the files is saved by "Excel on Chinese Windows": GBK bytes
    return Arbitraries.oneOf(text, text.map(b -> (new String(b, StandardCharsets.UTF_8) + "c9,s1,社区\n").getBytes(GBK)));
  }

  private interface Mutation {
    String apply(String text);
  }

  private static final List<String> ODD = List.of("87.5", "92", "i0", "c1", "2024", "s1", "community", "d",
      "1e999999999", "1e-999999999", "-0", "-5", "+5", "0x10", "1,5", "NaN", "١٢", "99999999999999999999",
      "12.34567", "", " ", "\"", "'=1+1", "=cmd|'/C calc'!A0", "-c1", "c1", "2024-13", "社区", "\u202e", "i0,i0");

  private static Arbitrary<List<String>> args() {
    Arbitrary<String> command = Arbitraries.of("assess", "scenario", "sweep", "explain", "validate",
        "import-divisions", "nope", "--help");
    Arbitrary<List<String>> option = Arbitraries.oneOf(
        Arbitraries.of("--tree", "--measurements").map(o -> List.of(o, o.equals("--tree") ? "t.csv" : "m.csv")),
        Arbitraries.of("0", "-1", "3", "abc", "10000001", "1e3", "").map(n -> List.of("--communities", n)),
        Arbitraries.of("0", "-1", "2", "100000", "x").map(n -> List.of("--threads", n)),
        Arbitraries.of("2024", "2024-H1", "2025", "24", "2024-13", "").map(p -> List.of("--period", p)),
        Arbitraries.of("table", "csv", "json", "xml").map(f -> List.of("--format", f)),
        Arbitraries.of("UTF-8", "GB18030", "GBK", "no-such").map(e -> List.of("--encoding", e)),
        Arbitraries.of("grades[B].minTotal=60", "grades[Q].minTotal=1", "grades[B].minTotal=abc", "totalCap=-5",
            "quotas[qa].share=1.5", "stars.rewardPerStar=15000.001", "=", "x",
            "grades[B].minTotal=1e999999999", "totalCap=1e-999999999", "grades[B].minTotal=٦٠").map(s -> List.of("--set", s)),
        Arbitraries.of("grades[B].minTotal=55:75:5", "grades[B].minTotal=75:55:5", "grades[B].minTotal=1:2",
            "grades[B].minTotal=0:100:0", "totalCap=a:b:c",
            "grades[B].minTotal=1e999999999:1e999999999:1").map(s -> List.of("--axis", s)),
        Arbitraries.of("15000", "15000.001", "-1", "¥5", "1,000", "1e999999999", "1e-999999999", "１５０００").map(v -> List.of("--reward-per-star", v)),
        Arbitraries.of("c1", "nope", "d", "").map(u -> List.of("--unit", u)),
        Arbitraries.of("--stars", "--types", "--no-such-option", "-", "").map(List::of),
        Arbitraries.of("--out", "--units", "--measurements-out", "--report").map(o -> List.of(o,
            "out/" + o.substring(2))),
        Arbitraries.of("m.csv", "t.csv", "missing.csv").map(List::of));
    return Combinators.combine(command, option.list().ofMaxSize(6)).as((c, os) -> {
      List<String> all = new ArrayList<>(List.of(c));
      os.forEach(all::addAll);
      return all;
    });
  }

  private record Input(byte[] tree, byte[] measurements, List<String> args) {
    @Override
    public String toString() {
      return "args " + args + "\ntree " + new String(tree, StandardCharsets.UTF_8) + "\nmeasurements "
          + new String(measurements, StandardCharsets.UTF_8);
    }
  }

  private void check(Input in) throws Exception {
    Path run = Files.createTempDirectory(dir, "run");
    Files.write(run.resolve("t.csv"), in.tree());
    Files.write(run.resolve("m.csv"), in.measurements());
    Path out = Files.createDirectories(run.resolve("out"));
    List<String> args = new ArrayList<>();
    for (String a : in.args()) {
      args.add(a.endsWith(".csv") || a.startsWith("out/") ? run.resolve(a).toString() : a);
    }
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Grassroots.run(args.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    synchronized (OUTCOMES) {
      OUTCOMES.computeIfAbsent("exit " + code, k -> new AtomicInteger()).incrementAndGet();
    }
    String all = stdout + "\n" + stderr;
    // validate reports a file's errors on standard output (it is its result); every other command on standard error
    String err = in.args().contains("validate") ? all : stderr.toString();
    assertThat(code).as(in + "\n" + all).isIn(Grassroots.OK, Grassroots.INVALID, Grassroots.USAGE, Grassroots.IO);
    assertThat(all).as(in.toString()).doesNotContain("\tat ", "Exception", "Error:", "unexpected error");
    if (code == Grassroots.INVALID || code == Grassroots.IO) {
      assertThat(err).as(in + "\n" + err).containsPattern("[\\u4e00-\\u9fff]"); // both languages
      for (String f : new String[] {"t.csv", "m.csv"}) {
        if (err.contains(run.resolve(f) + ":")) {
          assertThat(err).as(in + "\n" + err).containsPattern(java.util.regex.Pattern.quote(run.resolve(f).toString())
              + "(:\\d+)?[:：]");
        }
      }
    }
    if (code != Grassroots.OK) {
      try (Stream<Path> left = Files.list(out)) {
        assertThat(left).as("nothing written on refusal: " + in + "\n" + err).isEmpty();
      }
    }
  }

  private void fuzz(Arbitrary<Input> inputs) throws Exception {
    for (Input in : inputs.sampleStream().limit(TRIES).toList()) {
      check(in);
    }
  }

  @Test
  void treeFiles() throws Exception {
    fuzz(csv(TREE, ODD).map(t -> new Input(t, MEASUREMENTS.getBytes(StandardCharsets.UTF_8),
        List.of("assess", "--tree", "t.csv", "--units", "out/units.csv"))));
  }

  @Test
  void measurementsFiles() throws Exception {
    fuzz(csv(MEASUREMENTS, ODD).map(m -> new Input(TREE.getBytes(StandardCharsets.UTF_8), m,
        List.of("assess", "--tree", "t.csv", "--measurements", "m.csv", "--units", "out/units.csv",
            "--measurements-out", "out/m.csv"))));
  }

  @Test
  void argumentVectors() throws Exception {
    fuzz(Combinators.combine(csv(TREE, ODD), csv(MEASUREMENTS, ODD), args()).as(Input::new));
  }

  @AfterAll
  static void counts() {
    int total = OUTCOMES.values().stream().mapToInt(AtomicInteger::get).sum();
    System.out.println("cli fuzz: " + total + " inputs tried; outcomes " + OUTCOMES + " (-Dgrassroots.fuzz.tries="
        + TRIES + " per test)");
  }
}
