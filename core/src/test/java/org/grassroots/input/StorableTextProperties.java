package org.grassroots.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.ledgers.EntryId;
import org.grassroots.ledgers.LedgerEntry;
import org.grassroots.ledgers.LedgerKind;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.orders.OrderId;
import org.grassroots.orders.OrderKind;
import org.grassroots.orders.ServiceOrder;
import org.grassroots.volunteering.TeamId;
import org.grassroots.volunteering.VolunteerTeam;

/**
 * Text that not every store keeps as given — NUL, which PostgreSQL refuses while H2 and the
 * in-memory store keep it, and unpaired surrogates, which UTF-8 cannot encode — is refused by the
 * value constructors with the bilingual error naming the field, so every adapter stores the same;
 * text with supplementary characters (surrogate pairs) and other controls is kept whole.
 */
class StorableTextProperties {
  private static final DistrictId D = DistrictId.of("d");
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  /** A text field of a value type: its field name, whether it is personal, and how to build the value. */
  private record TextField(String field, boolean personal, Function<String, Object> build) {
    @Override
    public String toString() {
      return field;
    }
  }

  private static final List<TextField> FIELDS = List.of(
      new TextField("orgUnit.name", false,
          t -> OrgUnit.establish(D, OrgUnitId.of("u"), OrgKind.COMMUNITY_ORG, t, null, D0)),
      new TextField("member.name", false,
          t -> Member.of(D, MemberId.of("m"), t, IdNumber.parse("11010519800101001" + IdNumber.checkCharacter("11010519800101001")), OrgUnitId.of("u"))),
      new TextField("change.reason", false, t -> Change.of("admin", t, Instant.EPOCH)),
      new TextField("change.actor", false, t -> Change.of(t, "reason", Instant.EPOCH)),
      new TextField("alliance.name", false, t -> Alliance.of(D, AllianceId.of("a"), t, OrgUnitId.of("u"))),
      new TextField("volunteerTeam.name", false,
          t -> VolunteerTeam.of(TeamId.of("t"), t, OrgUnitId.of("u"), D0, List.of("p1"))),
      new TextField("ledgerEntry.subject", true,
          t -> LedgerEntry.open(EntryId.of("e"), LedgerKind.DEMAND, OrgUnitId.of("u"), MemberId.of("m"), D0, t)),
      new TextField("serviceOrder.request", true,
          t -> ServiceOrder.place(OrderId.of("o"), OrgUnitId.of("u"), OrderKind.values()[0],
              LocalDateTime.of(2024, 1, 1, 8, 0), Duration.ofHours(2), t)));

  @Provide
  Arbitrary<TextField> fields() {
    return Arbitraries.of(FIELDS);
  }

  /** Chinese, ASCII, supplementary characters (surrogate pairs such as 𠀀 and 😀), tabs. */
  @Provide
  Arbitrary<String> goodText() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(5),
        Arbitraries.of("\uD840\uDC00", "\uD83D\uDE00", "\t", " ", "\u0007", "\u00e9"));
    return piece.list().ofMinSize(1).ofMaxSize(12).map(l -> "x" + String.join("", l) + "y");
  }

  @Provide
  Arbitrary<String> unstorable() {
    return Arbitraries.of("\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D");
  }

  @Property(tries = 300)
  void unstorableTextIsRefusedNamingTheField(@ForAll("fields") TextField f, @ForAll("goodText") String text,
      @ForAll("unstorable") String bad, @ForAll("positions") int where) {
    int at = where % (text.length() + 1);
    // keep surrogate pairs whole: insert between code points
    while (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
      at--;
    }
    String poisoned = text.substring(0, at) + bad + text.substring(at);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> f.build().apply(poisoned));
    assertThat(e).as("%s with %s", f, escape(poisoned)).isNotNull();
    assertThat(e.key()).isEqualTo("input.unstorable");
    assertThat(e.field()).isEqualTo(f.field());
    assertThat(e.getMessage(Locale.ENGLISH)).contains(f.field()).contains("not every database can store");
    assertThat(e.getMessage(Locale.CHINESE)).contains(f.field()).contains("并非所有数据库都能存储");
    assertThat(e.getMessage()).doesNotContain("\u0000");
    if (f.personal()) {
      assertThat(e.getMessage()).doesNotContain(text.substring(1));
    }
  }

  @Property(tries = 300)
  void storableTextIsKeptWhole(@ForAll("fields") TextField f, @ForAll("goodText") String text) {
    Object value = f.build().apply(text);
    assertThat(value).isNotNull();
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Property(tries = 100)
  void aLoneSurrogateIsFoundWhereverItIs(@ForAll("goodText") String text, @ForAll("unstorable") String bad) {
    String s = text + bad;
    assertThatThrownBy(() -> Check.storable("f", s)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("character " + (text.length() + 1));
    assertThat(Check.storable("f", text)).isSameAs(text);
  }

  @Property(tries = 1)
  void aPersonalTextTooLongIsShownMasked() {
    String subject = "困难家庭张某某住幸福里3号楼502室".repeat(12);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () ->
        LedgerEntry.open(EntryId.of("e"), LedgerKind.DEMAND, OrgUnitId.of("u"), MemberId.of("m"), D0, subject));
    assertThat(e.key()).isEqualTo("input.tooLong");
    assertThat(e.getMessage()).doesNotContain("张某某").doesNotContain("幸福里").contains("ledgerEntry.subject");
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 0x20 || Character.isSurrogate((char) c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return sb.toString();
  }
}
