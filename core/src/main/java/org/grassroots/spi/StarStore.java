package org.grassroots.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;
import org.grassroots.rules.RulesetId;
import org.grassroots.stars.Publicity;
import org.grassroots.stars.StarBook;
import org.grassroots.stars.StarChange;

/**
 * Storage of star books (星级台账存储): one {@link StarBook} per district and star scheme (the id of
 * the scheme's ruleset), with an optimistic version ({@link Versioned}: 1 after the first save, + 1
 * on each).
 *
 * <p>A book is only ever appended to: a save may add star changes and audit records, move a
 * change's publicity on, advance the last period and replace the failure counts, but never change
 * or drop what is stored ({@link #checkAppendOnly}). The usual cycle is load, {@link
 * StarBook#advance} or {@link StarBook#publicity}, save.
 *
 * <p><b>Audit.</b> A save writes, in the same atomic step, the book's new trail records into the
 * district's audit trail — subject type {@code star}, id {@code unit/star}, action {@code award},
 * {@code revoke} or {@code publicity}, with the reason of a 摘星 — numbered by the store; then one
 * entry for the save itself: subject type {@link #SUBJECT_TYPE}, id the scheme, action {@code save},
 * before and after = {@link #describe} of the stored and the saved book. The loaded book equals
 * the saved one: its own trail keeps sequence 0, as {@link StarBook} holds it.
 */
public interface StarStore {
  /** The audit subject type of a save of a star book. */
  String SUBJECT_TYPE = "star-book";

  /**
   * Saves {@code book} as the next version of the district's book of {@code scheme}.
   *
   * @param expectedVersion the version the book was loaded at; 0 for a book never saved
   * @return the stored book with its new version
   * @throws StaleVersionException if {@code expectedVersion} is not the stored version
   * @throws org.grassroots.input.InvalidInputException if the book is not an append to the stored
   *     one (key {@code storage.starBookRewritten}); nothing is written
   */
  Versioned<StarBook> save(Change change, RulesetId scheme, long expectedVersion, StarBook book);

  /** The district's book of {@code scheme}, if it was ever saved. */
  Optional<Versioned<StarBook>> find(DistrictId district, RulesetId scheme);

  /** The schemes the district has a book of, in id order. */
  List<RulesetId> schemes(DistrictId district);

  /** A book as the audit trail shows it: its last period and how many changes and records it holds. */
  static ImmutableMap<String, String> describe(long version, StarBook book) {
    return ImmutableMap.of(
        "version", Long.toString(version),
        "lastPeriod", book.lastPeriod().map(Period::toString).orElse(""),
        "changes", Integer.toString(book.changes().size()),
        "trail", Integer.toString(book.trail().size()),
        "failuresBeforeRevoke", Integer.toString(book.failuresBeforeRevoke()));
  }

  /**
   * Refuses {@code next} unless it only appends to {@code stored} (which may be empty): the same
   * district and revoke threshold, a last period not earlier, every stored change still there with
   * the same fields and its publicity steps as a prefix of the new ones, and the stored trail as a
   * prefix of the new trail.
   *
   * @return the audit records {@code next} adds to the trail, in order (sequence 0)
   */
  static List<AuditEntry> checkAppendOnly(RulesetId scheme, StarBook stored, StarBook next) {
    Check.notNull("scheme", scheme);
    Check.notNull("book", next);
    Check.that(next.district().equals(stored.district()), "storage.starBookDistrict", "book.district",
        next.district(), stored.district());
    String id = scheme.value();
    Check.that(next.failuresBeforeRevoke() == stored.failuresBeforeRevoke(), "storage.starBookRewritten",
        "book.failuresBeforeRevoke", id, stored.failuresBeforeRevoke() + " → " + next.failuresBeforeRevoke());
    Check.that(stored.lastPeriod().isEmpty() || (next.lastPeriod().isPresent()
            && next.lastPeriod().get().compareTo(stored.lastPeriod().get()) >= 0),
        "storage.starBookRewritten", "book.lastPeriod", id,
        stored.lastPeriod().map(Object::toString).orElse("-") + " → " + next.lastPeriod().map(Object::toString).orElse("-"));
    List<StarChange> old = stored.changes();
    List<StarChange> now = next.changes();
    Check.that(now.size() >= old.size(), "storage.starBookRewritten", "book.changes", id,
        old.size() + " → " + now.size());
    for (int i = 0; i < old.size(); i++) {
      StarChange o = old.get(i);
      StarChange n = now.get(i);
      List<Publicity.Step> os = o.publicity().steps();
      List<Publicity.Step> ns = n.publicity().steps();
      boolean same = n.withPublicity(o.publicity()).equals(o)
          && ns.size() >= os.size() && ns.subList(0, os.size()).equals(os);
      Check.that(same, "storage.starBookRewritten", "book.changes[" + i + "]", id, o.unit() + "/" + o.star());
    }
    List<AuditEntry> ot = stored.trail();
    List<AuditEntry> nt = next.trail();
    Check.that(nt.size() >= ot.size() && nt.subList(0, ot.size()).equals(ot), "storage.starBookRewritten",
        "book.trail", id, ot.size() + " → " + nt.size());
    return ImmutableList.copyOf(nt.subList(ot.size(), nt.size()));
  }
}
