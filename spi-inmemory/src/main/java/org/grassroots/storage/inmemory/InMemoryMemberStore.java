package org.grassroots.storage.inmemory;

import static org.grassroots.audit.AuditEntry.MEMBER;
import static org.grassroots.audit.AuditEntry.ORG_UNIT;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.MemberStore;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StorageException;

/** Party members in memory, indexed by holding organisation and serving community. */
final class InMemoryMemberStore implements MemberStore {
  private final InMemoryStorageProvider provider;

  InMemoryMemberStore(InMemoryStorageProvider provider) {
    this.provider = provider;
  }

  @Override
  public Member create(Change change, Member member) {
    Check.notNull("change", change);
    Check.notNull("member", member);
    return provider.write(member.district(), d -> {
      checkNew(d, member, Set.of());
      Member stored = member.withVersion(1);
      d.putMember(stored);
      d.audit(MEMBER, stored.id().value(), "create", change, null, stored);
      return stored;
    });
  }

  @Override
  public List<Member> createAll(Change change, List<Member> members) {
    Check.notNull("change", change);
    return provider.writeBatch("members", members, Member::district, (d, district) -> {
      Set<MemberId> staged = new HashSet<>();
      List<Member> out = new ArrayList<>(members.size());
      for (int i = 0; i < members.size(); i++) {
        Member m = members.get(i);
        try {
          if (!m.district().equals(district)) {
            throw new NotFoundException("district", m.district().value());
          }
          checkNew(d, m, staged);
        } catch (StorageException e) {
          throw new BatchFailedException(i, e);
        }
        staged.add(m.id());
        out.add(m.withVersion(1));
      }
      for (Member stored : out) {
        d.putMember(stored);
        d.audit(MEMBER, stored.id().value(), "create", change, null, stored);
      }
      return ImmutableList.copyOf(out);
    });
  }

  private static void checkNew(DistrictData d, Member member, Set<MemberId> staged) {
    if (d.members.containsKey(member.id()) || staged.contains(member.id())) {
      throw new ConflictException("storage.duplicateId", MEMBER, member.id().value());
    }
    checkReferences(d, member);
  }

  /**
   * Every unit a member names must exist in the district; an active member's units must be active
   * (so that a unit with active members is never ended behind their back).
   */
  private static void checkReferences(DistrictData d, Member member) {
    List<OrgUnitId> refs = new ArrayList<>(3);
    refs.add(member.organization());
    member.servingCommunity().ifPresent(refs::add);
    member.household().ifPresent(refs::add);
    for (OrgUnitId ref : refs) {
      OrgUnit u = d.currentUnit(ref);
      if (u == null) {
        throw new NotFoundException(ORG_UNIT, ref.value());
      }
      if (member.active() && !u.status().isActive()) {
        throw new ConflictException("storage.parentInactive", member.id().value(), ref.value());
      }
    }
  }

  @Override
  public Optional<Member> find(DistrictId district, MemberId id) {
    Check.notNull("id", id);
    return provider.read(district, d -> Optional.ofNullable(d.members.get(id)));
  }

  @Override
  public Member update(Change change, Member updated) {
    Check.notNull("change", change);
    Check.notNull("updated", updated);
    return provider.write(updated.district(), d -> {
      Member cur = DistrictData.current(d.members.get(updated.id()), Member::version, updated.version(),
          MEMBER, updated.id().value());
      checkReferences(d, updated);
      Member stored = updated.withVersion(cur.version() + 1);
      d.putMember(stored);
      d.audit(MEMBER, stored.id().value(), "update", change, cur, stored);
      return stored;
    });
  }

  @Override
  public Page<Member> list(DistrictId district, PageRequest page) {
    Check.notNull("page", page);
    return provider.read(district, d -> DistrictData.page(d.members.values(), page));
  }

  @Override
  public List<Member> byOrganization(DistrictId district, OrgUnitId organization) {
    Check.notNull("organization", organization);
    return provider.read(district, d -> resolve(d, d.membersByOrganization.get(organization)));
  }

  @Override
  public List<Member> servingIn(DistrictId district, OrgUnitId community) {
    Check.notNull("community", community);
    return provider.read(district, d -> resolve(d, d.membersServingIn.get(community)));
  }

  private static List<Member> resolve(DistrictData d, TreeSet<MemberId> ids) {
    if (ids == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Member> out = ImmutableList.builderWithExpectedSize(ids.size());
    for (MemberId id : ids) {
      out.add(d.members.get(id));
    }
    return out.build();
  }

  @Override
  public long count(DistrictId district) {
    return provider.read(district, d -> d.members.size());
  }
}
