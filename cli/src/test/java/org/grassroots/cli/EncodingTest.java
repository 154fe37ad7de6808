package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --tree and --measurements in other encodings (GBK/GB18030 from Excel), and files with no data row. */
class EncodingTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String TREE = "id,parent,kind\nd,,district\ns1,d,street\nc1,s1,community\nc2,s1,community\n";
  private final ToolRun tool = new ToolRun();
  @TempDir
  Path dir;


  private Path file(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private int assess(Path tree, Path measurements, String... more) {
    String[] args = {"assess", "--tree", tree.toString(), "--measurements", measurements.toString(), "--units",
        dir.resolve("units.csv").toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return tool.fresh(all);
  }

  @Test
  void aGbkMeasurementsFileIsRefusedAtItsLineInBothLanguagesSayingHowToConvert() throws Exception {
    Path t = file("t.csv", TREE.getBytes(StandardCharsets.UTF_8));
    Path m = file("m.csv", "unit,indicator,value\nc1,i0,50\nc2,i0,八十\n".getBytes(GB18030));
    assertThat(assess(t, m)).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("m.csv:3: the file is not valid UTF-8", "--encoding GB18030",
        "iconv -f GB18030 -t UTF-8", "CSV UTF-8", "m.csv:3：文件不是有效的 UTF-8 编码").doesNotContain("Exception",
        "\tat ", "middle byte");
    assertThat(dir.resolve("units.csv")).doesNotExist();
    // read as what it is, the file gets as far as its real fault: a value that is not a number
    assertThat(assess(t, m, "--encoding", "GB18030")).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("m.csv:3: column value: \"八十\" is not a decimal number");
  }

  @Test
  void aGbkTreeIsRefusedAtItsLineAndReadWithItsEncoding() throws Exception {
    Path t = file("t.csv", (TREE + "c3,s1,社区\n").getBytes(GB18030));
    Path m = file("m.csv", "unit,indicator,value\nc1,i0,50\n".getBytes(StandardCharsets.UTF_8));
    assertThat(assess(t, m)).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("t.csv:6: the file is not valid UTF-8", "t.csv:6：文件不是有效的 UTF-8 编码");
    assertThat(assess(t, m, "--encoding", "GB18030")).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("t.csv:6: column kind: \"社区\" is not a kind code");
  }

  @Test
  void aByteOrderMarkIsToleratedInEitherEncoding() throws Exception {
    Path t = file("t.csv", ("\uFEFF" + TREE).getBytes(GB18030));
    Path m = file("m.csv", "\uFEFFunit,indicator,value\nc1,i0,50\n".getBytes(GB18030));
    assertThat(assess(t, m, "--encoding", "GB18030")).as(tool.err.toString()).isZero();
    assertThat(assess(t, m)).isEqualTo(Grassroots.INVALID); // the GB18030 mark is not UTF-8
    Path t8 = file("t8.csv", ("\uFEFF" + TREE).getBytes(StandardCharsets.UTF_8));
    Path m8 = file("m8.csv", "\uFEFFunit,indicator,value\nc1,i0,50\n".getBytes(StandardCharsets.UTF_8));
    assertThat(assess(t8, m8)).as(tool.err.toString()).isZero();
  }

  @Test
  void anUnknownEncodingIsAUsageError() throws Exception {
    Path t = file("t.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(tool.fresh("assess", "--tree", t.toString(), "--encoding", "no-such-charset")).isEqualTo(Grassroots.USAGE);
  }

  @Test
  void aMeasurementsFileOrATreeWithOnlyAHeaderIsRefused() throws Exception {
    Path t = file("t.csv", TREE.getBytes(StandardCharsets.UTF_8));
    Path m = file("m.csv", "unit,indicator,value\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(assess(t, m)).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("m.csv:1: the file has the header \"unit,indicator,value\" but no data row",
        "m.csv:1：文件只有表头");
    Path empty = file("e.csv", "id,parent,kind\n\n".getBytes(StandardCharsets.UTF_8));
    assertThat(assess(empty, m)).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("e.csv:1: the file has the header \"id,parent,kind\" but no data row");
    assertThat(dir.resolve("units.csv")).doesNotExist();
  }
}
