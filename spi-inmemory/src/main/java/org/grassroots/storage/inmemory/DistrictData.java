package org.grassroots.storage.inmemory;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.audit.Described;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.Page;
import org.grassroots.spi.RecordKind;
import org.grassroots.spi.RecordStore;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.stars.StarBook;
import org.grassroots.spi.Versioned;
import org.grassroots.spi.PageRequest;

/**
 * One district's data with its indexes. Not thread-safe by itself: every access holds the
 * instance's monitor (see {@link InMemoryStorageProvider}).
 */
final class DistrictData {
  final DistrictId id;

  /** Every unit's revisions, oldest first; the map is in id order for listings. */
  final TreeMap<OrgUnitId, Revisions> units = new TreeMap<>();
  /** Current children per parent, in id order: subtree and children never scan all units. */
  final Map<OrgUnitId, TreeSet<OrgUnitId>> children = new HashMap<>();

  final TreeMap<MemberId, Member> members = new TreeMap<>();
  final Map<OrgUnitId, TreeSet<MemberId>> membersByOrganization = new HashMap<>();
  final Map<OrgUnitId, TreeSet<MemberId>> membersServingIn = new HashMap<>();

  final TreeMap<AllianceId, Alliance> alliances = new TreeMap<>();

  /**
   * The audit trail. Entries keep the immutable records themselves and describe them when read:
   * the same fields as describing them at write time, at a fraction of the memory in bulk loads.
   */
  final List<Recorded> audit = new ArrayList<>();

  /** Every revision of each ruleset, version 1 first, in id order. */
  final TreeMap<RulesetId, List<Ruleset>> rulesets = new TreeMap<>();

  /** The measured values per period, in unit then indicator order. */
  final Map<Period, TreeMap<UnitIndicator, Long>> measurements = new HashMap<>();

  /** The star book of each scheme. */
  final TreeMap<RulesetId, Versioned<StarBook>> starBooks = new TreeMap<>();

  /** The program records of each kind, by kind name. */
  final Map<String, InMemoryRecordStore.KindRecords> records = new HashMap<>();

  DistrictData(DistrictId id) {
    this.id = id;
  }

  /** The revisions of one unit, oldest first, in a compact growable array. */
  static final class Revisions {
    private OrgUnit[] items = new OrgUnit[1];
    private int size;

    Revisions(OrgUnit first) {
      add(first);
    }

    void add(OrgUnit revision) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = revision;
    }

    OrgUnit current() {
      return items[size - 1];
    }

    /** The revision in force on {@code date}: the latest dated on or before it, if any. */
    OrgUnit inForceOn(java.time.LocalDate date) {
      for (int i = size - 1; i >= 0; i--) {
        if (!items[i].revisionDate().isAfter(date)) {
          return items[i];
        }
      }
      return null;
    }

    ImmutableList<OrgUnit> all() {
      return ImmutableList.copyOf(Arrays.asList(items).subList(0, size));
    }
  }

  /** The key of a measured value within its period, ordered by unit then indicator. */
  record UnitIndicator(OrgUnitId unit, IndicatorId indicator) implements Comparable<UnitIndicator> {
    @Override
    public int compareTo(UnitIndicator o) {
      int c = unit.compareTo(o.unit);
      return c != 0 ? c : indicator.compareTo(o.indicator);
    }
  }

  /** One record of the trail as stored. */
  sealed interface Recorded permits Audited, Whole, RecordWrite {
    String subjectType();

    String subjectId();

    AuditEntry toEntry(DistrictId district);
  }

  /** An entry made elsewhere (a star book's trail, a batch summary), kept whole with its sequence. */
  record Whole(AuditEntry entry) implements Recorded {
    @Override
    public String subjectType() {
      return entry.subjectType();
    }

    @Override
    public String subjectId() {
      return entry.subjectId();
    }

    @Override
    public AuditEntry toEntry(DistrictId district) {
      return entry;
    }
  }

  /**
   * A program record's create or update, kept as the immutable records themselves and described
   * by their kind on read ({@link RecordStore#auditEntry}): the entry a write made, at the memory of
   * two references.
   */
  record RecordWrite<V>(long sequence, RecordKind<V> kind, Change change, Optional<V> before, V after)
      implements Recorded {
    @Override
    public String subjectType() {
      return kind.name();
    }

    @Override
    public String subjectId() {
      return kind.idOf(after);
    }

    @Override
    public AuditEntry toEntry(DistrictId district) {
      return RecordStore.auditEntry(district, change, kind, before, after).withSequence(sequence);
    }
  }

  /** Appends a program record's write to the trail with the next sequence. */
  <V> void audit(RecordKind<V> kind, Change change, Optional<V> before, V after) {
    audit.add(new RecordWrite<>(audit.size() + 1L, kind, change, before, after));
  }

  /** An audit entry as stored: the values before and after, described on read. */
  record Audited(
      long sequence, String subjectType, String subjectId, String action, Change change,
      Described before, Described after) implements Recorded {
    @Override
    public AuditEntry toEntry(DistrictId district) {
      return AuditEntry.ofWrite(district, change, subjectType, subjectId, action, before, after)
          .withSequence(sequence);
    }
  }

  /** Appends a write of a described value ({@code before} null on create), described on read. */
  void audit(String type, String subjectId, String action, Change change, Described before,
      Described after) {
    audit.add(new Audited(audit.size() + 1L, type, subjectId, action, change, before, after));
  }

  /** Appends {@code entry}, made with sequence 0, to the trail with the next sequence. */
  void audit(AuditEntry entry) {
    audit.add(new Whole(entry.withSequence(audit.size() + 1L)));
  }

  OrgUnit currentUnit(OrgUnitId unit) {
    Revisions r = units.get(unit);
    return r == null ? null : r.current();
  }

  /** Records a new current revision of an existing unit and keeps the children index right. */
  void putRevision(OrgUnit revision) {
    Revisions r = units.get(revision.id());
    if (r == null) {
      units.put(revision.id(), new Revisions(revision));
      revision.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new TreeSet<>()).add(revision.id()));
      return;
    }
    OrgUnit old = r.current();
    if (!old.parent().equals(revision.parent())) {
      old.parent().ifPresent(p -> removeFrom(children, p, revision.id()));
      revision.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new TreeSet<>()).add(revision.id()));
    }
    r.add(revision);
  }

  NavigableSet<OrgUnitId> childIds(OrgUnitId parent) {
    TreeSet<OrgUnitId> c = children.get(parent);
    return c == null ? new TreeSet<>() : c;
  }

  /** Active children plus active members (holding or serving) of {@code unit}. */
  int activeDependants(OrgUnitId unit) {
    int n = 0;
    for (OrgUnitId c : childIds(unit)) {
      if (currentUnit(c).status().isActive()) {
        n++;
      }
    }
    java.util.Set<MemberId> seen = new java.util.HashSet<>();
    for (MemberId m : membersByOrganization.getOrDefault(unit, new TreeSet<>())) {
      if (members.get(m).active() && seen.add(m)) {
        n++;
      }
    }
    for (MemberId m : membersServingIn.getOrDefault(unit, new TreeSet<>())) {
      if (members.get(m).active() && seen.add(m)) {
        n++;
      }
    }
    return n;
  }

  /** Stores {@code member} (new or replacing) and keeps the member indexes right. */
  void putMember(Member member) {
    Member old = members.put(member.id(), member);
    if (old != null) {
      removeFrom(membersByOrganization, old.organization(), old.id());
      old.servingCommunity().ifPresent(c -> removeFrom(membersServingIn, c, old.id()));
    }
    membersByOrganization.computeIfAbsent(member.organization(), k -> new TreeSet<>()).add(member.id());
    member.servingCommunity().ifPresent(
        c -> membersServingIn.computeIfAbsent(c, k -> new TreeSet<>()).add(member.id()));
  }

  private static <K, V> void removeFrom(Map<K, TreeSet<V>> index, K key, V value) {
    TreeSet<V> set = index.get(key);
    if (set != null) {
      set.remove(value);
      if (set.isEmpty()) {
        index.remove(key);
      }
    }
  }

  /**
   * {@code stored}, the current value that an update read at version {@code expected} replaces
   * (乐观版本检查); the update is refused as not found when nothing is stored, and as stale when
   * another write came first.
   */
  static <V> V current(V stored, ToLongFunction<V> version, long expected, String subjectType, String id) {
    if (stored == null) {
      throw new NotFoundException(subjectType, id);
    }
    long actual = version.applyAsLong(stored);
    if (actual != expected) {
      throw new StaleVersionException(subjectType, id, expected, actual);
    }
    return stored;
  }

  /** A page of {@code sorted}, which is in id order. */
  static <T> Page<T> page(Collection<T> sorted, PageRequest request) {
    Iterator<T> it = sorted.iterator();
    long skip = request.offset();
    while (skip > 0 && it.hasNext()) {
      it.next();
      skip--;
    }
    ImmutableList.Builder<T> items = ImmutableList.builderWithExpectedSize(
        (int) Math.min(request.limit(), Math.max(0, sorted.size() - request.offset())));
    int n = 0;
    while (n < request.limit() && it.hasNext()) {
      items.add(it.next());
      n++;
    }
    return new Page<>(items.build(), request, it.hasNext());
  }
}
