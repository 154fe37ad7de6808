package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.alliance.Alliance;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.AuditStore;
import org.junit.jupiter.api.Test;

/**
 * The audit trail: every change leaves an entry with actor, reason, time, and the subject's fields
 * before (empty on create) and after; entries per subject oldest first; sequences increase; personal
 * data (ID number, phone) masked in entries and never shown whole in any exception message.
 */
public abstract class AuditContract extends ContractSupport {

  private AuditStore audit() {
    return provider().audit();
  }

  @Test
  void createAndUpdateLeaveEntriesWithBeforeAndAfter() {
    DistrictId d = freshDistrict();
    Change c1 = change("设立");
    OrgUnit v1 = provider().organizations().create(c1, unit(d, "u", null));
    Change c2 = change("更名");
    OrgUnit v2 = provider().organizations().update(c2, v1.withName("新名", D0.plusDays(1)));
    Change c3 = change("移动");
    create(d, "p", null);
    OrgUnit v3 = provider().organizations().move(c3, d, uid("u"), 2, uid("p"), D0.plusDays(2));

    List<AuditEntry> trail = audit().forSubject(d, AuditEntry.ORG_UNIT, "u");
    assertThat(trail).hasSize(3);
    assertEntry(trail.get(0), d, AuditEntry.ORG_UNIT, "u", "create", c1);
    assertThat(trail.get(0).before()).isEmpty();
    assertThat(trail.get(0).after()).isEqualTo(v1.describe());
    assertEntry(trail.get(1), d, AuditEntry.ORG_UNIT, "u", "update", c2);
    assertThat(trail.get(1).before()).isEqualTo(v1.describe());
    assertThat(trail.get(1).after()).isEqualTo(v2.describe());
    assertEntry(trail.get(2), d, AuditEntry.ORG_UNIT, "u", "move", c3);
    assertThat(trail.get(2).before()).isEqualTo(v2.describe());
    assertThat(trail.get(2).after()).isEqualTo(v3.describe());
    assertThat(trail).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(audit().count(d)).isEqualTo(4);
  }

  @Test
  void mergeLeavesAnEntryPerChangedRecord() {
    DistrictId d = freshDistrict();
    create(d, "r", null);
    create(d, "gone", "r");
    create(d, "keep", "r");
    create(d, "child", "gone");
    provider().members().create(change("m"), member(d, "m", "gone"));
    Change merge = change("调整归并");
    provider().organizations().merge(merge, d, uid("gone"), 1, uid("keep"), D0.plusDays(3));
    for (String[] s : new String[][] {{AuditEntry.ORG_UNIT, "gone"}, {AuditEntry.ORG_UNIT, "child"},
        {AuditEntry.MEMBER, "m"}}) {
      List<AuditEntry> t = audit().forSubject(d, s[0], s[1]);
      AuditEntry last = t.get(t.size() - 1);
      assertEntry(last, d, s[0], s[1], "merge", merge);
      assertThat(last.before()).isNotEmpty().isNotEqualTo(last.after());
    }
  }

  @Test
  void memberAndAllianceChangesAreAuditedAndPersonalDataIsMasked() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    Member in = member(d, "m1", "org");
    Change c = change("登记");
    Member v1 = provider().members().create(c, in);
    Member v2 = provider().members().update(change("迁出"), v1.withActive(false));
    List<AuditEntry> t = audit().forSubject(d, AuditEntry.MEMBER, "m1");
    assertThat(t).hasSize(2);
    assertEntry(t.get(0), d, AuditEntry.MEMBER, "m1", "create", c);
    assertThat(t.get(1).before()).isEqualTo(v1.describe());
    assertThat(t.get(1).after()).isEqualTo(v2.describe());
    String id = in.idNumber().reveal();
    String phone = in.phone().orElseThrow().reveal();
    for (AuditEntry e : t) {
      assertThat(e.after().get("idNumber")).isEqualTo(in.idNumber().masked());
      assertThat(e.after().toString()).doesNotContain(id).doesNotContain(phone);
      assertThat(e.before().toString()).doesNotContain(id).doesNotContain(phone);
      assertThat(e.toString()).doesNotContain(id).doesNotContain(phone);
    }
    Alliance a = provider().alliances().create(change("大党工委"), Alliance.of(d,
        org.grassroots.alliance.AllianceId.of("a1"), "大党工委", uid("org")));
    assertThat(audit().forSubject(d, AuditEntry.ALLIANCE, "a1")).singleElement()
        .satisfies(e -> assertThat(e.after()).isEqualTo(a.describe()));
  }

  @Test
  void exceptionMessagesNeverShowPersonalDataWhole() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    Member in = member(d, "m1", "org");
    Member v1 = provider().members().create(change("m"), in);
    String id = in.idNumber().reveal();
    String phone = in.phone().orElseThrow().reveal();
    List<Throwable> thrown = new ArrayList<>();
    thrown.add(catchThrowable(() -> provider().members().create(change("dup"), in)));
    thrown.add(catchThrowable(() -> provider().members().update(change("stale"), v1.withVersion(5))));
    thrown.add(catchThrowable(() -> provider().members().create(change("ghost"),
        Member.of(d, MemberId.of("m2"), "x", in.idNumber(), uid("ghost")).withPhone(in.phone().get()))));
    thrown.add(catchThrowable(() -> provider().members().createAll(change("batch"),
        List.of(member(d, "m3", "org"), in))));
    thrown.add(catchThrowable(() -> provider().members().update(change("ghost org"),
        v1.withOrganization(uid("ghost")))));
    assertThat(thrown).doesNotContainNull();
    for (Throwable t : thrown) {
      for (Throwable x = t; x != null; x = x.getCause()) {
        assertThat(String.valueOf(x.getMessage())).doesNotContain(id).doesNotContain(phone);
        assertThat(x.toString()).doesNotContain(id).doesNotContain(phone);
      }
    }
  }

  @Test
  void refusedChangesLeaveNoEntryAndTheTrailPagesInSequenceOrder() {
    DistrictId d = freshDistrict();
    OrgUnit u = create(d, "u", null);
    for (int i = 1; i <= 6; i++) {
      u = provider().organizations().update(change("r" + i), u.withName("n" + i, D0.plusDays(i)));
    }
    long n = audit().count(d);
    catchThrowable(() -> provider().organizations().create(change("dup"), unit(d, "u", null)));
    catchThrowable(() -> provider().organizations().update(change("stale"), unit(d, "u", null).withVersion(1)));
    assertThat(audit().count(d)).isEqualTo(n).isEqualTo(7);
    List<AuditEntry> paged = all(p -> audit().list(d, p), 3);
    assertThat(paged).hasSize(7);
    assertThat(paged).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(paged).extracting(AuditEntry::reason).startsWith("create u", "r1", "r2");
    assertThat(paged).allSatisfy(e -> assertThat(e.district()).isEqualTo(d));
  }

  private static void assertEntry(AuditEntry e, DistrictId d, String type, String id, String action,
      Change c) {
    assertThat(e.district()).isEqualTo(d);
    assertThat(e.subjectType()).isEqualTo(type);
    assertThat(e.subjectId()).isEqualTo(id);
    assertThat(e.action()).isEqualTo(action);
    assertThat(e.actor()).isEqualTo(c.actor());
    assertThat(e.reason()).isEqualTo(c.reason());
    assertThat(e.at()).isEqualTo(c.at());
  }
}
