package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.reports.Csv;

/** What the tool writes as CSV, its own readers read back unchanged, formula characters and all. */
class CsvRoundTripProperties {
  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("=+-@\t\r\n'\", ;a1.中").ofMaxLength(8);
  }

  @Property(tries = 300)
  void anyCellsReadBackAsWritten(@ForAll @Size(min = 1, max = 5) List<@Size(3) List<@From("cells") String>> rows)
      throws Exception {
    List<List<String>> all = new ArrayList<>();
    all.add(List.of("id", "parent", "kind"));
    all.addAll(rows);
    for (String c : rows.stream().flatMap(List::stream).toList()) {
      String written = Csv.field(c);
      assertThat(Csv.unneutralised(written.startsWith("\"") ? written.substring(1, written.length() - 1)
          .replace("\"\"", "\"") : written)).isEqualTo(c);
    }
    Path f = Files.createTempFile("cells", ".csv");
    try {
      Files.writeString(f, Csv.of(all), StandardCharsets.UTF_8);
      List<List<String>> read = new ArrayList<>();
      CsvRows.read(f, StandardCharsets.UTF_8, List.of("id", "parent", "kind"), 0, new RunControl(), "test", (line, v) -> read.add(List.of(v)));
      assertThat(read).isEqualTo(rows);
    } finally {
      Files.delete(f);
    }
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("-+a0._:").ofMinLength(1).ofMaxLength(6);
  }

  @Property(tries = 200)
  void aTreeWithIdsLikeFormulasReadsBackAsTheSameTree(@ForAll @Size(min = 1, max = 8) List<@From("ids") String> raw)
      throws Exception {
    List<String> idTexts = raw.stream().distinct().filter(s -> {
      try {
        OrgUnitId.of(s);
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }).toList();
    net.jqwik.api.Assume.that(!idTexts.isEmpty());
    TreeSnapshot.Builder b = TreeSnapshot.builder(idTexts.size());
    for (int i = 0; i < idTexts.size(); i++) {
      b.add(OrgUnitId.of(idTexts.get(i)), i == 0 ? null : OrgUnitId.of(idTexts.get(i / 2)),
          i == 0 ? OrgKind.DISTRICT : OrgKind.COMMUNITY);
    }
    TreeSnapshot tree = b.build();
    Path f = Files.createTempFile("tree", ".csv");
    try {
      try (var w = Files.newBufferedWriter(f)) {
        TreeCsv.write(tree, w);
      }
      TreeSnapshot back = TreeCsv.read(f, java.nio.charset.StandardCharsets.UTF_8, new RunControl());
      assertThat(back.size()).isEqualTo(tree.size());
      for (int i = 0; i < tree.size(); i++) {
        assertThat(back.id(i)).isEqualTo(tree.id(i));
        assertThat(back.parent(i)).isEqualTo(tree.parent(i));
        assertThat(back.kind(i)).isEqualTo(tree.kind(i));
      }
    } finally {
      Files.delete(f);
    }
  }
}
