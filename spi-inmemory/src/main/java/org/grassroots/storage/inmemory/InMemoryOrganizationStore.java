package org.grassroots.storage.inmemory;

import static org.grassroots.audit.AuditEntry.MEMBER;
import static org.grassroots.audit.AuditEntry.ORG_UNIT;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.HierarchyEdits;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.OrganizationStore;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StorageException;
import org.grassroots.spi.UnitUpdates;

/** Organisation units in memory: revisions per unit and a children index per parent. */
final class InMemoryOrganizationStore implements OrganizationStore {
  private final InMemoryStorageProvider provider;

  InMemoryOrganizationStore(InMemoryStorageProvider provider) {
    this.provider = provider;
  }

  @Override
  public OrgUnit create(Change change, OrgUnit unit) {
    Check.notNull("change", change);
    Check.notNull("unit", unit);
    return provider.write(unit.district(), d -> {
      checkNew(d, unit, Map.of());
      OrgUnit stored = unit.withVersion(1);
      d.putRevision(stored);
      d.audit(ORG_UNIT, stored.id().value(), "create", change, null, stored);
      return stored;
    });
  }

  @Override
  public List<OrgUnit> createAll(Change change, List<OrgUnit> units) {
    Check.notNull("change", change);
    return provider.writeBatch("units", units, OrgUnit::district, (d, district) -> {
      // validate the whole batch against the store plus the earlier items, then write it all
      Map<OrgUnitId, OrgUnit> staged = new HashMap<>(units.size() * 2);
      List<OrgUnit> out = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) {
        OrgUnit u = units.get(i);
        try {
          if (!u.district().equals(district)) {
            // a batch is one district's: another district's unit is not found in this one
            throw new NotFoundException("district", u.district().value());
          }
          checkNew(d, u, staged);
        } catch (StorageException e) {
          throw new BatchFailedException(i, e);
        }
        OrgUnit stored = u.withVersion(1);
        staged.put(u.id(), stored);
        out.add(stored);
      }
      for (OrgUnit stored : out) {
        d.putRevision(stored);
        d.audit(ORG_UNIT, stored.id().value(), "create", change, null, stored);
      }
      return ImmutableList.copyOf(out);
    });
  }

  /** Refuses a duplicate id, a missing parent and an inactive parent. */
  private static void checkNew(DistrictData d, OrgUnit unit, Map<OrgUnitId, OrgUnit> staged) {
    if (d.units.containsKey(unit.id()) || staged.containsKey(unit.id())) {
      throw new ConflictException("storage.duplicateId", ORG_UNIT, unit.id().value());
    }
    if (unit.parent().isPresent()) {
      OrgUnitId p = unit.parent().get();
      OrgUnit parent = staged.containsKey(p) ? staged.get(p) : d.currentUnit(p);
      if (parent == null) {
        throw new NotFoundException(ORG_UNIT, p.value());
      }
      if (!parent.status().isActive()) {
        throw new ConflictException("storage.parentInactive", unit.id().value(), p.value());
      }
    }
  }

  @Override
  public Optional<OrgUnit> find(DistrictId district, OrgUnitId id) {
    Check.notNull("id", id);
    return provider.read(district, d -> Optional.ofNullable(d.currentUnit(id)));
  }

  @Override
  public List<OrgUnit> updateAll(Change change, List<OrgUnit> units) {
    Check.notNull("change", change);
    return provider.writeBatch("units", units, OrgUnit::district, (d, district) -> {
      // check the whole batch against the store plus the earlier items, then write it all
      UnitUpdates checks = new UnitUpdates();
      List<OrgUnit> currents = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) {
        OrgUnit updated = units.get(i);
        if (!updated.district().equals(district)) {
          throw new BatchFailedException(i, new NotFoundException("district", updated.district().value()));
        }
        OrgUnit cur = d.currentUnit(updated.id());
        checks.check(i, cur, updated, d::activeDependants);
        currents.add(cur);
      }
      List<OrgUnit> out = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) {
        out.add(revise(d, "update", change, currents.get(i), units.get(i)));
      }
      return ImmutableList.copyOf(out);
    });
  }

  @Override
  public OrgUnit move(Change change, DistrictId district, OrgUnitId id, long expectedVersion,
      OrgUnitId newParent, LocalDate on) {
    Check.notNull("change", change);
    Check.notNull("id", id);
    Check.notNull("on", on);
    return provider.write(district, d -> {
      HierarchyEdits.Edit<OrgUnit> move = HierarchyEdits.planMove(view(d), id, expectedVersion, newParent, on);
      return revise(d, "move", change, move.before(), move.after());
    });
  }

  @Override
  public OrgUnit merge(Change change, DistrictId district, OrgUnitId absorbed, long absorbedVersion,
      OrgUnitId survivor, LocalDate on) {
    Check.notNull("change", change);
    Check.notNull("absorbed", absorbed);
    Check.notNull("survivor", survivor);
    Check.notNull("on", on);
    return provider.write(district, d -> {
      HierarchyEdits.MergePlan plan = HierarchyEdits.planMerge(view(d), absorbed, absorbedVersion, survivor, on);
      TreeSet<MemberId> affected = new TreeSet<>();
      affected.addAll(d.membersByOrganization.getOrDefault(absorbed, new TreeSet<>()));
      affected.addAll(d.membersServingIn.getOrDefault(absorbed, new TreeSet<>()));
      // every new record is made before anything is written (a constructor may refuse)
      List<HierarchyEdits.Edit<Member>> members = new ArrayList<>();
      for (MemberId m : affected) {
        Member before = d.members.get(m);
        members.add(new HierarchyEdits.Edit<>(before, HierarchyEdits.memberAfter(before, absorbed, survivor)));
      }
      for (HierarchyEdits.Edit<OrgUnit> child : plan.children()) {
        revise(d, "merge", change, child.before(), child.after());
      }
      for (HierarchyEdits.Edit<Member> m : members) {
        d.putMember(m.after());
        d.audit(MEMBER, m.after().id().value(), "merge", change, m.before(), m.after());
      }
      return revise(d, "merge", change, plan.absorbed().before(), plan.absorbed().after());
    });
  }

  /** The district's current tree as the planner reads it (under the district's lock). */
  private static HierarchyEdits.View<RuntimeException> view(DistrictData d) {
    return new HierarchyEdits.View<>() {
      @Override
      public Optional<OrgUnit> current(OrgUnitId id) {
        return Optional.ofNullable(d.currentUnit(id));
      }

      @Override
      public boolean isBelow(OrgUnitId unit, OrgUnitId root) {
        return !unit.equals(root) && isWithin(d, unit, root);
      }

      @Override
      public List<OrgUnit> children(OrgUnitId parent) {
        return d.childIds(parent).stream().map(d::currentUnit).toList();
      }
    };
  }

  @Override
  public List<OrgUnit> children(DistrictId district, OrgUnitId parent) {
    Check.notNull("parent", parent);
    return provider.read(district, d -> {
      ImmutableList.Builder<OrgUnit> out = ImmutableList.builder();
      for (OrgUnitId c : d.childIds(parent)) {
        out.add(d.currentUnit(c));
      }
      return out.build();
    });
  }

  @Override
  public List<OrgUnit> subtree(DistrictId district, OrgUnitId root) {
    Check.notNull("root", root);
    return provider.read(district, d -> {
      OrgUnit top = current(d, root);
      ImmutableList.Builder<OrgUnit> out = ImmutableList.builder();
      out.add(top);
      // iterative pre-order: a stack of child iterators, siblings in id order
      Deque<Iterator<OrgUnitId>> stack = new ArrayDeque<>();
      stack.push(d.childIds(root).iterator());
      while (!stack.isEmpty()) {
        Iterator<OrgUnitId> it = stack.peek();
        if (it.hasNext()) {
          OrgUnitId c = it.next();
          out.add(d.currentUnit(c));
          TreeSet<OrgUnitId> grand = d.children.get(c);
          if (grand != null) {
            stack.push(grand.iterator());
          }
        } else {
          stack.pop();
        }
      }
      return out.build();
    });
  }

  @Override
  public List<OrgUnit> ancestors(DistrictId district, OrgUnitId id) {
    Check.notNull("id", id);
    return provider.read(district, d -> {
      OrgUnit u = current(d, id);
      ImmutableList.Builder<OrgUnit> out = ImmutableList.builder();
      while (u.parent().isPresent()) {
        u = d.currentUnit(u.parent().get());
        out.add(u);
      }
      return out.build();
    });
  }

  @Override
  public Page<OrgUnit> list(DistrictId district, PageRequest page) {
    Check.notNull("page", page);
    return provider.read(district, d -> {
      return DistrictData.page(
          new java.util.AbstractCollection<OrgUnit>() {
            @Override
            public Iterator<OrgUnit> iterator() {
              Iterator<DistrictData.Revisions> it = d.units.values().iterator();
              return new Iterator<>() {
                @Override
                public boolean hasNext() {
                  return it.hasNext();
                }

                @Override
                public OrgUnit next() {
                  return it.next().current();
                }
              };
            }

            @Override
            public int size() {
              return d.units.size();
            }
          },
          page);
    });
  }

  @Override
  public long count(DistrictId district) {
    return provider.read(district, d -> d.units.size());
  }

  @Override
  public List<OrgUnit> history(DistrictId district, OrgUnitId id) {
    Check.notNull("id", id);
    return provider.read(district, d -> {
      DistrictData.Revisions r = d.units.get(id);
      if (r == null) {
        throw new NotFoundException(ORG_UNIT, id.value());
      }
      return r.all();
    });
  }

  @Override
  public List<OrgUnit> asOf(DistrictId district, LocalDate date) {
    Check.notNull("date", date);
    return provider.read(district, d -> {
      ImmutableList.Builder<OrgUnit> out = ImmutableList.builder();
      for (DistrictData.Revisions r : d.units.values()) {
        OrgUnit u = r.inForceOn(date);
        if (u != null && u.existsOn(date)) {
          out.add(u);
        }
      }
      return out.build();
    });
  }

  /** Stores {@code next} as the new current revision of {@code cur}, version + 1, audited. */
  private static OrgUnit revise(DistrictData d, String action, Change change, OrgUnit cur,
      OrgUnit next) {
    OrgUnit stored = next.withVersion(cur.version() + 1);
    d.putRevision(stored);
    d.audit(ORG_UNIT, stored.id().value(), action, change, cur, stored);
    return stored;
  }

  private static OrgUnit current(DistrictData d, OrgUnitId id) {
    OrgUnit u = d.currentUnit(id);
    if (u == null) {
      throw new NotFoundException(ORG_UNIT, id.value());
    }
    return u;
  }

  /** True when {@code x} is {@code root} or lies under it in the current tree. */
  private static boolean isWithin(DistrictData d, OrgUnitId x, OrgUnitId root) {
    OrgUnitId at = x;
    while (at != null) {
      if (at.equals(root)) {
        return true;
      }
      OrgUnit u = d.currentUnit(at);
      at = u == null ? null : u.parent().orElse(null);
    }
    return false;
  }
}
