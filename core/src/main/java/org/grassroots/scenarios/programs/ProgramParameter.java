package org.grassroots.scenarios.programs;

import java.util.function.ToLongFunction;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Setup;

/**
 * A number of a program's settings (项目参数), read and written through the program registered in a
 * {@link Setup} under its name. One mechanism for every program's parameters: the program gives
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
  private final String program;
  private final Class<P> type;
  private final ToLongFunction<P> reader;
  private final Writer<P> writer;
  private final FigureKind kind;

  private ProgramParameter(String path, String program, Class<P> type, ToLongFunction<P> reader, Writer<P> writer,
      FigureKind kind) {
    this.path = path;
    this.program = program;
    this.type = type;
    this.reader = reader;
    this.writer = writer;
    this.kind = kind;
  }

  /**
   * A parameter of the program named {@code program}, of class {@code type}.
   *
   * @param kind what the value counts (a count, money in fen, fixed point)
   */
  public static <P extends Program> ProgramParameter<P> of(String path, String program, Class<P> type,
      ToLongFunction<P> reader, Writer<P> writer, FigureKind kind) {
    Check.notBlank("parameter.path", path);
    Check.notBlank("parameter.program", program);
    Check.notNull("parameter.type", type);
    Check.notNull("parameter.reader", reader);
    Check.notNull("parameter.writer", writer);
    Check.notNull("parameter.kind", kind);
    return new ProgramParameter<>(path, program, type, reader, writer, kind);
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
    return setup.withProgram(changed);
  }

  @Override
  public FigureKind kind() {
    return kind;
  }

  private P program(Setup setup) {
    Check.notNull("setup", setup);
    return setup.program(program).filter(type::isInstance).map(type::cast)
        .orElseThrow(() -> new InvalidInputException("scenario.noProgram", "parameter.path", path, program));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProgramParameter<?> p && p.path.equals(path) && p.program.equals(program)
        && p.type.equals(type);
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
