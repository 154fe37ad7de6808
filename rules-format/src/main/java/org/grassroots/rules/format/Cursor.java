package org.grassroots.rules.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.input.Excerpt;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import org.grassroots.rules.Decimals;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Fraction;

/**
 * A position in a located tree while it is turned into model values: the node, its JSON pointer in
 * the file and its path in the model (the path the validator uses), so that every problem names
 * both the model path and the file's line. Problems are collected in the shared {@link Context};
 * a problem that makes the current value impossible throws {@link Abort}, which the nearest list
 * catches so that the siblings are still read.
 */
final class Cursor {
  /** Thrown after a problem was recorded, to abandon the value being read. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  /** The state shared by every cursor of one file. */
  static final class Context {
    final LocatedTree tree;
    final List<RulesetProblem> problems = new ArrayList<>();
    /** What the file should change but that does not stop it being read (e.g. a former field name). */
    final List<RulesetProblem> warnings = new ArrayList<>();
    final Map<String, SourceLocation> byPath = new LinkedHashMap<>();

    Context(LocatedTree tree) {
      this.tree = tree;
    }
  }

  final Context ctx;
  final JsonNode node;
  final String pointer;
  final String path;

  Cursor(Context ctx, JsonNode node, String pointer, String path) {
    this.ctx = ctx;
    this.node = node;
    this.pointer = pointer;
    this.path = path;
    ctx.byPath.putIfAbsent(path, at());
  }

  SourceLocation at() {
    return ctx.tree.at(pointer);
  }

  /** Records a problem here and abandons the value. */
  Abort fail(String key, Object... args) {
    ctx.problems.add(RulesetProblem.of(at(), path, key, args));
    return new Abort();
  }

  /** Records a model constructor's refusal here and abandons the value. */
  Abort refused(InvalidInputException e) {
    ctx.problems.add(new RulesetProblem(at(), path, e.key(), List.of(), e));
    return new Abort();
  }

  /** Runs a model constructor, turning its refusal into a located problem. */
  <T> T build(java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidInputException e) {
      throw refused(e);
    }
  }

  // ------------------------------------------------------------------ objects

  /** Requires an object (mapping), whatever its fields. */
  Cursor anyObject() {
    if (!node.isObject()) {
      throw typeError("format.kind.object");
    }
    return this;
  }

  /** Requires an object whose field names are all in {@code allowed}. */
  Cursor object(Set<String> allowed) {
    anyObject();
    boolean ok = true;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        Cursor f = new Cursor(ctx, node.get(name), pointer + "/" + LocatedTree.escape(name), join(name));
        ctx.problems.add(RulesetProblem.of(f.at(), f.path, "format.unknownField", Excerpt.of(name), String.join(", ", allowed)));
        ok = false;
      }
    }
    if (!ok) {
      throw new Abort();
    }
    return this;
  }

  boolean has(String name) {
    return node.has(name) && !node.get(name).isNull();
  }

  /** The field {@code name}, which must be present; its model path segment is {@code modelName}. */
  Cursor field(String name, String modelName) {
    if (!has(name)) {
      throw fail("format.missing", name);
    }
    return new Cursor(ctx, node.get(name), pointer + "/" + LocatedTree.escape(name), join(modelName));
  }

  Cursor field(String name) {
    return field(name, name);
  }

  /** The field if present. */
  Optional<Cursor> optional(String name, String modelName) {
    return has(name) ? Optional.of(field(name, modelName)) : Optional.empty();
  }

  Optional<Cursor> optional(String name) {
    return optional(name, name);
  }

  /**
   * The field {@code name} if present, else the field under its former name {@code former} with a
   * deprecation warning at its line; giving both is a problem. The model path segment is {@code name}.
   */
  Optional<Cursor> optionalRenamed(String name, String former) {
    if (has(name) && has(former)) {
      throw fail("format.atMostOne", name + ", " + former);
    }
    if (!has(former)) {
      return optional(name);
    }
    Cursor f = new Cursor(ctx, node.get(former), pointer + "/" + LocatedTree.escape(former), join(name));
    ctx.warnings.add(RulesetProblem.of(f.at(), f.path, "format.formerName", former, name));
    return Optional.of(f);
  }

  /** The field {@code name} or, with a deprecation warning, its former name; one of them is required. */
  Cursor fieldRenamed(String name, String former) {
    return optionalRenamed(name, former).orElseThrow(() -> fail("format.missing", name));
  }

  /** The one field of {@code names} that is present, or a problem when none or several are. */
  String exactlyOne(List<String> names) {
    List<String> present = names.stream().filter(this::has).toList();
    if (present.size() != 1) {
      throw fail("format.oneOf", String.join(", ", names));
    }
    return present.get(0);
  }

  /** The one field of {@code names} that is present, empty when none; a problem when several are. */
  Optional<String> atMostOne(List<String> names) {
    List<String> present = names.stream().filter(this::has).toList();
    if (present.size() > 1) {
      throw fail("format.atMostOne", String.join(", ", names));
    }
    return present.stream().findFirst();
  }

  private String join(String segment) {
    return path.isEmpty() ? segment : path + "." + segment;
  }

  // ------------------------------------------------------------------ lists

  /** The elements of a list (a missing list is empty), each read by {@code reader}. */
  <T> List<T> list(String name, String modelName, Function<Cursor, T> reader) {
    if (!has(name)) {
      return List.of();
    }
    return field(name, modelName).elements(reader);
  }

  <T> List<T> list(String name, Function<Cursor, T> reader) {
    return list(name, name, reader);
  }

  /** Reads every element; an element with a problem is skipped so its siblings are still read. */
  <T> List<T> elements(Function<Cursor, T> reader) {
    if (!node.isArray()) {
      throw typeError("format.kind.array");
    }
    List<T> out = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < node.size(); i++) {
      Cursor e = new Cursor(ctx, node.get(i), pointer + "/" + i, path + "[" + i + "]");
      try {
        out.add(reader.apply(e));
      } catch (Abort a) {
        failed = true;
      }
    }
    if (failed) {
      throw new Abort();
    }
    return out;
  }

  // ------------------------------------------------------------------ scalars

  String text() {
    if (!node.isTextual()) {
      throw typeError("format.kind.text");
    }
    return node.textValue();
  }

  /** Text or a number written as text (an id such as 2024 stays "2024"). */
  String idText() {
    if (node.isNumber()) {
      return decimal().toPlainString(); // within Decimals' limits: bounded
    }
    return text();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw typeError("format.kind.boolean");
    }
    return node.booleanValue();
  }

  /** A fixed-point number from a number or a decimal string, exactly. */
  long fixed() {
    BigDecimal d = decimal();
    try {
      return Fixed.of(path, d);
    } catch (InvalidInputException e) {
      throw fail("format.number", d.toPlainString(), Fixed.SCALE);
    }
  }

  /** A share: a fraction (0.2) or a percentage as text ("20%"), fixed point. */
  long share() {
    if (node.isTextual() && node.textValue().strip().endsWith("%")) {
      String t = node.textValue().strip();
      try {
        return Fixed.of(path, Decimals.parse("number", t.substring(0, t.length() - 1)).movePointLeft(2));
      } catch (InvalidInputException e) {
        if (e.key().equals("rules.numberOutOfRange") || e.key().equals("rules.numberTooLong")) {
          throw refused(e);
        }
        throw fail("format.number", Excerpt.of(t), Fixed.SCALE);
      }
    }
    return fixed();
  }

  /** An exact fraction: whole numbers as text ("2/3") or a share (0.9, "90%"). */
  Fraction fraction() {
    if (node.isTextual() && node.textValue().contains("/")) {
      String t = node.textValue();
      return build(() -> Fraction.parse(path, t));
    }
    return Fraction.ofShare(share());
  }

  /**
   * A number or a number written as text, through {@link Decimals}: its exponent, scale and digits
   * are checked before any arithmetic, and only ASCII digits are numbers.
   */
  private BigDecimal decimal() {
    if (node.isNumber()) {
      return build(() -> Decimals.check("number", node.decimalValue()));
    }
    if (node.isTextual()) {
      return build(() -> Decimals.parse("number", node.textValue()));
    }
    throw typeError("format.kind.number");
  }

  int integer() {
    BigDecimal d = decimal();
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw fail("format.integer", d.toPlainString());
    }
  }

  LocalDate date() {
    String t = node.isTextual() ? node.textValue() : node.toString();
    try {
      return LocalDate.parse(t.strip());
    } catch (DateTimeParseException e) {
      throw fail("format.date", Excerpt.of(t));
    }
  }

  /** One of {@code names} (the file's spelling, e.g. {@code halfUp}), mapped to its value. */
  <E> E choice(Map<String, E> names) {
    String t = text();
    E e = names.get(t);
    if (e == null) {
      throw fail("format.enum", Excerpt.of(t), String.join(", ", names.keySet()));
    }
    return e;
  }

  private Abort typeError(String expectedKindKey) {
    return fail("format.type", new Messages.Text(expectedKindKey), new Messages.Text(kindKey(node)));
  }

  static String kindKey(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "format.kind.null";
    }
    if (n.isObject()) {
      return "format.kind.object";
    }
    if (n.isArray()) {
      return "format.kind.array";
    }
    if (n.isNumber()) {
      return "format.kind.number";
    }
    if (n.isBoolean()) {
      return "format.kind.boolean";
    }
    return "format.kind.text";
  }

  /** The lower-camel spelling of an enum constant: {@code HALF_UP} → {@code halfUp}. */
  static String camel(Enum<?> e) {
    String[] parts = e.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }

  /** Every constant of {@code type} by its lower-camel spelling, in declaration order. */
  static <E extends Enum<E>> Map<String, E> names(Class<E> type) {
    Map<String, E> m = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      m.put(camel(e), e);
    }
    return m;
  }
}
