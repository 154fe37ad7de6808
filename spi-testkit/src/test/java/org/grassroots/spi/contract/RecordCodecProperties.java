package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Period;
import org.grassroots.spi.RecordKind;

/** Each kind's codec: value → fields → value is the identity; a broken field is refused by name. */
class RecordCodecProperties {
  @Provide
  Arbitrary<RecordSamples.Sample<?>> samples() {
    return Arbitraries.of(RecordSamples.all());
  }

  @Provide
  Arbitrary<Period> periods() {
    return Arbitraries.integers().between(2000, 2099).flatMap(y -> Arbitraries.of(
        Period.year(y), Period.half(y, 1 + y % 2), Period.quarter(y, 1 + y % 4), Period.month(y, 1 + y % 12)));
  }

  @Property(tries = 2000)
  void everyKindReadsBackWhatItWrote(@ForAll("samples") RecordSamples.Sample<?> sample, @ForAll long seed,
      @ForAll("periods") Period period) {
    roundTrip(sample, seed, period);
  }

  private static <V> void roundTrip(RecordSamples.Sample<V> sample, long seed, Period period) {
    RecordKind<V> kind = sample.kind();
    Random r = new Random(seed);
    V value = sample.make(r, r.nextInt(1000), "owner-" + r.nextInt(5), period);
    ImmutableMap<String, String> fields = kind.fields(value);
    assertThat(kind.fromFields(fields)).isEqualTo(value);
    assertThat(kind.fields(kind.fromFields(fields))).containsExactlyEntriesOf(fields);
    V changed = sample.change().apply(value);
    assertThat(kind.fromFields(kind.fields(changed))).isEqualTo(changed);
    assertThat(kind.idOf(changed)).isEqualTo(kind.idOf(value));
  }

  @Property(tries = 300)
  void aMissingOrUnreadableRequiredFieldIsRefused(@ForAll("samples") RecordSamples.Sample<?> sample,
      @ForAll long seed) {
    refused(sample, seed);
  }

  private static <V> void refused(RecordSamples.Sample<V> sample, long seed) {
    RecordKind<V> kind = sample.kind();
    Random r = new Random(seed);
    V value = sample.make(r, r.nextInt(1000), "owner", Period.year(2024));
    Map<String, String> fields = new LinkedHashMap<>(kind.fields(value));
    // every kind has an id-bearing field among its first two; a date, period or number field is
    // made unreadable and the message names the kind's field
    String first = fields.keySet().iterator().next();
    Map<String, String> missing = new LinkedHashMap<>(fields);
    missing.remove(first);
    assertThatThrownBy(() -> kind.fromFields(missing)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(first);
    for (String field : fields.keySet()) {
      String v = fields.get(field);
      if (v.matches("\\d{4}-\\d{2}-\\d{2}.*|-?\\d+(\\.\\d+)?|true|false")) {
        Map<String, String> broken = new LinkedHashMap<>(fields);
        broken.put(field, "x" + v);
        assertThatThrownBy(() -> kind.fromFields(broken)).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining(field);
      }
    }
  }

  @Property(tries = 1)
  void everyKindHasASampleAndUniqueName() throws java.io.IOException {
    java.util.List<Object> kinds = RecordSamples.all().stream().map(s -> (Object) s.kind()).toList();
    java.util.List<RecordKind<?>> declared = declaredKinds();
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(declared);
    assertThat(declared.stream().map(RecordKind::name).distinct().count()).isEqualTo(declared.size());
  }

  /** Every record kind the library's program packages declare (public static constants). */
  static java.util.List<RecordKind<?>> declaredKinds() throws java.io.IOException {
    java.util.List<RecordKind<?>> out = new java.util.ArrayList<>();
    for (com.google.common.reflect.ClassPath.ClassInfo info : com.google.common.reflect.ClassPath
        .from(RecordKind.class.getClassLoader()).getTopLevelClassesRecursive("org.grassroots")) {
      if (!info.getName().endsWith("RecordKinds")) {
        continue;
      }
      for (java.lang.reflect.Field f : info.load().getFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == RecordKind.class) {
          try {
            out.add((RecordKind<?>) f.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return out;
  }
}
