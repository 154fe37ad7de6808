package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.members.Member;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Paging (分页): pages concatenate to the whole listing in binary (ASCII) id order, {@code hasMore}
 * is exact at the edges, and a page past the end is empty.
 */
public abstract class PagingContract extends ContractSupport {

  /** Ids chosen so that binary order differs from case-insensitive and numeric order. */
  private static final List<String> IDS = List.of("b", "B", "a", "A", "_", "-", ".", "9", "10", "1",
      "a:1", "a.1", "a-1", "a_1", "Z", "z", "zz", "za", "aa", "ab", "AB", "x9", "x10");

  private static List<String> sorted() {
    List<String> s = new ArrayList<>(IDS);
    s.sort(String::compareTo);
    return s;
  }

  private DistrictId units() {
    DistrictId d = freshDistrict();
    List<OrgUnit> batch = new ArrayList<>();
    batch.add(unit(d, "top", null));
    for (String id : IDS) {
      batch.add(unit(d, id, "top"));
    }
    provider().organizations().createAll(change("paging"), batch);
    return d;
  }

  @Test
  void pagesConcatenateToTheIdOrderedListing() {
    DistrictId d = units();
    List<String> expected = new ArrayList<>(sorted());
    expected.add("top");
    expected.sort(String::compareTo);
    for (int size : new int[] {1, 2, 3, 5, 7, 23, 24, 25, 100}) {
      List<OrgUnit> got = all(p -> provider().organizations().list(d, p), size);
      assertThat(ids(got)).as("page size %d", size).isEqualTo(expected);
    }
    assertThat(ids(provider().organizations().children(d, uid("top")))).isEqualTo(sorted());
  }

  @Test
  void hasMoreIsExactAtTheEdges() {
    DistrictId d = units();
    int n = IDS.size() + 1;
    Page<OrgUnit> exact = provider().organizations().list(d, PageRequest.first(n));
    assertThat(exact.items()).hasSize(n);
    assertThat(exact.hasMore()).isFalse();
    assertThat(exact.next()).isEmpty();
    Page<OrgUnit> oneShort = provider().organizations().list(d, PageRequest.first(n - 1));
    assertThat(oneShort.items()).hasSize(n - 1);
    assertThat(oneShort.hasMore()).isTrue();
    Page<OrgUnit> last = provider().organizations().list(d, new PageRequest(n - 1, 5));
    assertThat(last.items()).hasSize(1);
    assertThat(last.hasMore()).isFalse();
    Page<OrgUnit> past = provider().organizations().list(d, new PageRequest(n, 5));
    assertThat(past.items()).isEmpty();
    assertThat(past.hasMore()).isFalse();
    assertThat(provider().organizations().list(d, new PageRequest(n + 100, 5)).items()).isEmpty();
    Page<OrgUnit> empty = provider().organizations().list(freshDistrict(), PageRequest.first(5));
    assertThat(empty.items()).isEmpty();
    assertThat(empty.hasMore()).isFalse();
  }

  @Test
  void membersAndAlliancesPageInIdOrder() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    List<Member> ms = new ArrayList<>();
    for (String id : IDS) {
      ms.add(member(d, id, "org"));
    }
    provider().members().createAll(change("paging"), ms);
    for (String id : IDS.subList(0, 9)) {
      provider().alliances().create(change("a"), Alliance.of(d, AllianceId.of(id), "alliance", uid("org")));
    }
    for (int size : new int[] {1, 4, 23, 30}) {
      assertThat(all(p -> provider().members().list(d, p), size)).extracting(m -> m.id().value())
          .isEqualTo(sorted());
    }
    List<String> alliances = new ArrayList<>(IDS.subList(0, 9));
    alliances.sort(String::compareTo);
    assertThat(all(p -> provider().alliances().list(d, p), 2)).extracting(a -> a.id().value())
        .isEqualTo(alliances);
    assertThat(provider().alliances().list(d, PageRequest.first(9)).hasMore()).isFalse();
    assertThat(provider().alliances().list(d, PageRequest.first(8)).hasMore()).isTrue();
    assertThat(provider().members().byOrganization(d, uid("org"))).extracting(m -> m.id().value())
        .isEqualTo(sorted());
  }

  @Test
  void auditPagesInSequenceOrder() {
    DistrictId d = units();
    long n = provider().audit().count(d);
    assertThat(n).isEqualTo(IDS.size() + 1);
    var all = all(p -> provider().audit().list(d, p), 4);
    assertThat(all).hasSize((int) n);
    assertThat(all).extracting(e -> e.sequence()).isSorted().doesNotHaveDuplicates();
    assertThat(provider().audit().list(d, new PageRequest(n, 3)).items()).isEmpty();
    assertThat(provider().audit().list(d, new PageRequest(n - 3, 3)).hasMore()).isFalse();
    assertThat(provider().audit().list(d, new PageRequest(n - 4, 3)).hasMore()).isTrue();
  }
}
