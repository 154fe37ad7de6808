package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.members.Member;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StorageException;
import org.junit.jupiter.api.Test;

/**
 * Batches are all or nothing: a failing item at index k gives {@link BatchFailedException} with
 * {@code index() == k} and the item's own failure as cause, and nothing of the batch is written —
 * no record, no audit entry. A unit's parent may come earlier in the same batch.
 */
public abstract class BatchContract extends ContractSupport {

  /** A chain of units u0 → u1 → … under {@code top}, each the parent of the next. */
  private static List<OrgUnit> chain(DistrictId d, String top, int n) {
    List<OrgUnit> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(unit(d, "u" + i, i == 0 ? top : "u" + (i - 1)));
    }
    return out;
  }

  @Test
  void parentsEarlierInTheBatchWork() {
    DistrictId d = freshDistrict();
    create(d, "top", null);
    List<OrgUnit> stored = provider().organizations().createAll(change("bulk"), chain(d, "top", 50));
    assertThat(stored).hasSize(50).allSatisfy(u -> assertThat(u.version()).isEqualTo(1));
    assertThat(provider().organizations().count(d)).isEqualTo(51);
    assertThat(provider().organizations().ancestors(d, uid("u49"))).hasSize(50);
    assertThat(provider().audit().count(d)).isEqualTo(51);
  }

  @Test
  void anEmptyBatchWritesNothing() {
    DistrictId d = freshDistrict();
    assertThat(provider().organizations().createAll(change("none"), List.of())).isEmpty();
    assertThat(provider().members().createAll(change("none"), List.of())).isEmpty();
    assertThat(provider().audit().count(d)).isZero();
  }

  @Test
  void aDuplicateOfAStoredUnitFailsAtItsIndexAndWritesNothing() {
    DistrictId d = freshDistrict();
    create(d, "top", null);
    List<OrgUnit> batch = chain(d, "top", 10);
    batch.set(7, unit(d, "top", "u6"));
    assertBatchFails(d, batch, 7, ConflictException.class);
  }

  @Test
  void aDuplicateInsideTheBatchFailsAtTheSecondOccurrence() {
    DistrictId d = freshDistrict();
    create(d, "top", null);
    List<OrgUnit> batch = chain(d, "top", 10);
    batch.add(unit(d, "u3", "top"));
    assertBatchFails(d, batch, 10, ConflictException.class);
  }

  @Test
  void aMissingParentFailsAtItsIndex() {
    DistrictId d = freshDistrict();
    create(d, "top", null);
    List<OrgUnit> batch = chain(d, "top", 6);
    batch.set(0, unit(d, "u0", "ghost"));
    assertBatchFails(d, batch, 0, NotFoundException.class);
  }

  @Test
  void aParentLaterInTheBatchIsNotFoundAtTheChild() {
    DistrictId d = freshDistrict();
    create(d, "top", null);
    List<OrgUnit> batch = new ArrayList<>(chain(d, "top", 5));
    batch.add(3, unit(d, "early", "late"));
    batch.add(unit(d, "late", "top"));
    assertBatchFails(d, batch, 3, NotFoundException.class);
  }

  @Test
  void anInactiveParentFailsAtItsIndex() {
    DistrictId d = freshDistrict();
    create(d, "top", null);
    OrgUnit dead = create(d, "dead", "top");
    provider().organizations().update(change("end"), dead.withEnd(OrgStatus.DISSOLVED, D0.plusDays(1), null));
    List<OrgUnit> batch = chain(d, "top", 8);
    batch.set(5, unit(d, "u5", "dead"));
    assertBatchFails(d, batch, 5, ConflictException.class);
  }

  @Test
  void anItemOfAnotherDistrictFailsAtItsIndex() {
    DistrictId d = freshDistrict();
    DistrictId other = freshDistrict();
    create(d, "top", null);
    create(other, "top", null);
    List<OrgUnit> batch = chain(d, "top", 6);
    batch.set(2, unit(other, "u2", "top"));
    assertBatchFails(d, batch, 2, NotFoundException.class);
    assertThat(provider().organizations().count(other)).isEqualTo(1);
  }

  @Test
  void aFailingMemberFailsAtItsIndexAndWritesNothing() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    provider().members().create(change("m"), member(d, "existing", "org"));
    long audit = provider().audit().count(d);
    List<Member> batch = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      batch.add(member(d, "m" + i, "org"));
    }
    batch.set(4, member(d, "m4", "ghost"));
    BatchFailedException e = catchThrowableOfType(BatchFailedException.class,
        () -> provider().members().createAll(change("bulk"), batch));
    assertThat(e).isNotNull();
    assertThat(e.index()).isEqualTo(4);
    assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
    batch.set(4, member(d, "existing", "org"));
    BatchFailedException dup = catchThrowableOfType(BatchFailedException.class,
        () -> provider().members().createAll(change("bulk"), batch));
    assertThat(dup.index()).isEqualTo(4);
    assertThat(dup.getCause()).isInstanceOf(ConflictException.class);
    assertThat(provider().members().count(d)).isEqualTo(1);
    assertThat(provider().members().find(d, batch.get(0).id())).isEmpty();
    assertThat(provider().audit().count(d)).isEqualTo(audit);
    batch.set(4, member(d, "m4", "org"));
    assertThat(provider().members().createAll(change("bulk"), batch)).hasSize(8);
    assertThat(provider().members().count(d)).isEqualTo(9);
    assertThat(provider().audit().count(d)).isEqualTo(audit + 8);
  }

  // ------------------------------------------------------------ updateAll

  /** {@code top} with {@code n} children c0 … c(n-1), stored. */
  private List<OrgUnit> flat(DistrictId d, int n) {
    create(d, "top", null);
    List<OrgUnit> children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      children.add(unit(d, "c" + i, "top"));
    }
    return provider().organizations().createAll(change("bulk"), children);
  }

  private static List<OrgUnit> renamed(List<OrgUnit> units, String suffix) {
    List<OrgUnit> out = new ArrayList<>();
    for (OrgUnit u : units) {
      out.add(u.withName(u.name() + suffix, D0.plusDays(1)));
    }
    return out;
  }

  @Test
  void updateAllRevisesEveryUnitAndAuditsEach() {
    DistrictId d = freshDistrict();
    List<OrgUnit> stored = flat(d, 30);
    long audit = provider().audit().count(d);
    List<OrgUnit> out = provider().organizations().updateAll(change("rename"), renamed(stored, " 新"));
    assertThat(out).hasSize(30).allSatisfy(u -> assertThat(u.version()).isEqualTo(2));
    assertThat(out.get(7).id()).isEqualTo(uid("c7"));
    assertThat(provider().organizations().get(d, uid("c7")).name()).endsWith(" 新");
    assertThat(provider().organizations().history(d, uid("c7"))).hasSize(2);
    assertThat(provider().audit().count(d)).isEqualTo(audit + 30);
  }

  @Test
  void aStaleItemFailsUpdateAllAtItsIndexAndChangesNothing() {
    DistrictId d = freshDistrict();
    List<OrgUnit> stored = flat(d, 30);
    provider().organizations().update(change("one"), stored.get(17).withName("改名", D0.plusDays(1)));
    assertUpdateAllFails(d, renamed(stored, " 新"), 17, org.grassroots.spi.StaleVersionException.class);
  }

  @Test
  void anUnknownOrTwiceListedUnitFailsUpdateAllAtItsIndex() {
    DistrictId d = freshDistrict();
    List<OrgUnit> stored = flat(d, 10);
    List<OrgUnit> batch = renamed(stored, " 新");
    batch.set(4, unit(d, "ghost", "top").withVersion(1));
    assertUpdateAllFails(d, batch, 4, NotFoundException.class);
    List<OrgUnit> twice = renamed(stored, " 新");
    twice.add(twice.get(2));
    assertUpdateAllFails(d, twice, 10, ConflictException.class);
  }

  @Test
  void updateAllMayEndChildrenBeforeTheirParentButNotAfter() {
    DistrictId d = freshDistrict();
    List<OrgUnit> children = flat(d, 3);
    OrgUnit top = provider().organizations().get(d, uid("top"));
    List<OrgUnit> parentFirst = new ArrayList<>();
    parentFirst.add(top.withEnd(OrgStatus.DISSOLVED, D0.plusDays(2), null));
    for (OrgUnit c : children) {
      parentFirst.add(c.withEnd(OrgStatus.DISSOLVED, D0.plusDays(2), null));
    }
    assertUpdateAllFails(d, parentFirst, 0, ConflictException.class);
    List<OrgUnit> childrenFirst = new ArrayList<>(parentFirst.subList(1, 4));
    childrenFirst.add(parentFirst.get(0));
    assertThat(provider().organizations().updateAll(change("end"), childrenFirst))
        .allSatisfy(u -> assertThat(u.status()).isEqualTo(OrgStatus.DISSOLVED));
    assertThat(provider().organizations().get(d, uid("top")).status()).isEqualTo(OrgStatus.DISSOLVED);
  }

  private void assertUpdateAllFails(DistrictId d, List<OrgUnit> batch, int index,
      Class<? extends StorageException> cause) {
    long audit = provider().audit().count(d);
    List<OrgUnit> before = provider().organizations().list(d, org.grassroots.spi.PageRequest.first(1000)).items();
    BatchFailedException e = catchThrowableOfType(BatchFailedException.class,
        () -> provider().organizations().updateAll(change("bulk"), batch));
    assertThat(e).as("batch refused").isNotNull();
    assertThat(e.index()).isEqualTo(index);
    assertThat(e.getCause()).isInstanceOf(cause);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
    assertThat(provider().organizations().list(d, org.grassroots.spi.PageRequest.first(1000)).items()).isEqualTo(before);
  }

  private void assertBatchFails(DistrictId d, List<OrgUnit> batch, int index,
      Class<? extends StorageException> cause) {
    long units = provider().organizations().count(d);
    long audit = provider().audit().count(d);
    List<OrgUnit> before = provider().organizations().list(d, org.grassroots.spi.PageRequest.first(1000)).items();
    BatchFailedException e = catchThrowableOfType(BatchFailedException.class,
        () -> provider().organizations().createAll(change("bulk"), batch));
    assertThat(e).as("batch refused").isNotNull();
    assertThat(e.index()).isEqualTo(index);
    assertThat(e.getCause()).isInstanceOf(cause);
    assertThat(provider().organizations().count(d)).isEqualTo(units);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
    assertThat(provider().organizations().list(d, org.grassroots.spi.PageRequest.first(1000)).items()).isEqualTo(before);
    assertThat(provider().organizations().find(d, uid("u1"))).isEmpty();
  }
}
