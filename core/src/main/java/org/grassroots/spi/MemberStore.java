package org.grassroots.spi;

import java.util.List;
import java.util.Optional;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.input.Check;

/**
 * Storage of Party members (党员存储). A member's organisation, serving community and household must
 * be units of the same district.
 */
public interface MemberStore {
  /**
   * Stores a new member (version 0 in, 1 out).
   *
   * @throws ConflictException id already used in the district, or a referenced unit is not active
   * @throws NotFoundException a referenced unit does not exist in the district
   */
  default Member create(Change change, Member member) {
    Check.notNull("member", member);
    return BatchFailedException.single(() -> createAll(change, List.of(member)));
  }

  /** Stores many members atomically, all or nothing; {@link BatchFailedException} names the item. */
  List<Member> createAll(Change change, List<Member> members);

  Optional<Member> find(DistrictId district, MemberId id);

  /** @throws NotFoundException if the member does not exist in the district */
  default Member get(DistrictId district, MemberId id) {
    return find(district, id).orElseThrow(() -> new NotFoundException(AuditEntry.MEMBER, id.value()));
  }

  /**
   * Replaces a member's state when {@code updated.version()} is current.
   *
   * @throws StaleVersionException if it is not
   */
  Member update(Change change, Member updated);

  /** A page of the district's members, in id order. */
  Page<Member> list(DistrictId district, PageRequest page);

  /** Members whose membership is held by {@code organization}, in id order. */
  List<Member> byOrganization(DistrictId district, OrgUnitId organization);

  /** Members who reported to serve in {@code community} (双报到), in id order. */
  List<Member> servingIn(DistrictId district, OrgUnitId community);

  long count(DistrictId district);
}
