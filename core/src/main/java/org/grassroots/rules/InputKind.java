package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.input.Check;

/**
 * What a declared input holds (输入类型): a number (the default), one of enumerated categories with
 * labels (类别, e.g. a member's category 正式党员/预备党员, a unit's type), or a date (日期, e.g. the
 * day a member registered). Every value is still one fixed-point column: a category is its whole
 * code, a date its {@linkplain #dayNumber day number} — days counted from 0001-01-01 as day 1, so
 * that 0, a missing value, is no date at all.
 */
public sealed interface InputKind {

  /** Hands this kind to the {@code visitor}'s branch for it. */
  <R> R accept(Visitor<R> visitor);

  /** One branch per kind of input. */
  interface Visitor<R> {
    R visitNumber(Number k);

    R visitCategorical(Categorical k);

    R visitDate(Date k);
  }

  /** A number (数值), fixed point. */
  record Number() implements InputKind {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNumber(this);
    }
  }

  /** One of enumerated categories (枚举类别), each a whole code with a label. */
  record Categorical(List<Category> categories) implements InputKind {
    public Categorical {
      categories = ImmutableList.copyOf(Check.notEmpty("input.categories", categories));
    }

    /** The category labelled {@code label}, if any. */
    public Optional<Category> byLabel(String label) {
      return categories.stream().filter(c -> c.label().equals(label)).findFirst();
    }

    /** The category of code {@code code} (a whole number), if any. */
    public Optional<Category> byCode(long code) {
      return categories.stream().filter(c -> c.code() == code).findFirst();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCategorical(this);
    }
  }

  /**
   * A category (类别): its code as measured (a whole number, e.g. 2) and its label (e.g. "预备党员").
   *
   * @param code a positive whole number, so that 0 (a missing value) is no category
   * @param label the label as the published text names it
   */
  record Category(long code, String label) {
    public Category {
      Check.atLeast("category.code", code, 1);
      label = Check.notBlank("category.label", label);
    }

    /** The code as a fixed-point measurement. */
    public long value() {
      return Fixed.of(code);
    }
  }

  /** A date (日期), measured as its day number. */
  record Date() implements InputKind {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDate(this);
    }
  }

  /** The day number of {@code date} as a fixed-point measurement: 0001-01-01 is 1. */
  static long dayNumber(LocalDate date) {
    return Fixed.of(date.toEpochDay() - LocalDate.of(1, 1, 1).toEpochDay() + 1);
  }

  /** The date of a fixed-point day number, or empty for a value that is not a whole positive day. */
  static Optional<LocalDate> date(long dayNumber) {
    if (dayNumber < Fixed.ONE || dayNumber % Fixed.ONE != 0 || dayNumber / Fixed.ONE > 3_652_059) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(1, 1, 1).plusDays(dayNumber / Fixed.ONE - 1));
  }
}
