package org.grassroots.spi.jdbc;

import java.util.List;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;

/**
 * Members found by ID number (按身份证号查找党员) whatever form the codec stores it in: the codec names
 * the text every stored form of the number starts with (the number itself as given, or the keyed
 * hash before an encrypted value), and the query matches that prefix, bound, never in the SQL.
 */
final class MemberLookup {
  private final Db db;
  private final MemberRows rows;
  private final PersonalDataCodec codec;
  private final String select;

  MemberLookup(Db db, PersonalDataCodec codec) {
    this.db = db;
    this.codec = codec;
    this.rows = new MemberRows(db.tables, codec);
    this.select = "SELECT " + MemberRows.COLUMNS + " FROM " + db.tables.member()
        + " WHERE district = ? AND id_number LIKE ? ESCAPE '!' ORDER BY id";
  }

  List<Member> byIdNumber(DistrictId district, IdNumber idNumber) {
    Check.notNull("district", district);
    Check.notNull("idNumber", idNumber);
    String prefix = codec.storedPrefix(PersonalDataCodec.ID_NUMBER, idNumber.reveal())
        .orElseThrow(() -> new org.grassroots.spi.StorageException("jdbc.personalData.noLookup"));
    String pattern = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    List<Member> found = db.read("members.byIdNumber", c -> Db.query(c, select, rs -> rows.read(rs, district),
        district.value(), pattern));
    // The prefix is exact for the shipped codecs; a host's codec gets its decoded values checked.
    return found.stream().filter(m -> m.idNumber().equals(idNumber)).toList();
  }
}
