package org.grassroots.scenarios;

import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * A number of a program's settings (项目参数), read and written through the program registered in a
 * {@link Setup} under {@code type}. One mechanism for every program's parameters: the program gives
 * how to read the number and how to make a copy with another value.
 *
 * @param <P> the program's class
 */
public final class ProgramParameter<P extends Program> implements Parameter {
  /** How a copy of the program with another value is made. */
  @FunctionalInterface
  public interface Writer<P> {
    /** A copy of {@code program} with the number set to {@code value}; refuses values out of range. */
    P with(P program, long value);
  }

  private final String path;
  private final Class<P> type;
  private final ToLongFunction<P> reader;
  private final Writer<P> writer;
  private final LongFunction<String> format;

  private ProgramParameter(String path, Class<P> type, ToLongFunction<P> reader, Writer<P> writer,
      LongFunction<String> format) {
    this.path = path;
    this.type = type;
    this.reader = reader;
    this.writer = writer;
    this.format = format;
  }

  /**
   * A parameter of the program of class {@code type}.
   *
   * @param format the value as plain text (e.g. fen as yuan)
   */
  public static <P extends Program> ProgramParameter<P> of(String path, Class<P> type, ToLongFunction<P> reader,
      Writer<P> writer, LongFunction<String> format) {
    Check.notBlank("parameter.path", path);
    Check.notNull("parameter.type", type);
    Check.notNull("parameter.reader", reader);
    Check.notNull("parameter.writer", writer);
    Check.notNull("parameter.format", format);
    return new ProgramParameter<>(path, type, reader, writer, format);
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public long read(Setup setup) {
    return reader.applyAsLong(program(setup));
  }

  @Override
  public Setup apply(Setup setup, long value) {
    P changed = Check.notNull(path, writer.with(program(setup), value));
    return setup.withProgram(type, changed);
  }

  @Override
  public String format(long value) {
    return format.apply(value);
  }

  private P program(Setup setup) {
    Check.notNull("setup", setup);
    return setup.program(type)
        .orElseThrow(() -> new InvalidInputException("scenario.noProgram", "parameter.path", path, type.getSimpleName()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProgramParameter<?> p && p.path.equals(path) && p.type.equals(type);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }
}
