package org.grassroots.spi.contract;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StorageException;

/**
 * A deliberately naive model of one district's storage (参照模型): plain maps, linear scans, no
 * indexes, written straight from the SPI's javadoc. The model-based contract applies the same
 * operations to it and to the adapter and compares every answer.
 *
 * <p>A refused operation throws {@link Refusal} naming the exception types the contract accepts
 * (more than one when several rules refuse it at once) and changes nothing.
 */
public final class ReferenceModel {
  private final DistrictId district;
  private final TreeMap<OrgUnitId, List<OrgUnit>> units = new TreeMap<>();
  private final TreeMap<MemberId, Member> members = new TreeMap<>();
  private long auditCount;

  public ReferenceModel(DistrictId district) {
    this.district = district;
  }

  /** What the model refuses, and with which storage exceptions an adapter may refuse it. */
  public static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Set<Class<? extends StorageException>> accepted;

    Refusal(Set<Class<? extends StorageException>> accepted) {
      super("refused with one of " + accepted, null, false, false);
      this.accepted = Set.copyOf(accepted);
    }

    public boolean accepts(Throwable t) {
      return accepted.stream().anyMatch(c -> c.isInstance(t));
    }
  }

  /** Collects the reasons an operation is refused. */
  private static final class Reasons {
    final Set<Class<? extends StorageException>> found = new LinkedHashSet<>();

    void add(boolean refused, Class<? extends StorageException> type) {
      if (refused) {
        found.add(type);
      }
    }

    void throwIfAny() {
      if (!found.isEmpty()) {
        throw new Refusal(found);
      }
    }
  }

  public DistrictId district() {
    return district;
  }

  public Optional<OrgUnit> find(OrgUnitId id) {
    List<OrgUnit> h = units.get(id);
    return h == null ? Optional.empty() : Optional.of(h.get(h.size() - 1));
  }

  public Optional<Member> findMember(MemberId id) {
    return Optional.ofNullable(members.get(id));
  }

  public long count() {
    return units.size();
  }

  public long memberCount() {
    return members.size();
  }

  public long auditCount() {
    return auditCount;
  }

  /** Current units in id order. */
  public List<OrgUnit> list() {
    List<OrgUnit> out = new ArrayList<>();
    for (OrgUnitId id : units.keySet()) {
      out.add(find(id).orElseThrow());
    }
    return out;
  }

  public List<Member> listMembers() {
    return ImmutableList.copyOf(members.values());
  }

  public List<OrgUnit> children(OrgUnitId parent) {
    return list().stream().filter(u -> u.parent().equals(Optional.of(parent))).toList();
  }

  public List<OrgUnit> subtree(OrgUnitId root) {
    List<OrgUnit> out = new ArrayList<>();
    out.add(find(root).orElseThrow());
    for (OrgUnit c : children(root)) {
      out.addAll(subtree(c.id()));
    }
    return out;
  }

  public List<OrgUnit> ancestors(OrgUnitId id) {
    List<OrgUnit> out = new ArrayList<>();
    OrgUnit at = find(id).orElseThrow();
    while (at.parent().isPresent()) {
      at = find(at.parent().get()).orElseThrow();
      out.add(at);
    }
    return out;
  }

  public List<OrgUnit> history(OrgUnitId id) {
    return ImmutableList.copyOf(units.get(id));
  }

  public List<OrgUnit> asOf(LocalDate date) {
    List<OrgUnit> out = new ArrayList<>();
    for (List<OrgUnit> h : units.values()) {
      OrgUnit inForce = null;
      for (OrgUnit r : h) {
        if (!r.revisionDate().isAfter(date)) {
          inForce = r;
        }
      }
      if (inForce != null && inForce.existsOn(date)) {
        out.add(inForce);
      }
    }
    return out;
  }

  public List<Member> byOrganization(OrgUnitId org) {
    return members.values().stream().filter(m -> m.organization().equals(org)).toList();
  }

  public List<Member> servingIn(OrgUnitId community) {
    return members.values().stream()
        .filter(m -> m.servingCommunity().equals(Optional.of(community))).toList();
  }

  private boolean within(OrgUnitId x, OrgUnitId root) {
    for (Optional<OrgUnitId> at = Optional.of(x); at.isPresent();
        at = find(at.get()).flatMap(OrgUnit::parent)) {
      if (at.get().equals(root)) {
        return true;
      }
    }
    return false;
  }

  private boolean inactive(OrgUnitId id) {
    return find(id).map(u -> !u.status().isActive()).orElse(false);
  }

  private int activeDependants(OrgUnitId id) {
    long kids = children(id).stream().filter(u -> u.status().isActive()).count();
    long people = members.values().stream().filter(Member::active)
        .filter(m -> m.organization().equals(id) || m.servingCommunity().equals(Optional.of(id)))
        .count();
    return (int) (kids + people);
  }

  private void revise(OrgUnit revision) {
    units.computeIfAbsent(revision.id(), k -> new ArrayList<>()).add(revision);
    auditCount++;
  }

  public OrgUnit create(OrgUnit unit) {
    Reasons r = new Reasons();
    r.add(units.containsKey(unit.id()), ConflictException.class);
    unit.parent().ifPresent(p -> {
      r.add(find(p).isEmpty(), NotFoundException.class);
      r.add(inactive(p), ConflictException.class);
    });
    r.throwIfAny();
    OrgUnit stored = unit.withVersion(1);
    revise(stored);
    return stored;
  }

  /** A rename, a dissolution or another {@code update} (parent and kind unchanged). */
  public OrgUnit update(OrgUnit updated) {
    Reasons r = new Reasons();
    Optional<OrgUnit> cur = find(updated.id());
    r.add(cur.isEmpty(), NotFoundException.class);
    r.throwIfAny();
    r.add(!updated.status().isActive() && activeDependants(updated.id()) > 0, ConflictException.class);
    r.throwIfAny();
    OrgUnit stored = updated.withVersion(cur.get().version() + 1);
    revise(stored);
    return stored;
  }

  public OrgUnit move(OrgUnitId id, OrgUnitId newParent, LocalDate on) {
    Reasons r = new Reasons();
    r.add(find(id).isEmpty(), NotFoundException.class);
    if (newParent != null) {
      r.add(find(newParent).isEmpty(), NotFoundException.class);
      r.add(find(id).isPresent() && within(newParent, id), ConflictException.class);
      r.add(inactive(newParent), ConflictException.class);
    }
    r.throwIfAny();
    OrgUnit cur = find(id).orElseThrow();
    OrgUnit stored = cur.withParent(newParent, on).withVersion(cur.version() + 1);
    revise(stored);
    return stored;
  }

  public OrgUnit merge(OrgUnitId absorbed, OrgUnitId survivor, LocalDate on) {
    Reasons r = new Reasons();
    r.add(find(absorbed).isEmpty() || find(survivor).isEmpty(), NotFoundException.class);
    r.add(find(absorbed).isPresent() && within(survivor, absorbed), ConflictException.class);
    r.add(inactive(survivor), ConflictException.class);
    r.throwIfAny();
    for (OrgUnit c : children(absorbed)) {
      revise(c.withParent(survivor, on).withVersion(c.version() + 1));
    }
    for (Member m : List.copyOf(members.values())) {
      Member after = m;
      if (after.organization().equals(absorbed)) {
        after = after.withOrganization(survivor);
      }
      if (after.servingCommunity().equals(Optional.of(absorbed))) {
        after = after.withServingCommunity(Optional.of(survivor));
      }
      if (after != m) {
        members.put(m.id(), after.withVersion(m.version() + 1));
        auditCount++;
      }
    }
    OrgUnit gone = find(absorbed).orElseThrow();
    OrgUnit ended = gone.withEnd(OrgStatus.MERGED, on, survivor).withVersion(gone.version() + 1);
    revise(ended);
    return ended;
  }

  private void checkReferences(Reasons r, Member m) {
    List<OrgUnitId> refs = new ArrayList<>();
    refs.add(m.organization());
    m.servingCommunity().ifPresent(refs::add);
    m.household().ifPresent(refs::add);
    for (OrgUnitId ref : refs) {
      r.add(find(ref).isEmpty(), NotFoundException.class);
      r.add(m.active() && inactive(ref), ConflictException.class);
    }
  }

  public Member createMember(Member m) {
    Reasons r = new Reasons();
    r.add(members.containsKey(m.id()), ConflictException.class);
    checkReferences(r, m);
    r.throwIfAny();
    Member stored = m.withVersion(1);
    members.put(m.id(), stored);
    auditCount++;
    return stored;
  }

  public Member updateMember(Member m) {
    Reasons r = new Reasons();
    Member cur = members.get(m.id());
    r.add(cur == null, NotFoundException.class);
    r.throwIfAny();
    checkReferences(r, m);
    r.throwIfAny();
    Member stored = m.withVersion(cur.version() + 1);
    members.put(m.id(), stored);
    auditCount++;
    return stored;
  }
}
