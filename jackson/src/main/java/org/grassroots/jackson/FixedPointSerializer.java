package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.grassroots.rules.Fixed;

/**
 * A fixed-point {@code long} (定点数, {@link Fixed}) as the decimal number it stands for: {@code
 * 977143} is written {@code 97.7143}, {@code 900000} is {@code 90}. Put it on a host's field with
 * Jackson's {@code JsonSerialize(using = FixedPointSerializer.class)}.
 */
public class FixedPointSerializer extends StdSerializer<Long> {
  private static final long serialVersionUID = 1L;

  public FixedPointSerializer() {
    super(Long.class);
  }

  @Override
  public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    write(value, gen);
  }

  /** Writes {@code fixed} as its decimal number. */
  static void write(long fixed, JsonGenerator gen) throws IOException {
    gen.writeNumber(Fixed.format(fixed));
  }
}
