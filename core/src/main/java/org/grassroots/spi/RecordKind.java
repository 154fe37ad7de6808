package org.grassroots.spi;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Masking;
import org.grassroots.rules.Period;

/**
 * A kind of program record (记录种类) the {@link RecordStore} keeps: one descriptor per domain type
 * instead of one store per type. It names the kind (also the audit subject type), says how to get a
 * record's id, owner, period and status, and holds the codec between the record and its ordered
 * text fields. The kinds of the library are declared by their program packages (e.g. {@code
 * LedgerRecordKinds}, {@code BoardRecordKinds}); a host may declare its own the same way.
 *
 * <p><b>Owner.</b> The key a kind's records are listed by: the unit for most kinds, the cadre of a
 * board entry, the batch of a hard task ({@link #ownerName()} says which); a kind may have records
 * without one. <b>Personal fields</b> are masked in {@link #audited} — what the audit trail keeps —
 * while the stored fields stay whole.
 *
 * @param <V> the record type, an immutable value
 */
public final class RecordKind<V> {
  /** A kind's name: lower-case letters, digits and {@code -}. */
  public static final Pattern NAME = Pattern.compile(Check.KIND_CODE_REGEX);
  /** A record's id: ASCII id characters and {@code /} (which joins the parts of a derived id). */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]{1,200}");

  private final String name;
  private final Class<V> type;
  private final String ownerName;
  private final Function<V, String> id;
  private final Function<V, Optional<String>> owner;
  private final Function<V, Optional<Period>> period;
  private final Function<V, Optional<String>> status;
  private final boolean hasPeriod;
  private final Function<V, ImmutableMap<String, String>> encode;
  private final Function<RecordFields, V> decode;
  private final ImmutableSet<String> personal;

  private RecordKind(Builder<V> b) {
    this.name = Check.kindCode("recordKind.name", b.name);
    this.type = Check.notNull("recordKind.type", b.type);
    this.ownerName = Identifiers.check("recordKind.ownerName", b.ownerName);
    this.id = Check.notNull("recordKind.id", b.id);
    this.owner = Check.notNull("recordKind.owner", b.owner);
    this.period = b.period;
    this.hasPeriod = b.period != null;
    this.status = b.status;
    this.encode = Check.notNull("recordKind.encode", b.encode);
    this.decode = Check.notNull("recordKind.decode", b.decode);
    this.personal = ImmutableSet.copyOf(b.personal);
  }

  /**
   * Starts a kind.
   *
   * @param name the kind's name and audit subject type, e.g. {@code ledger-entry}
   * @param type the record type
   */
  public static <V> Builder<V> builder(String name, Class<V> type) {
    return new Builder<>(name, type);
  }

  /** The kind's name, also the subject type of its audit entries. */
  public String name() {
    return name;
  }

  /** The record type. */
  public Class<V> type() {
    return type;
  }

  /** What the owner of a record is, e.g. {@code unit}, {@code cadre}, {@code batch}. */
  public String ownerName() {
    return ownerName;
  }

  /** True when the kind's records belong to periods (listing by period is allowed). */
  public boolean hasPeriod() {
    return hasPeriod;
  }

  /** The fields that hold personal data, masked in {@link #audited}. */
  public ImmutableSet<String> personalFields() {
    return personal;
  }

  /** {@code value}, checked to be a non-null record of this kind's type. */
  public V check(String field, Object value) {
    Check.notNull(field, value);
    Check.that(type.isInstance(value), "records.wrongType", field, value.getClass().getSimpleName(), name);
    return type.cast(value);
  }

  /** The record's id, unique per district and kind. */
  public String idOf(V value) {
    return Check.matches(name + ".id", id.apply(check("record", value)), ID, "records.text.id");
  }

  /** The record's owner, if it has one (identifier syntax). */
  public Optional<String> ownerOf(V value) {
    return owner.apply(check("record", value)).map(o -> Identifiers.check(name + "." + ownerName, o));
  }

  /** The record's period, if the kind has periods. */
  public Optional<Period> periodOf(V value) {
    return hasPeriod ? period.apply(check("record", value)) : Optional.empty();
  }

  /** The record's status (an enum's name), if the kind has one. */
  public Optional<String> statusOf(V value) {
    return status == null ? Optional.empty() : status.apply(check("record", value));
  }

  /** The record as ordered fields of exact text. */
  public ImmutableMap<String, String> fields(V value) {
    return encode.apply(check("record", value));
  }

  /** The fields as the audit trail keeps them: personal fields masked. */
  public ImmutableMap<String, String> audited(V value) {
    return masked(fields(value));
  }

  /** {@code fields} with the personal ones masked. */
  public ImmutableMap<String, String> masked(Map<String, String> fields) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builderWithExpectedSize(fields.size());
    fields.forEach((k, v) -> out.put(k, personal.contains(k) ? Masking.maskAny(v) : v));
    return out.buildOrThrow();
  }

  /**
   * The record the fields describe.
   *
   * @throws InvalidInputException a field is missing or unreadable (key {@code records.*}), or the
   *     record refuses the values (its own key)
   */
  public V fromFields(Map<String, String> fields) {
    Check.notNull(name + ".fields", fields);
    return Check.notNull(name, decode.apply(new RecordFields(name, fields, personal)));
  }

  @Override
  public String toString() {
    return "RecordKind[" + name + "]";
  }

  /** Declares a kind; id, owner and codec are required, period and status optional. */
  public static final class Builder<V> {
    private final String name;
    private final Class<V> type;
    private String ownerName = "owner";
    private Function<V, String> id;
    private Function<V, Optional<String>> owner = v -> Optional.empty();
    private Function<V, Optional<Period>> period;
    private Function<V, Optional<String>> status;
    private Function<V, ImmutableMap<String, String>> encode;
    private Function<RecordFields, V> decode;
    private ImmutableSet<String> personal = ImmutableSet.of();

    private Builder(String name, Class<V> type) {
      this.name = name;
      this.type = type;
    }

    public Builder<V> id(Function<V, ?> id) {
      Check.notNull("recordKind.id", id);
      this.id = v -> id.apply(v).toString();
      return this;
    }

    /** The owner, named {@code ownerName} (e.g. {@code unit}); every record has one. */
    public Builder<V> owner(String ownerName, Function<V, ?> owner) {
      Check.notNull("recordKind.owner", owner);
      this.ownerName = ownerName;
      this.owner = v -> Optional.of(owner.apply(v).toString());
      return this;
    }

    /** The owner, for kinds whose records may have none. */
    public Builder<V> optionalOwner(String ownerName, Function<V, Optional<?>> owner) {
      Check.notNull("recordKind.owner", owner);
      this.ownerName = ownerName;
      this.owner = v -> owner.apply(v).map(Object::toString);
      return this;
    }

    public Builder<V> period(Function<V, Period> period) {
      Check.notNull("recordKind.period", period);
      this.period = v -> Optional.of(period.apply(v));
      return this;
    }

    public Builder<V> status(Function<V, ? extends Enum<?>> status) {
      Check.notNull("recordKind.status", status);
      this.status = v -> Optional.of(status.apply(v).name());
      return this;
    }

    public Builder<V> codec(
        Function<V, ImmutableMap<String, String>> encode, Function<RecordFields, V> decode) {
      this.encode = encode;
      this.decode = decode;
      return this;
    }

    /** Fields holding personal data: masked in the audit trail. */
    public Builder<V> personal(String... fields) {
      this.personal = ImmutableSet.copyOf(fields);
      return this;
    }

    public RecordKind<V> build() {
      return new RecordKind<>(this);
    }
  }
}
