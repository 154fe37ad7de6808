package org.grassroots.spi;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Masking;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;

/**
 * The fields of a stored record (记录字段) as ordered text, written and read by a {@link RecordKind}'s
 * codec. Every value is exact text: dates and times in ISO-8601, durations as {@code PT…}, fixed
 * point as {@link Fixed#format}, lists of ids joined by {@code ,} (an id never holds one). An empty
 * optional is an absent field, so "no value" and "empty text" never mix.
 */
public final class RecordFields {
  private final String kind;
  private final ImmutableMap<String, String> fields;
  private final java.util.Set<String> personal;

  RecordFields(String kind, Map<String, String> fields, java.util.Set<String> personal) {
    this.kind = kind;
    this.fields = ImmutableMap.copyOf(fields);
    this.personal = personal;
  }

  /** A writer of fields in the order they are put. */
  public static Writer writer() {
    return new Writer();
  }

  /** Builds the fields map of one record; a put of a field already put is refused. */
  public static final class Writer {
    private final Map<String, String> out = new LinkedHashMap<>();

    private Writer() {}

    /** Puts {@code value}'s text ({@code toString}). */
    public Writer put(String field, Object value) {
      Check.notNull("field", field);
      Check.notNull(field, value);
      Check.that(out.put(field, value.toString()) == null, "records.duplicateField", "field", field);
      return this;
    }

    /** Puts the value when present; leaves the field out when empty. */
    public Writer put(String field, Optional<?> value) {
      Check.notNull(field, value);
      value.ifPresent(v -> put(field, v));
      return this;
    }

    /** Puts a fixed-point number as exact decimal text. */
    public Writer fixed(String field, long value) {
      return put(field, Fixed.format(value));
    }

    /** Puts ids joined by {@code ,}, in iteration order; each id's text must not hold a comma. */
    public Writer list(String field, Collection<?> values) {
      Check.notNull(field, values);
      StringBuilder sb = new StringBuilder();
      for (Object v : values) {
        String s = Check.notNull(field, v).toString();
        Check.that(!s.isEmpty() && s.indexOf(',') < 0, "records.listItem", field, s);
        sb.append(sb.length() == 0 ? "" : ",").append(s);
      }
      return put(field, sb.toString());
    }

    /** The fields put, in order. */
    public ImmutableMap<String, String> build() {
      return ImmutableMap.copyOf(out);
    }
  }

  /** The text of a required field. */
  public String text(String field) {
    String v = fields.get(field);
    if (v == null) {
      throw new InvalidInputException("records.missingField", kind + "." + field, "-", kind);
    }
    return v;
  }

  /** The text of an optional field. */
  public Optional<String> optional(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** A required field read by {@code parse}; a parse failure names the field and (masked) value. */
  public <T> T get(String field, Function<String, T> parse) {
    return read(field, text(field), parse);
  }

  /** An optional field read by {@code parse}. */
  public <T> Optional<T> getOptional(String field, Function<String, T> parse) {
    return optional(field).map(v -> read(field, v, parse));
  }

  public LocalDate date(String field) {
    return get(field, LocalDate::parse);
  }

  public Optional<LocalDate> optionalDate(String field) {
    return getOptional(field, LocalDate::parse);
  }

  public LocalDateTime dateTime(String field) {
    return get(field, LocalDateTime::parse);
  }

  public Optional<LocalDateTime> optionalDateTime(String field) {
    return getOptional(field, LocalDateTime::parse);
  }

  public Duration duration(String field) {
    return get(field, Duration::parse);
  }

  public Period period(String field) {
    return get(field, Period::parse);
  }

  public long fixed(String field) {
    return get(field, Fixed::parse);
  }

  public int integer(String field) {
    return get(field, Integer::parseInt);
  }

  /** {@code true} or {@code false}, nothing else. */
  public boolean bool(String field) {
    return get(field, v -> switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(v);
    });
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return get(field, v -> Enum.valueOf(type, v));
  }

  /** A list written by {@link Writer#list}, each item read by {@code parse}; empty text is no item. */
  public <T> ImmutableList<T> list(String field, Function<String, T> parse) {
    String v = text(field);
    if (v.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (String item : Splitter.on(',').split(v)) {
      out.add(read(field, item, parse));
    }
    return out.build();
  }

  /** The fields whose names start with {@code prefix}, without it, in order. */
  public ImmutableMap<String, String> withPrefix(String prefix) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    fields.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out.buildOrThrow();
  }

  /** Every field, in order. */
  public ImmutableMap<String, String> asMap() {
    return fields;
  }

  private <T> T read(String field, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
      // (an InvalidInputException too) the parser names its parameter, not the stored field
      String shown = personal.contains(field) ? Masking.maskAny(value) : value;
      throw new InvalidInputException("records.unreadableField", kind + "." + field, shown, kind);
    }
  }

  /** Kind and field names only: values may be personal. */
  @Override
  public String toString() {
    return "RecordFields[" + kind + ", " + fields.keySet() + "]";
  }
}
