package org.grassroots.scenarios.programs;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.grassroots.assessment.Designations;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;

/**
 * Compiled designations shared by a program and every copy a scenario derives from it (评定编译缓存):
 * a sweep's points that leave a program's rules as they were (e.g. only the reward per star or the
 * budget moves) reuse the baseline's ratings and only re-allocate; points that move a bar compile
 * each distinct ruleset once, not once per point.
 *
 * <p>Results are unchanged by the cache: the designations of a ruleset are a function of the ruleset
 * (compared by value) and the ratings a function of the compiled designations and the inputs
 * (compared by identity; {@link InputColumns} is immutable). Thread-safe; a ruleset is compiled
 * once even when parallel points ask for it together.
 *
 * <p>Bounded, so that a long sweep cannot fill the heap: at most {@link #MAX_RULESETS} compiled
 * rulesets are kept (further ones are compiled for their point and dropped), and a ruleset keeps
 * the ratings of the last inputs it was evaluated on only while the ratings kept by the cache cover
 * at most {@link #MAX_KEPT_UNITS} unit-designations. Larger ratings (a whole country) are kept
 * weakly: reused while something else holds them — the baseline's outcome does for as long as the
 * baseline lives, so a sweep of the whole country over the reward per star re-allocates instead of
 * rating every unit again at every point — and never kept alive by the cache alone.
 */
public final class DesignationCache {
  /** Most compiled rulesets kept. */
  public static final int MAX_RULESETS = 1024;

  /** Most unit-designations (snapshot size × designations) of the ratings kept, over all rulesets. */
  public static final long MAX_KEPT_UNITS = 250_000;

  private final ConcurrentHashMap<Ruleset, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong keptUnits = new AtomicLong();

  /** An empty cache; a program makes one and passes it to every copy derived from it. */
  public DesignationCache() {}

  /** The designations of {@code rules}, compiled once. */
  public Designations compiled(Ruleset rules) {
    return entry(rules).compiled.get();
  }

  /**
   * The designations of {@code rules} evaluated on {@code inputs}: the kept ratings when the same
   * rules were last evaluated on the same inputs, else a new evaluation.
   *
   * @throws org.grassroots.assessment.RulesetInvalidException when {@code rules} are invalid
   */
  public Designations.Result evaluate(Ruleset rules, InputColumns inputs) {
    Check.notNull("inputs", inputs);
    Entry e = entry(rules);
    Last last = e.last;
    if (last != null && last.inputs == inputs) {
      return last.result;
    }
    Weak weak = e.weak;
    Designations.Result held = weak == null || weak.inputs.get() != inputs ? null : weak.result.get();
    if (held != null) {
      return held;
    }
    Designations d = e.compiled.get();
    Designations.Result r = d.evaluate(inputs);
    if (e.cached) {
      keep(e, new Last(inputs, r, (long) inputs.tree().size() * d.designations().size()));
    }
    return r;
  }

  /** Keeps {@code next} as the entry's last ratings while the cache's bound allows. */
  private void keep(Entry e, Last next) {
    synchronized (e) {
      Last before = e.last;
      long delta = next.units - (before == null ? 0 : before.units);
      if (keptUnits.addAndGet(delta) <= MAX_KEPT_UNITS) {
        e.last = next;
      } else {
        keptUnits.addAndGet(-delta - (before == null ? 0 : before.units));
        e.last = null; // too large to keep: reused only while its holders keep it reachable
        e.weak = new Weak(new WeakReference<>(next.inputs), new WeakReference<>(next.result));
      }
    }
  }

  private Entry entry(Ruleset rules) {
    Check.notNull("rules", rules);
    Entry e = entries.get(rules);
    if (e != null) {
      return e;
    }
    if (entries.size() >= MAX_RULESETS) {
      return new Entry(rules, false); // full: compiled for this point only
    }
    return entries.computeIfAbsent(rules, r -> new Entry(r, true)); // cheap: compilation is deferred to the supplier
  }

  /** One ruleset: compiled on first use; the ratings of the last inputs, when kept. */
  private static final class Entry {
    final Supplier<Designations> compiled;
    final boolean cached;
    volatile Last last;
    /** The last ratings when too large to keep: reachable only through whoever else holds them. */
    volatile Weak weak;

    Entry(Ruleset rules, boolean cached) {
      this.cached = cached;
      this.compiled = Suppliers.memoize(() -> Designations.compile(rules));
    }
  }

  private record Last(InputColumns inputs, Designations.Result result, long units) {}

  /** Ratings too large to keep, and their inputs: reachable only through whoever else holds them. */
  private record Weak(WeakReference<InputColumns> inputs, WeakReference<Designations.Result> result) {}
}
