package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.ledgers.EntryId;
import org.grassroots.ledgers.LedgerEntry;
import org.grassroots.ledgers.LedgerKind;
import org.grassroots.ledgers.LedgerRecordKinds;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.members.PhoneNumber;
import org.grassroots.orders.OrderId;
import org.grassroots.orders.OrderKind;
import org.grassroots.orders.OrderRecordKinds;
import org.grassroots.orders.ServiceOrder;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.RecordKind;
import org.grassroots.spi.Versioned;
import org.grassroots.volunteering.TeamId;
import org.grassroots.volunteering.VolunteerTeam;
import org.grassroots.volunteering.VolunteeringRecordKinds;
import org.junit.jupiter.api.Test;

/**
 * Personal data never whole outside the value (个人信息不外泄): for every type with personal fields —
 * members (ID number, phone), ledger entries (subject), service orders (request), volunteer teams
 * (roster) — every refusal the store makes (duplicate id, missing unit, stale version, a batch
 * failing at an item) and every {@code toString} (values, stored records, audit entries,
 * exceptions) are printed whole, stack trace, causes and suppressed exceptions included, as a
 * host's {@code log.error("…", e)} would print them, and none holds a personal value whole; nor
 * does any line the library logs meanwhile, at any level ({@link LibraryLogs}).
 */
public abstract class PersonalDataContract extends ContractSupport {
  /** A valid ID number none of the other tests uses (birth date 1975-06-15). */
  protected static final IdNumber ID_NUMBER = idNumberOf("11010519750615123");
  protected static final IdNumber OTHER_ID_NUMBER = idNumberOf("11010519750615456");
  protected static final PhoneNumber PHONE = PhoneNumber.parse("13912348765");
  protected static final String SUBJECT = "困难家庭王秘密住幸福里3号楼502室需要帮扶";
  protected static final String REQUEST = "居民赵隐私请求上门理发联系人孙某";
  protected static final List<String> VOLUNTEERS = List.of("vol-wang-private", "vol-li-private");

  private static IdNumber idNumberOf(String base) {
    return IdNumber.parse(base + IdNumber.checkCharacter(base));
  }

  /** The personal values whole, and the part of the ID number and phone that masking hides. */
  protected static List<String> secrets() {
    List<String> out = new ArrayList<>(List.of(ID_NUMBER.reveal(), OTHER_ID_NUMBER.reveal(), PHONE.reveal(),
        SUBJECT, REQUEST, ID_NUMBER.reveal().substring(3, 17), PHONE.reveal().substring(3, 9),
        SUBJECT.substring(1), REQUEST.substring(1)));
    out.addAll(VOLUNTEERS);
    return out;
  }

  /** Besides every ID number and phone: the free texts and rosters of this suite, in no log line. */
  @Override
  protected List<String> personalValues() {
    return secrets();
  }

  /** Everything a host's logger prints for {@code t}: its stack trace with causes and suppressed. */
  protected static String printed(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  /** Asserts that {@code text} (what {@code what} printed) holds no personal value whole. */
  protected static void assertNoPersonalValue(String what, String text) {
    for (String secret : secrets()) {
      assertThat(text).as("%s must not hold a personal value", what).doesNotContain(secret);
    }
  }

  /** Runs {@code call}, which must be refused, and checks everything its exception prints. */
  protected static Throwable refused(String what, Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("%s must be refused", what).isNotNull();
    assertNoPersonalValue(what, printed(t));
    assertNoPersonalValue(what + " (toString)", String.valueOf(t));
    return t;
  }

  protected Member personalMember(DistrictId d, String id, String org) {
    return Member.of(d, MemberId.of(id), "成员 " + id, ID_NUMBER, uid(org)).withPhone(PHONE);
  }

  protected static LedgerEntry ledgerEntry(String id, String unit) {
    return LedgerEntry.open(EntryId.of(id), LedgerKind.ASSISTANCE, uid(unit), MemberId.of("m1"), D0, SUBJECT);
  }

  protected static ServiceOrder serviceOrder(String id, String unit) {
    return ServiceOrder.place(OrderId.of(id), uid(unit), OrderKind.values()[0], LocalDateTime.of(2024, 3, 1, 9, 0),
        Duration.ofHours(24), REQUEST);
  }

  protected static VolunteerTeam volunteerTeam(String id, String unit) {
    return VolunteerTeam.of(TeamId.of(id), "志愿服务队 " + id, uid(unit), D0, VOLUNTEERS);
  }

  @Test
  void memberRefusalsPrintNoPersonalValue() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    Member stored = provider().members().create(change("register"), personalMember(d, "m1", "org"));
    assertNoPersonalValue("member", stored.toString());
    refused("duplicate member id", () -> provider().members().create(change("again"),
        Member.of(d, MemberId.of("m1"), "另一人", OTHER_ID_NUMBER, uid("org")).withPhone(PHONE)));
    refused("member of a missing unit", () -> provider().members().create(change("missing"),
        personalMember(d, "m2", "nowhere")));
    Member v2 = provider().members().update(change("moved house"), stored.withPhone(PhoneNumber.parse("13912340000")));
    assertNoPersonalValue("updated member", v2.toString());
    refused("stale member update", () -> provider().members().update(change("stale"), stored.withPhone(PHONE)));
    refused("member batch failing at an item", () -> provider().members().createAll(change("batch"),
        List.of(personalMember(d, "m3", "org"), personalMember(d, "m1", "org"))));
    refused("ID number with a wrong check digit", () -> IdNumber.parse(
        ID_NUMBER.reveal().substring(0, 17) + (ID_NUMBER.reveal().endsWith("0") ? "1" : "0")));
    assertNoPersonalValue("member listing", provider().members().list(d, PageRequest.first(10)).toString());
    assertAuditPrintsNoPersonalValue(d);
  }

  @Test
  void ledgerEntryRefusalsPrintNoPersonalValue() {
    checkRecordKind(LedgerRecordKinds.LEDGER_ENTRY, ledgerEntry("e1", "u1"), ledgerEntry("e2", "u1"));
    refused("subject too long", () -> LedgerEntry.open(EntryId.of("e9"), LedgerKind.DEMAND, uid("u1"),
        MemberId.of("m1"), D0, SUBJECT.repeat(20)));
    assertNoPersonalValue("ledger entry", ledgerEntry("e1", "u1").toString());
  }

  @Test
  void serviceOrderRefusalsPrintNoPersonalValue() {
    checkRecordKind(OrderRecordKinds.SERVICE_ORDER, serviceOrder("o1", "u1"), serviceOrder("o2", "u1"));
    refused("request too long", () -> ServiceOrder.place(OrderId.of("o9"), uid("u1"), OrderKind.values()[0],
        LocalDateTime.of(2024, 3, 1, 9, 0), Duration.ofHours(1), REQUEST.repeat(20)));
    assertNoPersonalValue("service order", serviceOrder("o1", "u1").toString());
  }

  @Test
  void volunteerTeamRefusalsPrintNoPersonalValue() {
    checkRecordKind(VolunteeringRecordKinds.VOLUNTEER_TEAM, volunteerTeam("t1", "u1"), volunteerTeam("t2", "u1"));
    refused("volunteer id of a bad syntax", () -> VolunteerTeam.of(TeamId.of("t9"), "队", uid("u1"), D0,
        List.of("vol-wang-private and more")));
    assertNoPersonalValue("volunteer team", volunteerTeam("t1", "u1").toString());
  }

  /**
   * Stores {@code first}, then is refused a second record with its id, a stale update and a batch
   * failing at its second item; checks the stored record, the refusals and the audit entries.
   */
  private <V> void checkRecordKind(RecordKind<V> kind, V first, V second) {
    DistrictId d = freshDistrict();
    Versioned<V> stored = provider().records().create(change("create"), d, kind, first);
    assertNoPersonalValue(kind.name() + " stored", stored.toString());
    refused(kind.name() + " duplicate id", () -> provider().records().create(change("again"), d, kind, first));
    refused(kind.name() + " stale update", () -> provider().records().update(change("stale"), d, kind, 7, first));
    refused(kind.name() + " batch failing at an item",
        () -> provider().records().createAll(change("batch"), d, kind, List.of(second, first)));
    assertNoPersonalValue(kind.name() + " listing",
        provider().records().list(d, kind, PageRequest.first(10)).toString());
    assertAuditPrintsNoPersonalValue(d);
  }

  private void assertAuditPrintsNoPersonalValue(DistrictId d) {
    List<AuditEntry> entries = provider().audit().list(d, PageRequest.first(100)).items();
    assertThat(entries).isNotEmpty();
    for (AuditEntry e : entries) {
      assertNoPersonalValue("audit entry", e.toString());
      assertNoPersonalValue("audit entry fields", e.before() + " " + e.after());
    }
  }
}
